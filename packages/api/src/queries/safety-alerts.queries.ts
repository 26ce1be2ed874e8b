import type { Executor } from "@stepwise/db/client";
import { careTeamMembers, clients, measureResponses, safetyAlertEvents, safetyAlerts, staffMembers, users } from "@stepwise/db/schema";
import type { AlertAction, AlertEventKind } from "@stepwise/domain";
import { and, asc, eq, inArray, isNull, lt, notExists, sql } from "drizzle-orm";

/** An alert opened by a response, with its deadline; the caller passes the clock. */
export async function insertAlert(db: Executor, alert: typeof safetyAlerts.$inferInsert) {
  const [row] = await db.insert(safetyAlerts).values(alert).returning({ id: safetyAlerts.id });
  return row!.id;
}

/**
 * Records steps in an alert's life. An 'opened', 'escalated' or 'resolved' step already recorded
 * is not recorded again (the database keeps one of each): the ids of the steps written come back.
 */
export function insertAlertEvents(
  db: Executor,
  events: { alertId: string; kind: AlertEventKind; action?: AlertAction | null; note?: string | null; byUserId?: string | null; at: Date }[],
) {
  return db
    .insert(safetyAlertEvents)
    .values(events)
    .onConflictDoNothing()
    .returning({ id: safetyAlertEvents.id, alertId: safetyAlertEvents.alertId, kind: safetyAlertEvents.kind });
}

const hasEvent = (kind: AlertEventKind) =>
  sql`exists (select 1 from ${safetyAlertEvents} step where step.alert_id = ${safetyAlerts.id} and step.kind = ${kind})`;

const notResolved = () =>
  notExists(sql`(select 1 from ${safetyAlertEvents} step where step.alert_id = ${safetyAlerts.id} and step.kind = 'resolved')`);

/** Every step of an alert, oldest first, with who took it; a json array, read in the same statement. */
const stepsOfAlert = sql<{ kind: AlertEventKind; action: AlertAction | null; note: string | null; at: string; by: string | null }[]>`coalesce((
  select json_agg(json_build_object('kind', step.kind, 'action', step.action, 'note', step.note, 'at', step.at, 'by', person.display_name) order by step.id)
    from ${safetyAlertEvents} step left join ${users} person on person.id = step.by_user_id
    where step.alert_id = ${safetyAlerts.id}), '[]'::json)`;

const alertColumns = {
  id: safetyAlerts.id,
  clientId: safetyAlerts.clientId,
  enrollmentId: safetyAlerts.enrollmentId,
  responseId: safetyAlerts.responseId,
  instrument: measureResponses.instrument,
  reason: safetyAlerts.reason,
  detail: safetyAlerts.detail,
  openedAt: safetyAlerts.openedAt,
  acknowledgeBy: safetyAlerts.acknowledgeBy,
  client: { firstName: clients.firstName, lastName: clients.lastName, preferredName: clients.preferredName },
  steps: stepsOfAlert,
};

/**
 * Alerts with their steps, in one statement: the open ones of every client (the queue), or every
 * alert of these clients (their record). Oldest first; the domain orders them by urgency.
 */
export function findAlerts(db: Executor, which: { open: true } | { clientIds: readonly string[] }) {
  return db
    .select(alertColumns)
    .from(safetyAlerts)
    .innerJoin(clients, eq(clients.id, safetyAlerts.clientId))
    .innerJoin(measureResponses, eq(measureResponses.id, safetyAlerts.responseId))
    .where("open" in which ? notResolved() : inArray(safetyAlerts.clientId, [...which.clientIds]))
    .orderBy(asc(safetyAlerts.openedAt), asc(safetyAlerts.id));
}

export type AlertRow = Awaited<ReturnType<typeof findAlerts>>[number];

/**
 * One alert by id, or null when there is none. Not locked (the app may not lock a record it may
 * not change): two staff taking it up at once both have their step kept, and only one
 * resolution is, by the database's one-of-each rule.
 */
export async function findAlert(db: Executor, alertId: string) {
  const [row] = await db
    .select(alertColumns)
    .from(safetyAlerts)
    .innerJoin(clients, eq(clients.id, safetyAlerts.clientId))
    .innerJoin(measureResponses, eq(measureResponses.id, safetyAlerts.responseId))
    .where(eq(safetyAlerts.id, alertId));
  return row ?? null;
}

/** Alerts past their deadline with no acknowledgement, resolution or escalation yet: the escalation job's work. */
export function findAlertsToEscalate(db: Executor, now: Date) {
  return db
    .select({ id: safetyAlerts.id, clientId: safetyAlerts.clientId })
    .from(safetyAlerts)
    .where(
      and(
        lt(safetyAlerts.acknowledgeBy, now),
        sql`not ${hasEvent("acknowledged")}`,
        sql`not ${hasEvent("escalated")}`,
        notResolved(),
      ),
    )
    .orderBy(asc(safetyAlerts.acknowledgeBy));
}

/** Where to tell an enrollment's care team: each member's sign-in address, for a mail with no details in it. */
export function findCareTeamEmails(db: Executor, enrollmentId: string) {
  return db
    .selectDistinct({ email: users.email })
    .from(careTeamMembers)
    .innerJoin(staffMembers, eq(staffMembers.id, careTeamMembers.staffMemberId))
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(and(eq(careTeamMembers.enrollmentId, enrollmentId), isNull(users.disabledAt)));
}

/** The program directors' sign-in addresses, whom an alert escalates to. */
export function findDirectorEmails(db: Executor) {
  return db
    .select({ email: users.email })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(and(eq(staffMembers.role, "program_director"), isNull(users.disabledAt)))
    .orderBy(asc(users.email));
}
