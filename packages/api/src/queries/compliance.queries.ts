import type { Executor } from "@stepwise/db/client";
import {
  attendance,
  clients,
  enrollments,
  programs,
  programSessions,
  recertifications,
} from "@stepwise/db/schema";
import { inCareStatuses } from "@stepwise/domain";
import { levelSince } from "./enrollment-chronology.queries";
import { and, asc, eq, gte, inArray, isNull, lt, max, or, sql } from "drizzle-orm";

/** The latest recertification at the enrollment's current level, if any. */
const lastRecertifiedOn = sql<string | null>`(
  select ${max(recertifications.certifiedOn)} from ${recertifications}
    where ${recertifications.enrollmentId} = ${enrollments.id} and ${recertifications.level} = ${enrollments.level})`;

export function findEnrollmentsInCare(db: Executor, filter: { clientId?: string; programId?: string } = {}) {
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
      },
    })
    .from(enrollments)
    .innerJoin(clients, eq(clients.id, enrollments.clientId))
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(
      and(
        inArray(enrollments.status, [...inCareStatuses]),
        filter.clientId ? eq(enrollments.clientId, filter.clientId) : undefined,
        filter.programId ? eq(enrollments.programId, filter.programId) : undefined,
      ),
    )
    .orderBy(asc(clients.lastName), asc(clients.firstName));
}

/** Attendance since `since` for every client with an open enrollment (or one client), oldest first. */
export function findAttendanceSince(db: Executor, since: Date, filter: { clientId?: string } = {}) {
  const clientFilter = filter.clientId
    ? eq(attendance.clientId, filter.clientId)
    : inArray(
        attendance.clientId,
        db.select({ id: enrollments.clientId }).from(enrollments).where(inArray(enrollments.status, [...inCareStatuses])),
      );
  return db
    .select({
      clientId: attendance.clientId,
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
    .where(and(clientFilter, gte(programSessions.startsAt, since), isNull(programSessions.cancelledAt)))
    .orderBy(asc(programSessions.startsAt));
}

/**
 * Sessions not yet held in [from, to): group sessions per schedule option and individual ones
 * per client, so each open enrollment's remaining minutes this week can be added up.
 */
export function findUpcomingSessions(db: Executor, from: Date, to: Date) {
  return db
    .select({
      scheduleOptionId: programSessions.scheduleOptionId,
      clientId: programSessions.clientId,
      startsAt: programSessions.startsAt,
      endsAt: programSessions.endsAt,
    })
    .from(programSessions)
    .where(
      and(
        gte(programSessions.startsAt, from),
        lt(programSessions.startsAt, to),
        isNull(programSessions.cancelledAt),
        or(sql`${programSessions.scheduleOptionId} is not null`, sql`${programSessions.clientId} is not null`),
      ),
    );
}
