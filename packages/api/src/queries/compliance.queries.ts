import type { Executor } from "@stepwise/db/client";
import {
  attendance,
  careTeamMembers,
  clients,
  enrollments,
  programs,
  programSessions,
  recertifications,
} from "@stepwise/db/schema";
import { type AttendanceStatus, inCareStatuses } from "@stepwise/domain";
import { levelSince } from "./enrollment-chronology.queries";
import { and, asc, eq, gte, inArray, isNotNull, isNull, max, or, sql } from "drizzle-orm";

/** The latest recertification at the enrollment's current level, if any. */
const lastRecertifiedOn = sql<string | null>`(
  select ${max(recertifications.certifiedOn)} from ${recertifications}
    where ${recertifications.enrollmentId} = ${enrollments.id} and ${recertifications.level} = ${enrollments.level})`;

/** The enrollments whose care team includes this staff member: their caseload. */
export function onCareTeamOf(staffMemberId: string) {
  return sql`exists (select 1 from ${careTeamMembers} where ${careTeamMembers.enrollmentId} = ${enrollments.id} and ${careTeamMembers.staffMemberId} = ${staffMemberId})`;
}

/** The in-care enrollments a board reads: all of them, one program's, one client's, or one staff member's caseload. */
function inCareClients(filter: { clientId?: string; programId?: string; caseloadOf?: string }) {
  return and(
    inArray(enrollments.status, [...inCareStatuses]),
    filter.clientId ? eq(enrollments.clientId, filter.clientId) : undefined,
    filter.programId ? eq(enrollments.programId, filter.programId) : undefined,
    filter.caseloadOf ? onCareTeamOf(filter.caseloadOf) : undefined,
  );
}

export function findEnrollmentsInCare(db: Executor, filter: { clientId?: string; programId?: string; caseloadOf?: string } = {}) {
  return db
    .select({
      clientId: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      preferredName: clients.preferredName,
      enrollmentId: enrollments.id,
      status: enrollments.status,
      level: enrollments.level,
      startsOn: enrollments.startsOn,
      scheduleOptionId: enrollments.scheduleOptionId,
      levelSince,
      lastRecertifiedOn,
      program: {
        id: programs.id,
        name: programs.name,
        level: programs.level,
        timeZone: programs.timeZone,
        minWeeklyMinutes: programs.minWeeklyMinutes,
        maxWeeklyMinutes: programs.maxWeeklyMinutes,
        track: programs.track,
        measurePolicy: programs.measurePolicy,
        levelOfCarePolicy: programs.levelOfCarePolicy,
      },
    })
    .from(enrollments)
    .innerJoin(clients, eq(clients.id, enrollments.clientId))
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(inCareClients(filter))
    .orderBy(asc(clients.lastName), asc(clients.firstName));
}

/** A session's start as a wall-clock time in the client's current program's zone. */
const localStart = sql`(${programSessions.startsAt} at time zone ${programs.timeZone})`;

/**
 * Minutes and days attended per Monday–Sunday week (in each client's program's zone), since
 * `since`, for the clients in care the filter names: summed by Postgres, one row per client and
 * week, so a board of thousands reads a few thousand rows. A week with only absences comes with
 * 0 minutes (absent and excused records hold 0 minutes, a table check), as deliveredMinutes gives it.
 */
export async function findWeeklyAttendance(db: Executor, since: Date, filter: { clientId?: string; programId?: string } = {}) {
  const rows = await db
    .select({
      clientId: attendance.clientId,
      weekStart: sql<string>`date_trunc('week', ${localStart})::date::text`,
      minutes: sql<number>`sum(${attendance.minutesAttended})`.mapWith(Number),
      daysAttended: sql<number>`count(distinct ${localStart}::date) filter (where ${attendance.minutesAttended} > 0)`.mapWith(Number),
    })
    .from(programSessions)
    .innerJoin(attendance, eq(attendance.sessionId, programSessions.id))
    .innerJoin(enrollments, eq(enrollments.clientId, attendance.clientId))
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(and(gte(programSessions.startsAt, since), isNull(programSessions.cancelledAt), inCareClients(filter)))
    .groupBy(attendance.clientId, sql`2`)
    .orderBy(attendance.clientId, sql`2`);
  return rows;
}

