import { enrollmentStatusChanges } from "@stepwise/db/schema";
import { type SQL, getTableName, sql } from "drizzle-orm";

/**
 * The one order of an enrollment's status changes, used by every reader: as recorded, and of
 * those recorded in one transaction (which share a time, as the seed's activation and hold do)
 * by the day each takes effect. The latest change is the last in this order, so a check against
 * "the latest change" and the history that reads holds and resumes agree on which it is.
 * Written for the table under `table` (an alias in a subquery), with qualified column names,
 * because drizzle leaves columns bare inside sql``.
 */
export function statusChangeOrder(direction: "asc" | "desc", table: string = getTableName(enrollmentStatusChanges)): SQL {
  const keys = [enrollmentStatusChanges.recordedAt.name, enrollmentStatusChanges.effectiveOn.name];
  return sql.join(
    keys.map((column) => sql`${sql.identifier(table)}.${sql.identifier(column)} ${sql.raw(direction)}`),
    sql`, `,
  );
}
