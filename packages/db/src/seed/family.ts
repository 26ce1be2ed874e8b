import { createHash, randomBytes } from "node:crypto";
import {
  addDays,
  type CalendarDate,
  defaultSignUpCutoffMinutes,
  familyInvitationLifetimeDays,
  instantToZonedDate,
  isoWeekdayOf,
  rightToRevokeStatement,
  zonedWallClockToInstant,
} from "@stepwise/domain";
import { and, eq, or } from "drizzle-orm";
import type { Transaction } from "../client";
import { clients, consents, familyInvitations, familyMembers, familySessionSignUps, programSessions, programs, staffMembers, users } from "../schema";
import { demoPassword, demoSignIns, type SeedContext, unusablePasswordHash } from "./center";
import {
  type ClientName,
  type ConsentDefinition,
  demoFamilyEmail,
  type FamilyKey,
  type FamilySessionDefinition,
  familyRoster,
  multiFamilyGroup,
  type Seat,
  singleFamilySession,
} from "./family-roster";
import { markerProgramSlug } from "./programs";
import { demoClinicianEmail } from "./staff";

export interface FamilyCounts {
  familyMembers: number;
  consents: number;
  familySessions: number;
  familySignUps: number;
}

interface FoundClient {
  id: string;
  userId: string | null;
  /** As the client signs a consent: first and last name. */
  fullName: string;
}

/** What the family data hangs on, found by the names and emails the center's seed gave them. */
interface Anchors {
  clients: Map<string, FoundClient>;
  program: { id: string; timeZone: string };
  facilitatorStaffId: string;
}

interface SeededMember {
  id: string;
  clientId: string;
  userId: string | null;
}

const day = 24 * 60 * 60 * 1000;
const keyOf = (name: ClientName) => `${name.firstName} ${name.lastName}`;
const demoFamilySignIns = new Set<string>(demoSignIns.filter((signIn) => signIn.kind === "family").map((signIn) => signIn.email));

/**
 * The families around the clients: accounts, invitations, consents, family sessions and their
 * sign-ups (see family-roster.ts). Written once: nothing when the demo family account exists,
 * and nothing when the clients, program or clinician it builds on can't all be found (a
 * database that is not the demo's).
 */
export async function seedFamily(context: SeedContext): Promise<FamilyCounts | null> {
  const { tx } = context;
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, demoFamilyEmail));
  if (existing) return null;
  const anchors = await findAnchors(tx);
  if (!anchors) return null;

  const today = instantToZonedDate(context.now, anchors.program.timeZone);
  const accounts = await seedAccounts(context);
  const members = new Map<FamilyKey, SeededMember>();
  let consentCount = 0;
  for (const definition of familyRoster) {
    const client = clientOf(anchors, definition.client);
    const invitedAt = daysAgo(context, definition.invitedDaysAgo);
    const joinedAt = definition.joinedDaysAgo === null ? null : daysAgo(context, definition.joinedDaysAgo);
    const userId = joinedAt === null ? null : (accounts.get(definition.email) ?? null);
    const [member] = await tx
      .insert(familyMembers)
      .values({ clientId: client.id, userId, name: definition.name, relationship: definition.relationship, email: definition.email, invitedAt, joinedAt })
      .returning({ id: familyMembers.id });
    if (!member) throw new Error(`seed: family member ${definition.name} was not inserted`);
    members.set(definition.key, { id: member.id, clientId: client.id, userId });
    await tx.insert(familyInvitations).values({
      familyMemberId: member.id,
      tokenHash: unknownTokenHash(),
      createdAt: invitedAt,
      expiresAt: new Date(invitedAt.getTime() + familyInvitationLifetimeDays * day),
      usedAt: joinedAt,
    });
    for (const consent of definition.consents) {
      await tx.insert(consents).values(consentRow(context, today, consent, { clientId: client.id, familyMemberId: member.id, signedName: client.fullName }));
      consentCount += 1;
    }
  }

  const sessions = await seedFamilySessions(context, anchors, today);
  const seats = sessions.flatMap((session) => session.seats.map((seat) => ({ sessionId: session.id, seat })));
  for (const [index, { sessionId, seat }] of seats.entries()) {
    // Spaced out over the last few days, in arrival order, so the waitlist reads in order.
    const signedUpAt = new Date(context.now.getTime() - (seats.length - index) * 3 * 60 * 60 * 1000);
    const cancelledAt = seat.status === "cancelled" ? new Date((signedUpAt.getTime() + context.now.getTime()) / 2) : null;
    // One at a time: the capacity trigger counts the confirmed seats already in the table.
    await tx.insert(familySessionSignUps).values({ sessionId, ...seatHolder(anchors, members, seat), status: seat.status, signedUpAt, cancelledAt });
  }
  return { familyMembers: familyRoster.length, consents: consentCount, familySessions: sessions.length, familySignUps: seats.length };
}

async function findAnchors(tx: Transaction): Promise<Anchors | null> {
  const named = [
    ...familyRoster.map((member) => member.client),
    ...[...multiFamilyGroup.weeks.flat(), ...singleFamilySession.seats].flatMap((seat) => ("client" in seat ? [seat.client] : [])),
    singleFamilySession.client,
  ];
  const names = [...new Map(named.map((name) => [keyOf(name), name])).values()];
  const rows = await tx
    .select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName, userId: clients.userId })
    .from(clients)
    .where(or(...names.map((name) => and(eq(clients.firstName, name.firstName), eq(clients.lastName, name.lastName)))));
  const found = new Map<string, FoundClient>();
  for (const row of rows) {
    const key = keyOf(row);
    // Two clients of one name: not the demo's roster, so no guessing which one is meant.
    if (found.has(key)) return null;
    found.set(key, { id: row.id, userId: row.userId, fullName: key });
  }
  const [program] = await tx.select({ id: programs.id, timeZone: programs.timeZone }).from(programs).where(eq(programs.slug, markerProgramSlug));
  const [facilitator] = await tx
    .select({ id: staffMembers.id })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(eq(users.email, demoClinicianEmail));
  if (found.size !== names.length || !program || !facilitator) return null;
  return { clients: found, program, facilitatorStaffId: facilitator.id };
}

