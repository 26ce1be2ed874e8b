import { enrollments, levelOfCareChanges } from "@stepwise/db/schema";
import { type SQL, sql } from "drizzle-orm";

/**
 * Whether an enrollment (the `enrollments` row of the surrounding query) ever started:
 * activation writes the admission as its first level-of-care change, so one with no such row
 * never started. The one place this is read in SQL; the domain's EnrollmentOutcome.started.
 * The level history stays the source of truth for "started" (and so for "closed before start");
 * `enrollments.referral_closed_on` only records the day such a referral closed, for the overlap
 * rule, and agrees with it because closing a referral refuses one that started and nothing
 * reopens a discharged enrollment.
 * Columns are named with their tables because drizzle leaves them bare inside sql``.
 */
export function enrollmentStarted() {
  return sql<boolean>`exists (select 1 from ${levelOfCareChanges} where ${levelOfCareChanges}.${sql.identifier(levelOfCareChanges.enrollmentId.name)} = ${enrollments}.${sql.identifier(enrollments.id.name)})`;
}

/** A column of the surrounding query's `enrollments` row, qualified: drizzle leaves columns bare inside sql``. */
function column(name: string): SQL {
  return sql`${enrollments}.${sql.identifier(name)}`;
}

/**
 * The domain's enrollmentHappenedOn in SQL: a referral closed before it started on the day it
 * closed (its planned start, if it has none), anything else on its start.
 */
export function enrollmentHappenedOn(): SQL<string> {
  const startsOn = column(enrollments.startsOn.name);
  return sql<string>`case when ${column(enrollments.status.name)} = 'discharged' and not ${enrollmentStarted()}
    then coalesce(${column(enrollments.referralClosedOn.name)}, ${startsOn}) else ${startsOn} end`;
}

/**
 * A client's enrollments latest first, as the domain ranks them (happenedAfter): the open one
 * (at most one), then by the day each happened, then by when each was recorded.
 */
export function enrollmentsLatestFirst(): SQL[] {
  return [
    sql`${column(enrollments.status.name)} = 'discharged'`,
    sql`${enrollmentHappenedOn()} desc`,
    sql`${column(enrollments.createdAt.name)} desc`,
  ];
}

/**
 * The day the surrounding query's enrollment took its current level: its latest level-of-care
 * change (the admission is the first), or its start before it has one. Qualified by hand, like the
 * fragments above: with the enrollments table alone in the query, drizzle would leave `id` bare,
 * and the subquery would read its own.
 */
export const levelSince = sql<string>`coalesce(
  (select max(change.effective_on) from ${levelOfCareChanges} change
    where change.enrollment_id = ${column(enrollments.id.name)}),
  ${column(enrollments.startsOn.name)})`;
