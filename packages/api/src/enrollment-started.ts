import { enrollments, levelOfCareChanges } from "@stepwise/db/schema";
import { sql } from "drizzle-orm";

/**
 * Whether an enrollment (the `enrollments` row of the surrounding query) ever started:
 * activation writes the admission as its first level-of-care change, so one with no such row
 * never started. The one place this is read in SQL; the domain's EnrollmentOutcome.started.
 * Columns are named with their tables because drizzle leaves them bare inside sql``.
 */
export function enrollmentStarted() {
  return sql<boolean>`exists (select 1 from ${levelOfCareChanges} where ${levelOfCareChanges}.${sql.identifier(levelOfCareChanges.enrollmentId.name)} = ${enrollments}.${sql.identifier(enrollments.id.name)})`;
}
