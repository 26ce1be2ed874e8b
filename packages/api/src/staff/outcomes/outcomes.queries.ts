import type { Executor } from "@stepwise/db/client";
import { enrollments, measureResponses, programs } from "@stepwise/db/schema";
import type { CalendarDate } from "@stepwise/domain";
import { type SQL, and, asc, eq, gt, inArray, isNull, lte, notExists, notInArray, or, sql } from "drizzle-orm";

/**
 * The enrollments the outcomes count: begun (not a referral or an intake still ahead), started by
 * the period's end and not ended before its start; in one program when one is chosen.
 */
export function inCareDuring(period: { from: CalendarDate; to: CalendarDate }, programId: string | undefined): SQL {
  return and(
    notInArray(enrollments.status, ["referred", "intake_scheduled"]),
    lte(enrollments.startsOn, period.to),
    or(isNull(enrollments.endsOn), gt(enrollments.endsOn, period.from)),
    programId ? eq(enrollments.programId, programId) : undefined,
  )!;
}

/** Those enrollments with their program's name, track and zone: one statement. */
export function findEnrollmentsInCare(db: Executor, which: SQL) {
  return db
    .select({
      enrollmentId: enrollments.id,
      clientId: enrollments.clientId,
      program: { id: programs.id, name: programs.name, track: programs.track, measurePolicy: programs.measurePolicy, level: programs.level, timeZone: programs.timeZone },
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(which);
}

/**
 * The current responses of those enrollments due by the period's end, oldest first per enrollment
 * and instrument (the first is the baseline): one statement, however many clients.
 */
export function findResponsesOfEnrollments(db: Executor, which: SQL, to: CalendarDate) {
  return db
    .select({
      enrollmentId: measureResponses.enrollmentId,
      instrument: measureResponses.instrument,
      occasion: measureResponses.occasion,
      dueOn: measureResponses.dueOn,
      total: measureResponses.total,
    })
    .from(measureResponses)
    .where(
      and(
        inArray(measureResponses.enrollmentId, db.select({ id: enrollments.id }).from(enrollments).where(which)),
        lte(measureResponses.dueOn, to),
        notExists(sql`(select 1 from measure_responses superseding where superseding.supersedes_id = ${measureResponses.id})`),
      ),
    )
    .orderBy(asc(measureResponses.enrollmentId), asc(measureResponses.instrument), asc(measureResponses.dueOn), asc(measureResponses.submittedAt));
}
