import type { Database } from "@stepwise/db/client";
import { withAuditTrail } from "../core/audit";
import { queueMail } from "../queries/outbox.queries";
import { findAlertsToEscalate, findDirectorEmails, insertAlertEvents } from "../queries/safety-alerts.queries";
import { safetyAlertEscalationMail } from "../services/measures/alert-mail";

/** The action of the job's audit row. */
export const escalateOverdueAlertsAction = "alerts.escalateOverdue";

/**
 * Run by the launcher on every start and by cron (`pnpm sessions:extend`): every alert past its
 * deadline that nobody has acknowledged is escalated to the program directors, once. One
 * transaction: an 'escalated' step per alert (the database keeps one per alert, so of two runs at
 * once only the one whose step was written mails), a mail with no details to every director for
 * each alert escalated, and one audit row, without an actor, naming the clients.
 */
export async function escalateOverdueAlerts(db: Database, now: Date): Promise<{ escalated: number; mailed: number }> {
  return db.transaction((tx) =>
    withAuditTrail(tx, escalateOverdueAlertsAction, null, async (audit) => {
      const overdue = await findAlertsToEscalate(tx, now);
      if (overdue.length === 0) return { escalated: 0, mailed: 0 };
      const directors = await findDirectorEmails(tx);
      const written = await insertAlertEvents(
        tx,
        overdue.map((alert) => ({ alertId: alert.id, kind: "escalated" as const, note: `${directors.length} program directors told by mail`, at: now })),
      );
      if (written.length === 0) return { escalated: 0, mailed: 0 };
      for (let index = 0; index < written.length; index += 1) {
        for (const { email } of directors) await queueMail(tx, safetyAlertEscalationMail(email));
      }
      const clientOf = new Map(overdue.map((alert) => [alert.id, alert.clientId]));
      audit({ clients: written.map((step) => clientOf.get(step.alertId)), resource: { type: "safety_alert" }, detail: { alertIds: written.map((step) => step.alertId) } });
      return { escalated: written.length, mailed: written.length * directors.length };
    }),
  );
}
