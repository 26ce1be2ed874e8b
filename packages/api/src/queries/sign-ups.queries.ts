import type { Executor } from "@stepwise/db/client";
import { enrollments, familySessionSignUps, programs, programSessions, users } from "@stepwise/db/schema";
import { familiesOf, inCareStatuses } from "@stepwise/domain";
import { and, asc, eq, gt, inArray, isNotNull, isNull, ne, or, sql } from "drizzle-orm";

/**
 * Family-session sign-ups: the sessions as the portal offers them, their seats, waitlists and
 * sign-ups, the session locks that serialise seat-taking, and the writes that take and give up
 * places. Whose sessions to read always comes from who the caller is (a client, or a family
 * member's consents), never from input alone. Staff pages read through
 * staff/family-sessions/family-sessions.queries.ts.
 */

/** The SQL of the domain's takesSignUps: a family session with a sign-up cutoff. */
export const takesSignUpsSql = and(eq(programSessions.kind, "family"), isNotNull(programSessions.signUpCutoffMinutes));

const sessionColumns = {
  id: programSessions.id,
  programId: programSessions.programId,
  clientId: programSessions.clientId,
  kind: programSessions.kind,
  title: programSessions.title,
  startsAt: programSessions.startsAt,
  endsAt: programSessions.endsAt,
  location: programSessions.location,
  videoUrl: programSessions.videoUrl,
  capacity: programSessions.capacity,
  cancelledAt: programSessions.cancelledAt,
  signUpCutoffMinutes: programSessions.signUpCutoffMinutes,
  timeZone: programs.timeZone,
  /** Where the program meets (null: at the center), said to those who come. */
  programAddressLines: programs.addressLines,
  programParkingNote: programs.parkingDirections,
};

/** The row as a session that takes sign-ups: a family session with seats and a cutoff (a table check). */
function asSignUpSession<Row extends { capacity: number | null; signUpCutoffMinutes: number | null }>(row: Row) {
  if (row.capacity === null || row.signUpCutoffMinutes === null) return null;
  return { ...row, capacity: row.capacity, signUpCutoffMinutes: row.signUpCutoffMinutes };
}

/**
 * Locks the session row (`select … for update`) and returns it, when it takes sign-ups. The lock
 * serialises every sign-up, cancellation and promotion of one session, so seats are counted and
 * the waitlist is ordered one request at a time.
 */
export async function lockFamilySession(db: Executor, sessionId: string) {
  const [row] = await db
    .select(sessionColumns)
    .from(programSessions)
    .innerJoin(programs, eq(programs.id, programSessions.programId))
    .where(and(eq(programSessions.id, sessionId), eq(programSessions.kind, "family")))
    .for("update", { of: programSessions });
  return row ? asSignUpSession(row) : null;
}

export type LockedFamilySession = NonNullable<Awaited<ReturnType<typeof lockFamilySession>>>;

/** Locks several sessions in one order (by id), so two requests locking the same ones never deadlock. */
export async function lockFamilySessions(db: Executor, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return [];
  const rows = await db
    .select(sessionColumns)
    .from(programSessions)
    .innerJoin(programs, eq(programs.id, programSessions.programId))
    .where(inArray(programSessions.id, [...sessionIds]))
    .orderBy(asc(programSessions.id))
    .for("update", { of: programSessions });
  return rows.flatMap((row) => asSignUpSession(row) ?? []);
}

/** The programs each client is in now (active or on hold): their families may join its multi-family groups. */
export async function findCurrentPrograms(db: Executor, clientIds: readonly string[]) {
  if (clientIds.length === 0) return [];
  return db
    .select({ clientId: enrollments.clientId, programId: enrollments.programId })
    .from(enrollments)
    .where(and(inArray(enrollments.clientId, [...clientIds]), inArray(enrollments.status, [...inCareStatuses])));
}

/** Family sessions taking sign-ups that start after `now`, for the families of these clients. */
export async function findOpenFamilySessions(db: Executor, clientIds: readonly string[], now: Date) {
  if (clientIds.length === 0) return [];
  const current = await findCurrentPrograms(db, clientIds);
  const programIds = [...new Set(current.map((row) => row.programId))];
  const forTheseFamilies = or(
    inArray(programSessions.clientId, [...clientIds]),
    programIds.length > 0 ? and(isNull(programSessions.clientId), inArray(programSessions.programId, programIds)) : undefined,
  );
  const rows = await db
    .select(sessionColumns)
    .from(programSessions)
    .innerJoin(programs, eq(programs.id, programSessions.programId))
    .where(
      and(
        takesSignUpsSql,
        isNull(programSessions.cancelledAt),
        gt(programSessions.startsAt, now),
        forTheseFamilies,
      ),
    )
    .orderBy(asc(programSessions.startsAt), asc(programSessions.id));
  return rows.flatMap((row) => {
    const session = asSignUpSession(row);
    return session ? [{ ...session, families: familiesOf(session, clientIds, current) }] : [];
  });
}

