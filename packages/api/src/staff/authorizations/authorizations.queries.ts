import type { Executor } from "@stepwise/db/client";
import { enrollments, payerAuthorizations, programs, staffMembers, users } from "@stepwise/db/schema";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

/**
 * A client's payer authorizations in one enrollment, latest period first, with who recorded each.
 * Of two with the same start, the one recorded later comes later (currentAuthorization takes the
 * later one: a correction recorded again wins).
 */
export function findAuthorizations(db: Executor, clientId: string, enrollmentId: string) {
  return db
    .select({
      id: payerAuthorizations.id,
      payer: payerAuthorizations.payer,
      number: payerAuthorizations.number,
      unitsApproved: payerAuthorizations.unitsApproved,
      startsOn: payerAuthorizations.startsOn,
      endsOn: payerAuthorizations.endsOn,
      recordedAt: payerAuthorizations.recordedAt,
      recordedBy: users.displayName,
    })
    .from(payerAuthorizations)
    .innerJoin(staffMembers, eq(staffMembers.id, payerAuthorizations.recordedByStaffId))
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(and(eq(payerAuthorizations.clientId, clientId), eq(payerAuthorizations.enrollmentId, enrollmentId)))
    .orderBy(desc(payerAuthorizations.startsOn), asc(payerAuthorizations.recordedAt));
}

export type AuthorizationRow = Awaited<ReturnType<typeof findAuthorizations>>[number];

export async function insertAuthorization(db: Executor, authorization: typeof payerAuthorizations.$inferInsert) {
  const [row] = await db.insert(payerAuthorizations).values(authorization).returning({ id: payerAuthorizations.id });
  return row!.id;
}

/** Programs as the board's usage count names them (p.time_zone). */
const program = alias(programs, "p");

/**
 * For the board: the authorizations of these enrollments whose period may hold today (a day's
 * slack either side for the programs' zones), each with the days and sessions attended inside its
 * period, counted by Postgres in the program's zone. Attended means minutes were spent in session
 * (an absence holds 0 minutes, a table check), as deliveredMinutes counts it. One statement. The
 * subqueries name the outer row's columns by hand: drizzle would leave them unqualified.
 */
export function findCurrentAuthorizationUsage(db: Executor, enrollmentIds: readonly string[]) {
  if (enrollmentIds.length === 0) return Promise.resolve([]);
  const localDay = sql`(ps.starts_at at time zone p.time_zone)::date`;
  const attendedInPeriod = sql`
    from attendance att
    join program_sessions ps on ps.id = att.session_id
    where att.client_id = payer_authorizations.client_id
      and att.minutes_attended > 0
      and ps.cancelled_at is null
      and ps.starts_at >= payer_authorizations.starts_on::timestamp - interval '1 day'
      and ps.starts_at < payer_authorizations.ends_on::timestamp + interval '2 days'
      and ${localDay} between payer_authorizations.starts_on and payer_authorizations.ends_on`;
  return db
    .select({
      enrollmentId: payerAuthorizations.enrollmentId,
      unitsApproved: payerAuthorizations.unitsApproved,
      startsOn: payerAuthorizations.startsOn,
      endsOn: payerAuthorizations.endsOn,
      daysAttended: sql<number>`(select count(distinct ${localDay}) ${attendedInPeriod})`.mapWith(Number),
      sessionsAttended: sql<number>`(select count(*) ${attendedInPeriod})`.mapWith(Number),
    })
    .from(payerAuthorizations)
    .innerJoin(enrollments, eq(enrollments.id, payerAuthorizations.enrollmentId))
    .innerJoin(program, eq(program.id, enrollments.programId))
    .where(
      and(
        inArray(payerAuthorizations.enrollmentId, [...enrollmentIds]),
        sql`${payerAuthorizations.endsOn} >= current_date - 1 and ${payerAuthorizations.startsOn} <= current_date + 1`,
      ),
    )
    .orderBy(payerAuthorizations.enrollmentId, desc(payerAuthorizations.startsOn), asc(payerAuthorizations.recordedAt));
}