/** One account per email: the demo family member is linked to two clients with the one account. */
async function seedAccounts(context: SeedContext): Promise<Map<string, string>> {
  const accounts = new Map<string, string>();
  for (const definition of familyRoster) {
    if (definition.joinedDaysAgo === null || accounts.has(definition.email)) continue;
    const firstJoined = Math.max(
      ...familyRoster.filter((other) => other.email === definition.email).map((other) => other.joinedDaysAgo ?? 0),
    );
    const passwordHash = demoFamilySignIns.has(definition.email) ? await context.hashPassword(demoPassword) : await unusablePasswordHash(context);
    const [user] = await context.tx
      .insert(users)
      .values({ email: definition.email, passwordHash, kind: "family", displayName: definition.name, createdAt: daysAgo(context, firstJoined) })
      .returning({ id: users.id });
    if (!user) throw new Error(`seed: user ${definition.email} was not inserted`);
    accounts.set(definition.email, user.id);
  }
  return accounts;
}

function consentRow(
  context: SeedContext,
  today: CalendarDate,
  consent: ConsentDefinition,
  parties: { clientId: string; familyMemberId: string; signedName: string },
): typeof consents.$inferInsert {
  return {
    ...parties,
    scopes: consent.scopes,
    purpose: consent.purpose,
    expiresOn: "inDays" in consent.ends ? addDays(today, consent.ends.inDays) : null,
    expiresOnEvent: "event" in consent.ends ? consent.ends.event : null,
    signedAt: daysAgo(context, consent.signedDaysAgo),
    revocationStatement: rightToRevokeStatement,
    revokedAt: consent.revokedDaysAgo === undefined ? null : daysAgo(context, consent.revokedDaysAgo),
  };
}

/** The multi-family group on its next four weekdays after today, and the one-family session. */
async function seedFamilySessions(context: SeedContext, anchors: Anchors, today: CalendarDate): Promise<{ id: string; seats: Seat[] }[]> {
  let firstGroupDay = addDays(today, 1);
  while (isoWeekdayOf(firstGroupDay) !== multiFamilyGroup.weekday) firstGroupDay = addDays(firstGroupDay, 1);
  const planned = [
    ...multiFamilyGroup.weeks.map((seats, week) => ({
      definition: multiFamilyGroup,
      date: addDays(firstGroupDay, week * 7),
      clientId: null,
      seats,
    })),
    {
      definition: singleFamilySession,
      date: addDays(context.thisMonday, singleFamilySession.daysAfterThisMonday),
      clientId: clientOf(anchors, singleFamilySession.client).id,
      seats: singleFamilySession.seats,
    },
  ];
  const sessions: { id: string; seats: Seat[] }[] = [];
  for (const { definition, date, clientId, seats } of planned) {
    const [session] = await context.tx.insert(programSessions).values(sessionRow(anchors, definition, date, clientId)).returning({ id: programSessions.id });
    if (!session) throw new Error(`seed: family session ${definition.title} on ${date} was not inserted`);
    sessions.push({ id: session.id, seats });
  }
  return sessions;
}

function sessionRow(anchors: Anchors, definition: FamilySessionDefinition, date: CalendarDate, clientId: string | null): typeof programSessions.$inferInsert {
  const { id: programId, timeZone } = anchors.program;
  return {
    programId,
    scheduleOptionId: null,
    clientId,
    kind: "family",
    title: definition.title,
    startsAt: zonedWallClockToInstant(date, definition.startTime, timeZone),
    endsAt: zonedWallClockToInstant(date, definition.endTime, timeZone),
    facilitatorStaffId: anchors.facilitatorStaffId,
    location: definition.location,
    videoUrl: definition.videoUrl ?? null,
    capacity: definition.capacity,
    signUpCutoffMinutes: defaultSignUpCutoffMinutes,
  };
}

/** The family whose seat it is, and the account in it. */
function seatHolder(anchors: Anchors, members: Map<FamilyKey, SeededMember>, seat: Seat) {
  if ("family" in seat) {
    const member = members.get(seat.family);
    if (!member?.userId) throw new Error(`seed: ${seat.family} has no account to sign up with`);
    return { clientId: member.clientId, familyMemberId: member.id, userId: member.userId };
  }
  const client = clientOf(anchors, seat.client);
  if (!client.userId) throw new Error(`seed: ${client.fullName} has no account to sign up with`);
  return { clientId: client.id, familyMemberId: null, userId: client.userId };
}

function clientOf(anchors: Anchors, name: ClientName): FoundClient {
  const client = anchors.clients.get(keyOf(name));
  if (!client) throw new Error(`seed: client ${keyOf(name)} was not found`);
  return client;
}

function daysAgo(context: SeedContext, days: number): Date {
  return new Date(context.now.getTime() - days * day);
}

/** The hash of a token nobody holds: the demo's invitations were never mailed, so no link is known. */
function unknownTokenHash(): string {
  return createHash("sha256").update(randomBytes(32).toString("base64url"), "utf8").digest("hex");
}