/** The statuses of each in-care client's sessions since `since`, oldest first: enough to count absences in a row. */
export async function findRecentStatuses(db: Executor, since: Date, filter: { clientId?: string; programId?: string } = {}) {
  return db
    .select({
      clientId: attendance.clientId,
      statuses: sql<AttendanceStatus[]>`array_agg(${attendance.status} order by ${programSessions.startsAt})`,
    })
    .from(programSessions)
    .innerJoin(attendance, eq(attendance.sessionId, programSessions.id))
    .innerJoin(enrollments, eq(enrollments.clientId, attendance.clientId))
    .where(and(gte(programSessions.startsAt, since), isNull(programSessions.cancelledAt), inCareClients(filter)))
    .groupBy(attendance.clientId);
}

/** One client's attendance since `since`, oldest first, for their record. */
export function findClientAttendanceSince(db: Executor, clientId: string, since: Date) {
  return db
    .select({
      sessionId: programSessions.id,
      title: programSessions.title,
      kind: programSessions.kind,
      startsAt: programSessions.startsAt,
      endsAt: programSessions.endsAt,
      status: attendance.status,
      minutesAttended: attendance.minutesAttended,
    })
    .from(attendance)
    .innerJoin(programSessions, eq(programSessions.id, attendance.sessionId))
    .where(and(eq(attendance.clientId, clientId), gte(programSessions.startsAt, since), isNull(programSessions.cancelledAt)))
    .orderBy(asc(programSessions.startsAt));
}

/**
 * Sessions not yet held before each program's week ends (`weekEnds`, from the domain's
 * weekBounds), dated on its calendar: groups, of the options given (all when omitted), and the
 * individual sessions of the clients given (all when omitted).
 */
export function findUpcomingThisWeek(
  db: Executor,
  now: Date,
  weekEnds: readonly { programId: string; weekEnd: Date }[],
  only?: { scheduleOptionIds: readonly string[]; clientIds: readonly string[] },
) {
  if (weekEnds.length === 0) return Promise.resolve([]);
  const weekEndOf = sql.join(
    weekEnds.map(({ programId, weekEnd }) => sql`when ${programId}::uuid then ${weekEnd.toISOString()}::timestamptz`),
    sql` `,
  );
  const ofWhom = only
    ? or(
        only.scheduleOptionIds.length > 0 ? inArray(programSessions.scheduleOptionId, [...only.scheduleOptionIds]) : undefined,
        only.clientIds.length > 0 ? inArray(programSessions.clientId, [...only.clientIds]) : undefined,
      )
    : or(isNotNull(programSessions.scheduleOptionId), isNotNull(programSessions.clientId));
  return db
    .select({
      scheduleOptionId: programSessions.scheduleOptionId,
      clientId: programSessions.clientId,
      startsAt: programSessions.startsAt,
      date: sql<string>`(${programSessions.startsAt} at time zone ${programs.timeZone})::date::text`,
      minutes: sql<number>`extract(epoch from ${programSessions.endsAt} - ${programSessions.startsAt}) / 60`.mapWith(Number),
    })
    .from(programSessions)
    .innerJoin(programs, eq(programs.id, programSessions.programId))
    .where(
      and(
        gte(programSessions.startsAt, now),
        inArray(programSessions.programId, weekEnds.map((week) => week.programId)),
        sql`${programSessions.startsAt} < case ${programSessions.programId} ${weekEndOf} end`,
        isNull(programSessions.cancelledAt),
        only && only.scheduleOptionIds.length + only.clientIds.length === 0 ? sql`false` : ofWhom,
      ),
    );
}
