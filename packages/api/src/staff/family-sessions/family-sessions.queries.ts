import type { Executor } from "@stepwise/db/client";
import {
  clients,
  familyMembers,
  familySessionSignUps,
  programSessions,
  programs,
  staffMembers,
  users,
} from "@stepwise/db/schema";
import { and, asc, eq, gte, inArray } from "drizzle-orm";
import { takesSignUpsSql } from "../../queries/sign-ups.queries";

/** A family session here is one staff scheduled for sign-ups (the domain's takesSignUps). */
const isFamilySession = takesSignUpsSql;

const clientName = { firstName: clients.firstName, lastName: clients.lastName, preferredName: clients.preferredName };

const familySessionColumns = {
  id: programSessions.id,
  title: programSessions.title,
  clientId: programSessions.clientId,
  startsAt: programSessions.startsAt,
  endsAt: programSessions.endsAt,
  location: programSessions.location,
  videoUrl: programSessions.videoUrl,
  capacity: programSessions.capacity,
  signUpCutoffMinutes: programSessions.signUpCutoffMinutes,
  cancelledAt: programSessions.cancelledAt,
  cancellationReason: programSessions.cancellationReason,
  program: { id: programs.id, name: programs.name, timeZone: programs.timeZone },
  client: clientName,
  facilitator: { id: staffMembers.id, name: users.displayName, credentials: staffMembers.credentials },
};

function selectFamilySessions(db: Executor) {
  return db
    .select(familySessionColumns)
    .from(programSessions)
    .innerJoin(programs, eq(programs.id, programSessions.programId))
    .leftJoin(clients, eq(clients.id, programSessions.clientId))
    .leftJoin(staffMembers, eq(staffMembers.id, programSessions.facilitatorStaffId))
    .leftJoin(users, eq(users.id, staffMembers.userId));
}

/** One family session, the session row locked when `forUpdate`; null for any other session. */
export async function findFamilySession(db: Executor, sessionId: string, forUpdate = false) {
  const query = selectFamilySessions(db).where(and(eq(programSessions.id, sessionId), isFamilySession));
  const [row] = await (forUpdate ? query.for("update", { of: programSessions }) : query);
  return row ?? null;
}

export type FamilySessionRow = NonNullable<Awaited<ReturnType<typeof findFamilySession>>>;

/** Family sessions starting from `since` on (cancelled ones too), soonest first. */
export function findFamilySessionsSince(db: Executor, since: Date) {
  return selectFamilySessions(db)
    .where(and(isFamilySession, gte(programSessions.startsAt, since)))
    .orderBy(asc(programSessions.startsAt), asc(programSessions.title));
}

/** Every sign-up of a session in arrival order, with who signed up and for which client. */
export function findSignUps(db: Executor, sessionId: string) {
  return db
    .select({
      id: familySessionSignUps.id,
      clientId: familySessionSignUps.clientId,
      client: clientName,
      familyMemberId: familySessionSignUps.familyMemberId,
      familyMember: { name: familyMembers.name, relationship: familyMembers.relationship },
      status: familySessionSignUps.status,
      arrival: familySessionSignUps.arrival,
      signedUpAt: familySessionSignUps.signedUpAt,
      promotedAt: familySessionSignUps.promotedAt,
      cancelledAt: familySessionSignUps.cancelledAt,
    })
    .from(familySessionSignUps)
    .innerJoin(clients, eq(clients.id, familySessionSignUps.clientId))
    .leftJoin(familyMembers, eq(familyMembers.id, familySessionSignUps.familyMemberId))
    .where(eq(familySessionSignUps.sessionId, sessionId))
    .orderBy(asc(familySessionSignUps.arrival));
}

/** The account email of everyone holding a seat or a waitlist place in the session, with whose family they came for. */
export function findSignedUpEmails(db: Executor, sessionId: string) {
  return db
    .select({
      email: users.email,
      displayName: users.displayName,
      clientId: familySessionSignUps.clientId,
      familyMemberId: familySessionSignUps.familyMemberId,
    })
    .from(familySessionSignUps)
    .innerJoin(users, eq(users.id, familySessionSignUps.userId))
    .where(and(eq(familySessionSignUps.sessionId, sessionId), inArray(familySessionSignUps.status, ["confirmed", "waitlisted"])))
    .orderBy(asc(familySessionSignUps.arrival));
}

/** Active programs, by name, for the form's program choice. */
export function findActivePrograms(db: Executor) {
  return db
    .select({ id: programs.id, name: programs.name, timeZone: programs.timeZone })
    .from(programs)
    .where(eq(programs.active, true))
    .orderBy(asc(programs.name));
}

/** Calls the session off, with the reason staff gave. */
export async function cancelFamilySessionRow(db: Executor, sessionId: string, cancellation: { at: Date; reason: string }) {
  await db.update(programSessions).set({ cancelledAt: cancellation.at, cancellationReason: cancellation.reason }).where(eq(programSessions.id, sessionId));
}

/** Stores a family session that takes sign-ups; its id. */
export async function insertFamilySession(
  db: Executor,
  session: Pick<
    typeof programSessions.$inferInsert,
    "programId" | "clientId" | "title" | "startsAt" | "endsAt" | "capacity" | "signUpCutoffMinutes" | "facilitatorStaffId" | "location" | "videoUrl"
  >,
): Promise<string> {
  const [row] = await db
    .insert(programSessions)
    .values({ ...session, scheduleOptionId: null, kind: "family" })
    .returning({ id: programSessions.id });
  return row!.id;
}
