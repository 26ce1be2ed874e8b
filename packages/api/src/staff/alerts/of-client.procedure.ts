import { findAlerts } from "../../queries/safety-alerts.queries";
import { clientRecordProcedure } from "../scopes";
import { toAlertViewsByUrgency } from "./alert-views";

/**
 * A client's safety alerts not yet resolved, most urgent first: what their record shows at its
 * top. Only the alerts, so opening a record is not audited as reading the client's scores.
 */
export const alertsOfClient = clientRecordProcedure("measures.read").query(async ({ ctx }) => {
  const now = new Date();
  const rows = await findAlerts(ctx.db, { clientIds: [ctx.client.id] });
  ctx.audit({ resource: { type: "safety_alert" } });
  return { alerts: toAlertViewsByUrgency(rows, now).filter((alert) => alert.state !== "resolved") };
});
