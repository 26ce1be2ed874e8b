import type { Executor } from "@stepwise/db/client";
import {
  attendance,
  attendanceRevisions,
  clients,
  programs,
  programSessions,
  staffMembers,
  users,
} from "@stepwise/db/schema";
import { type CalendarDate, instantToZonedDate, lastNameFirst, sessionRosterClientIds } from "@stepwise/domain";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { findEnrollmentHistories, placedOnAnyOf } from "../../queries/enrollment-history.queries";
import { groupBy } from "../../core/group-by";

const facilitators = alias(users, "facilitator_users");
const facilitatorMembers = alias(staffMembers, "facilitator_members");

/** The local date a session falls on in its program's zone, as the database computes it. */
const sessionLocalDate = sql<CalendarDate>`coalesce(${programSessions.occursOn}, (${programSessions.startsAt} at time zone ${programs.timeZone})::date)`;

const sessionColumns = {
  id: programSessions.id,
  programId: programSessions.programId,
  scheduleOptionId: programSessions.scheduleOptionId,
  clientId: programSessions.clientId,
  occursOn: programSessions.occursOn,
  kind: programSessions.kind,
  title: programSessions.title,
  startsAt: programSessions.startsAt,
  endsAt: programSessions.endsAt,
  location: programSessions.location,
  videoUrl: programSessions.videoUrl,
  cancelledAt: programSessions.cancelledAt,
  cancellationReason: programSessions.cancellationReason,
  program: { id: programs.id, name: programs.name, timeZone: programs.timeZone },
  facilitator: facilitators.displayName,
};

export type SessionRow = Awaited<ReturnType<typeof findSessionsOn>>[number];

/** Every session (cancelled ones too) on a local date, in each program's own time zone. */
export function findSessionsOn(db: Executor, date: CalendarDate, filter: { programId?: string } = {}) {
  return db
    .select(sessionColumns)
    .from(programSessions)
    .innerJoin(programs, eq(programs.id, programSessions.programId))
    .leftJoin(facilitatorMembers, eq(facilitatorMembers.id, programSessions.facilitatorStaffId))
    .leftJoin(facilitators, eq(facilitators.id, facilitatorMembers.userId))
    .where(and(sql`${sessionLocalDate} = ${date}`, filter.programId ? eq(programSessions.programId, filter.programId) : undefined))
    .orderBy(asc(programSessions.startsAt), asc(programs.name), asc(programSessions.title));
}

/**
 * Every session (cancelled ones too) on the date it is today in its own program's zone, with who
 * leads it: the Today view's day, which Postgres works out from `now` per program.
 */
export function findSessionsToday(db: Executor, now: Date) {
  return db
    .select({ ...sessionColumns, facilitatorStaffId: programSessions.facilitatorStaffId })
    .from(programSessions)
    .innerJoin(programs, eq(programs.id, programSessions.programId))
    .leftJoin(facilitatorMembers, eq(facilitatorMembers.id, programSessions.facilitatorStaffId))
    .leftJoin(facilitators, eq(facilitators.id, facilitatorMembers.userId))
    .where(sql`${sessionLocalDate} = (${now.toISOString()}::timestamptz at time zone ${programs.timeZone})::date`)
    .orderBy(asc(programSessions.startsAt), asc(programs.name), asc(programSessions.title));
}

/**
 * One session. With `lock`, the row is held until the transaction ends, so two staff members
 * saving the same session's attendance take turns: the second sees what the first saved.
 */
export async function findAttendanceSession(db: Executor, sessionId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select(sessionColumns)
    .from(programSessions)
    .innerJoin(programs, eq(programs.id, programSessions.programId))
    .leftJoin(facilitatorMembers, eq(facilitatorMembers.id, programSessions.facilitatorStaffId))
    .leftJoin(facilitators, eq(facilitators.id, facilitatorMembers.userId))
    .where(eq(programSessions.id, sessionId));
  const [session] = await (options.lock ? query.for("update", { of: programSessions }) : query);
  return session ?? null;
}

/** The enrollments, with their histories, that could put clients on these schedule options' rosters. */
function findRosterEnrollments(db: Executor, scheduleOptionIds: readonly string[]) {
  if (scheduleOptionIds.length === 0) return Promise.resolve([]);
  return findEnrollmentHistories(db, placedOnAnyOf(db, scheduleOptionIds));
}

/** The current attendance records of these sessions, with who recorded each. */
export function findCurrentRecords(db: Executor, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: attendance.id,
      sessionId: attendance.sessionId,
      clientId: attendance.clientId,
      status: attendance.status,
      minutesAttended: attendance.minutesAttended,
      note: attendance.note,
      revision: attendance.revision,
      recordedAt: attendance.recordedAt,
      recordedBy: users.displayName,
    })
    .from(attendance)
    .leftJoin(staffMembers, eq(staffMembers.id, attendance.recordedByStaffId))
    .leftJoin(users, eq(users.id, staffMembers.userId))
    .where(inArray(attendance.sessionId, [...sessionIds]));
}

