import { enrollments } from "@stepwise/db/schema";
import { type SQL, sql } from "drizzle-orm";
import { enrollmentStarted } from "./enrollment-started";

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