/** Confirmed seats and waitlist length of each session, in one query however many sessions; staff and portal alike. */
export async function findSeatCounts(db: Executor, sessionIds: readonly string[]) {
  const counts = new Map<string, { confirmed: number; waitlisted: number }>();
  if (sessionIds.length === 0) return counts;
  const rows = await db
    .select({
      sessionId: familySessionSignUps.sessionId,
      confirmed: sql<number>`count(*) filter (where ${familySessionSignUps.status} = 'confirmed')`.mapWith(Number),
      waitlisted: sql<number>`count(*) filter (where ${familySessionSignUps.status} = 'waitlisted')`.mapWith(Number),
    })
    .from(familySessionSignUps)
    .where(inArray(familySessionSignUps.sessionId, [...sessionIds]))
    .groupBy(familySessionSignUps.sessionId);
  for (const row of rows) counts.set(row.sessionId, { confirmed: row.confirmed, waitlisted: row.waitlisted });
  return counts;
}

export async function countConfirmed(db: Executor, sessionId: string): Promise<number> {
  return (await findSeatCounts(db, [sessionId])).get(sessionId)?.confirmed ?? 0;
}

/**
 * A waitlisted sign-up's place in line (1 = next to get a seat): how many waitlisted sign-ups of
 * its session arrived no later than it. Null for any other status. Written with table names
 * because drizzle leaves columns bare inside sql``, which the inner alias would capture.
 */
const waitlistPosition = sql<number | null>`case when "family_session_sign_ups"."status" = 'waitlisted' then (
  select count(*) from family_session_sign_ups ahead
  where ahead.session_id = "family_session_sign_ups"."session_id"
    and ahead.status = 'waitlisted'
    and ahead.arrival <= "family_session_sign_ups"."arrival"
) end`.mapWith((value) => (value === null ? null : Number(value)));

const signUpColumns = {
  id: familySessionSignUps.id,
  sessionId: familySessionSignUps.sessionId,
  clientId: familySessionSignUps.clientId,
  familyMemberId: familySessionSignUps.familyMemberId,
  userId: familySessionSignUps.userId,
  status: familySessionSignUps.status,
  arrival: familySessionSignUps.arrival,
  waitlistPosition,
};

/** One person's active (confirmed or waitlisted) sign-up in a session, if any. */
export async function findActiveSignUp(db: Executor, sessionId: string, userId: string) {
  const [row] = await db
    .select(signUpColumns)
    .from(familySessionSignUps)
    .where(and(eq(familySessionSignUps.sessionId, sessionId), eq(familySessionSignUps.userId, userId), ne(familySessionSignUps.status, "cancelled")));
  return row ?? null;
}

/** A sign-up by id, only when it is this person's and still active. */
export async function findOwnActiveSignUp(db: Executor, signUpId: string, userId: string) {
  const [row] = await db
    .select(signUpColumns)
    .from(familySessionSignUps)
    .where(and(eq(familySessionSignUps.id, signUpId), eq(familySessionSignUps.userId, userId), ne(familySessionSignUps.status, "cancelled")));
  return row ?? null;
}

export async function findSignUpById(db: Executor, signUpId: string) {
  const [row] = await db.select(signUpColumns).from(familySessionSignUps).where(eq(familySessionSignUps.id, signUpId));
  return row ?? null;
}

/** This person's active sign-ups in these sessions. */
export async function findActiveSignUpsIn(db: Executor, userId: string, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return [];
  return db
    .select(signUpColumns)
    .from(familySessionSignUps)
    .where(
      and(
        eq(familySessionSignUps.userId, userId),
        inArray(familySessionSignUps.sessionId, [...sessionIds]),
        ne(familySessionSignUps.status, "cancelled"),
      ),
    );
}

/** This person's active sign-ups for sessions not yet over, with each session. */
export async function findUpcomingSignUps(db: Executor, userId: string, now: Date) {
  const rows = await db
    .select({ signUp: signUpColumns, session: sessionColumns })
    .from(familySessionSignUps)
    .innerJoin(programSessions, eq(programSessions.id, familySessionSignUps.sessionId))
    .innerJoin(programs, eq(programs.id, programSessions.programId))
    .where(and(eq(familySessionSignUps.userId, userId), ne(familySessionSignUps.status, "cancelled"), gt(programSessions.endsAt, now)))
    .orderBy(asc(programSessions.startsAt), asc(programSessions.id));
  // Sign-ups are only ever taken for sessions that take them, so every row has its seats and cutoff.
  return rows.flatMap(({ signUp, session }) => {
    const signUpSession = asSignUpSession(session);
    return signUpSession ? [{ signUp, session: signUpSession }] : [];
  });
}

