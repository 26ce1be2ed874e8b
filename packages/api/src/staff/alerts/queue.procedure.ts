import { findAlerts } from "../../queries/safety-alerts.queries";
import { staffProcedure } from "../../core/trpc";
import { toAlertViewsByUrgency } from "./alert-views";

/** The open alerts of every client, most urgent first: the list staff work from. Names every client shown. */
export const alertsQueue = staffProcedure("measures.read").query(async ({ ctx }) => {
  const now = new Date();
  const rows = await findAlerts(ctx.db, { open: true });
  ctx.audit({ resource: { type: "safety_alert" }, clients: rows.map((row) => row.clientId) });
  return { alerts: toAlertViewsByUrgency(rows, now) };
});