export type CurrentRecord = Awaited<ReturnType<typeof findCurrentRecords>>[number];

/**
 * The roster of each session (the domain decides who belongs), with the records already made.
 * Two queries however many sessions.
 */
export async function rostersOf(db: Executor, sessions: readonly Pick<SessionRow, "id" | "scheduleOptionId" | "clientId" | "occursOn" | "startsAt" | "program">[]) {
  const optionIds = [...new Set(sessions.flatMap((session) => (session.scheduleOptionId ? [session.scheduleOptionId] : [])))];
  const [candidates, records] = await Promise.all([
    findRosterEnrollments(db, optionIds),
    findCurrentRecords(
      db,
      sessions.map((session) => session.id),
    ),
  ]);
  const recordsBySession = groupBy(records, (record) => record.sessionId);
  return new Map(
    sessions.map((session) => {
      const sessionRecords = recordsBySession.get(session.id) ?? [];
      const clientIds = sessionRosterClientIds(
        {
          scheduleOptionId: session.scheduleOptionId,
          clientId: session.clientId,
          date: session.occursOn ?? instantToZonedDate(session.startsAt, session.program.timeZone),
        },
        candidates,
        sessionRecords.map((record) => record.clientId),
      );
      return [session.id, { clientIds, records: new Map(sessionRecords.map((record) => [record.clientId, record])) }];
    }),
  );
}

/** Names of clients as staff see them, keyed by id. */
export async function findNamesLastFirst(db: Executor, clientIds: readonly string[]) {
  if (clientIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName, preferredName: clients.preferredName })
    .from(clients)
    .where(inArray(clients.id, [...clientIds]));
  return new Map(rows.map((row) => [row.id, lastNameFirst(row)]));
}

/** Every version of the records of these clients in one session, oldest first, with who recorded it. */
export function findRevisions(db: Executor, sessionId: string, clientIds?: readonly string[]) {
  return db
    .select({
      clientId: attendance.clientId,
      revision: attendanceRevisions.revision,
      status: attendanceRevisions.status,
      minutesAttended: attendanceRevisions.minutesAttended,
      note: attendanceRevisions.note,
      recordedAt: attendanceRevisions.recordedAt,
      recordedBy: users.displayName,
    })
    .from(attendanceRevisions)
    .innerJoin(attendance, eq(attendance.id, attendanceRevisions.attendanceId))
    .leftJoin(staffMembers, eq(staffMembers.id, attendanceRevisions.recordedByStaffId))
    .leftJoin(users, eq(users.id, staffMembers.userId))
    .where(and(eq(attendance.sessionId, sessionId), clientIds ? inArray(attendance.clientId, [...clientIds]) : undefined))
    .orderBy(asc(attendance.clientId), asc(attendanceRevisions.revision));
}

/** Marks these clients present for the whole session where they have no record yet; the rows made. */
export function insertPresent(db: Executor, input: { sessionId: string; clientIds: readonly string[]; minutesAttended: number; recordedByStaffId: string }) {
  return db
    .insert(attendance)
    .values(
      input.clientIds.map((clientId) => ({
        sessionId: input.sessionId,
        clientId,
        status: "present" as const,
        minutesAttended: input.minutesAttended,
        recordedByStaffId: input.recordedByStaffId,
      })),
    )
    .onConflictDoNothing({ target: [attendance.sessionId, attendance.clientId] })
    .returning({ id: attendance.id, clientId: attendance.clientId });
}

type RecordValues = { status: typeof attendance.$inferInsert.status; minutesAttended: number; note: string | null };

/** A correction of a current record: the next revision (the trigger keeps the previous one). */
export async function correctRecord(db: Executor, recordId: string, next: RecordValues, recordedByStaffId: string) {
  const [row] = await db
    .update(attendance)
    .set({ ...next, recordedByStaffId, recordedAt: sql`now()`, revision: sql`${attendance.revision} + 1` })
    .where(eq(attendance.id, recordId))
    .returning({ id: attendance.id, revision: attendance.revision });
  return row ?? null;
}

/**
 * A first record for a client. The session row is locked, so nobody else can be inserting this
 * client now; the upsert still turns a row that appeared anyway into a correction rather than a
 * duplicate.
 */
export async function insertRecord(db: Executor, record: RecordValues & { sessionId: string; clientId: string; recordedByStaffId: string }) {
  const [row] = await db
    .insert(attendance)
    .values(record)
    .onConflictDoUpdate({
      target: [attendance.sessionId, attendance.clientId],
      set: {
        status: sql`excluded.status`,
        minutesAttended: sql`excluded.minutes_attended`,
        note: sql`excluded.note`,
        recordedByStaffId: sql`excluded.recorded_by_staff_id`,
        recordedAt: sql`now()`,
        revision: sql`${attendance.revision} + 1`,
      },
    })
    .returning({ id: attendance.id, revision: attendance.revision });
  return row ?? null;
}
