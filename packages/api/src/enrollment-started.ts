import { enrollments, levelOfCareChanges } from "@stepwise/db/schema";
import { sql } from "drizzle-orm";

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