/** Every active (confirmed or waitlisted) sign-up of a session, in arrival order. */
export function findActiveSignUpsOf(db: Executor, sessionId: string) {
  return db
    .select({
      id: familySessionSignUps.id,
      clientId: familySessionSignUps.clientId,
      familyMemberId: familySessionSignUps.familyMemberId,
      status: familySessionSignUps.status,
    })
    .from(familySessionSignUps)
    .where(and(eq(familySessionSignUps.sessionId, sessionId), ne(familySessionSignUps.status, "cancelled")))
    .orderBy(asc(familySessionSignUps.arrival));
}

/**
 * Upcoming, not cancelled sessions where a family member still holds a seat or a waitlist place,
 * only through `clientId` when given: where a consent that has ended may still hold a place.
 */
export async function findSessionsWithFamilyPlaces(db: Executor, now: Date, clientId?: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ sessionId: familySessionSignUps.sessionId })
    .from(familySessionSignUps)
    .innerJoin(programSessions, eq(programSessions.id, familySessionSignUps.sessionId))
    .where(
      and(
        isNotNull(familySessionSignUps.familyMemberId),
        ne(familySessionSignUps.status, "cancelled"),
        clientId === undefined ? undefined : eq(familySessionSignUps.clientId, clientId),
        isNull(programSessions.cancelledAt),
        gt(programSessions.startsAt, now),
      ),
    );
  return rows.map((row) => row.sessionId);
}

/** The waitlist of a session in arrival order, with whom to tell when a seat opens. */
export function findWaitlist(db: Executor, sessionId: string) {
  return db
    .select({
      id: familySessionSignUps.id,
      clientId: familySessionSignUps.clientId,
      familyMemberId: familySessionSignUps.familyMemberId,
      userId: familySessionSignUps.userId,
      email: users.email,
      displayName: users.displayName,
    })
    .from(familySessionSignUps)
    .innerJoin(users, eq(users.id, familySessionSignUps.userId))
    .where(and(eq(familySessionSignUps.sessionId, sessionId), eq(familySessionSignUps.status, "waitlisted")))
    .orderBy(asc(familySessionSignUps.arrival));
}

/** Stores a new sign-up (the session row is locked by the caller); its id. */
export async function insertSignUp(
  db: Executor,
  signUp: { sessionId: string; clientId: string; userId: string; familyMemberId: string | null; status: "confirmed" | "waitlisted"; signedUpAt: Date },
): Promise<string | null> {
  const [inserted] = await db.insert(familySessionSignUps).values(signUp).returning({ id: familySessionSignUps.id });
  return inserted?.id ?? null;
}

/** Gives up an active sign-up; false when it was already given up (by a release earlier in this transaction). */
export async function markSignUpCancelled(db: Executor, signUpId: string, now: Date): Promise<boolean> {
  const changed = await db
    .update(familySessionSignUps)
    .set({ status: "cancelled", cancelledAt: now })
    .where(and(eq(familySessionSignUps.id, signUpId), ne(familySessionSignUps.status, "cancelled")))
    .returning({ id: familySessionSignUps.id });
  return changed.length > 0;
}

/** Moves a waitlisted sign-up into a seat. */
export async function confirmFromWaitlist(db: Executor, signUpId: string, now: Date) {
  await db
    .update(familySessionSignUps)
    .set({ status: "confirmed", promotedAt: now })
    .where(and(eq(familySessionSignUps.id, signUpId), eq(familySessionSignUps.status, "waitlisted")));
}

/** The active sign-ups one person made through one client for sessions not yet begun. */
export function findHeldPlaces(db: Executor, holder: { userId: string; clientId: string }, now: Date) {
  return db
    .select({ id: familySessionSignUps.id, sessionId: familySessionSignUps.sessionId, clientId: familySessionSignUps.clientId, status: familySessionSignUps.status })
    .from(familySessionSignUps)
    .innerJoin(programSessions, eq(programSessions.id, familySessionSignUps.sessionId))
    .where(
      and(
        eq(familySessionSignUps.userId, holder.userId),
        eq(familySessionSignUps.clientId, holder.clientId),
        ne(familySessionSignUps.status, "cancelled"),
        gt(programSessions.startsAt, now),
      ),
    );
}
