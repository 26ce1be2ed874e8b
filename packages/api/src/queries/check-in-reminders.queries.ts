import type { Executor } from "@stepwise/db/client";
import { auditEvents, clients, enrollments, programs, users } from "@stepwise/db/schema";
import type { CalendarDate } from "@stepwise/domain";
import { type SQL, and, eq, gt, inArray, isNull, sql } from "drizzle-orm";

/** Enrollments in care (active or on hold) of clients with a portal account that can sign in. */
export function inCareWithPortalAccount(): SQL {
  return and(
    inArray(enrollments.status, ["active", "on_hold"]),
    inArray(
      enrollments.clientId,
      sql`(select ${clients.id} from ${clients} join ${users} on ${users.id} = ${clients.userId} where ${isNull(users.disabledAt)})`,
    ),
  )!;
}

/** Those enrollments with where to write (the client's sign-in address) and their program's track and zone: one statement. */
export function findEnrollmentsToRemind(db: Executor, which: SQL) {
  return db
    .select({
      enrollmentId: enrollments.id,
      clientId: enrollments.clientId,
      email: users.email,
      track: programs.track,
      measurePolicy: programs.measurePolicy,
      timeZone: programs.timeZone,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .innerJoin(clients, eq(clients.id, enrollments.clientId))
    .innerJoin(users, eq(users.id, clients.userId))
    .where(which);
}

/**
 * The reminders the job recorded since `since`, as (client, day in their program's zone) pairs:
 * the job notes each one on its audit row (detail.reminded), the record it reads back so a second
 * run on the same day sends none. The app may only write the outbox, never read it, so the audit
 * row is where the job's own memory is. One statement.
 */
export async function findRemindersSince(db: Executor, action: string, since: Date): Promise<{ clientId: string; on: CalendarDate }[]> {
  const rows = await db
    .select({ reminded: sql<{ clientId: string; on: CalendarDate }[] | null>`${auditEvents.detail} -> 'reminded'` })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), gt(auditEvents.at, since)));
  return rows.flatMap((row) => row.reminded ?? []);
}
