import type { Executor } from "@stepwise/db/client";
import { type AlertAction, alertState } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { type AlertRow, findAlert, insertAlertEvents } from "../../queries/safety-alerts.queries";
import { toAlertView } from "./alert-views";

const alreadyResolved = "Someone has already resolved this alert.";

/**
 * Records a staff step on an alert ('acknowledged', 'follow_up' or 'resolved') and answers the
 * alert as it now stands. Nothing is replaced: every acknowledgement and follow-up is kept, by
 * whoever took it. A resolved alert takes no more steps; of two resolutions at once the database
 * keeps one (one 'resolved' per alert), and the other is told so.
 */
export async function takeAlertStep(
  db: Executor,
  alert: AlertRow,
  step: { kind: "acknowledged" | "follow_up" | "resolved"; action: AlertAction | null; note: string | null; byUserId: string },
  now: Date,
) {
  if (alertState(alert.steps.map((event) => ({ kind: event.kind, at: new Date(event.at) }))) === "resolved") {
    return fail({ kind: "conflict", message: alreadyResolved });
  }
  const written = await insertAlertEvents(db, [{ alertId: alert.id, ...step, at: now }]);
  if (written.length === 0) return fail({ kind: "conflict", message: alreadyResolved });
  const updated = await findAlert(db, alert.id);
  return { alert: toAlertView(updated!, now) };
}
