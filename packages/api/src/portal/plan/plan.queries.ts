import type { Executor } from "@stepwise/db/client";
import {
  attendance,
  clients,
  enrollments,
  programs,
  programSessions,
  scheduleOptions,
} from "@stepwise/db/schema";
import { and, desc, eq, gte, isNull, lt, sql } from "drizzle-orm";
import { enrollmentStarted } from "../../enrollment-started";
import { scheduleOptionColumns } from "../../schedule-option.columns";

/**
 * Every query here takes the client's own id from the caller's scope, never from input.
 * The plan is read in a fixed number of queries whatever the size of the program.
 */

const startedColumn = enrollmentStarted();

export async function findClientWithCurrentEnrollment(db: Executor, clientId: string) {
  const [row] = await db
    .select({
      client: { firstName: clients.firstName, preferredName: clients.preferredName },
      enrollment: {
        id: enrollments.id,
        status: enrollments.status,
        level: enrollments.level,
        startsOn: enrollments.startsOn,
        endsOn: enrollments.endsOn,
        intakeOn: enrollments.intakeOn,
        scheduleOptionId: enrollments.scheduleOptionId,
        dischargeReason: enrollments.dischargeReason,
        dischargePlan: enrollments.dischargePlan,
        started: startedColumn,
      },
      program: {
        name: programs.name,
        level: programs.level,
        track: programs.track,
        timeZone: programs.timeZone,
        minWeeklyMinutes: programs.minWeeklyMinutes,
        maxWeeklyMinutes: programs.maxWeeklyMinutes,
        expectedLengthWeeks: programs.expectedLengthWeeks,
      },
      scheduleOption: scheduleOptionColumns,
    })
    .from(clients)
    .leftJoin(enrollments, eq(enrollments.clientId, clients.id))
    .leftJoin(programs, eq(programs.id, enrollments.programId))
    .leftJoin(scheduleOptions, eq(scheduleOptions.id, enrollments.scheduleOptionId))
    .where(eq(clients.id, clientId))
    // The open enrollment if there is one, otherwise the most recent.
    .orderBy(sql`${enrollments.endsOn} is null desc`, desc(enrollments.startsOn))
    .limit(1);
  return row ?? null;
}

/** How each of the client's enrollments stands and whether it started; read only for a closed referral. */
export function findEnrollmentOutcomes(db: Executor, clientId: string) {
  return db
    .select({ id: enrollments.id, status: enrollments.status, dischargeReason: enrollments.dischargeReason, started: startedColumn })
    .from(enrollments)
    .where(eq(enrollments.clientId, clientId));
}

/** What the client attended in [from, to), whichever program the session belonged to. */
export function findClientAttendance(db: Executor, clientId: string, from: Date, to: Date) {
  return db
    .select({
      startsAt: programSessions.startsAt,
      status: attendance.status,
      minutesAttended: attendance.minutesAttended,
    })
    .from(attendance)
    .innerJoin(programSessions, eq(programSessions.id, attendance.sessionId))
    .where(
      and(
        eq(attendance.clientId, clientId),
        gte(programSessions.startsAt, from),
        lt(programSessions.startsAt, to),
        isNull(programSessions.cancelledAt),
      ),
    );
}
