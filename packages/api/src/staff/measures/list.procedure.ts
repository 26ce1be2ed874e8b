import { findAlerts } from "../../queries/safety-alerts.queries";
import { findClientCheckIns } from "../../services/measures/client-check-ins";
import { toAlertViewsByUrgency } from "../alerts/alert-views";
import { clientRecordProcedure } from "../scopes";
import { toStaffCheckIn, toStaffResponse, toStaffTrends } from "./measure-views";

/**
 * A client's measures for staff: every current response with its answers, each instrument's trend
 * from its baseline, their alerts with every step, and the current enrollment's check-ins.
 */
export const listMeasures = clientRecordProcedure("measures.read").query(async ({ ctx }) => {
  const now = new Date();
  const [{ enrollment, checkIns, responses }, alerts] = await Promise.all([
    findClientCheckIns(ctx.db, ctx.client.id, now),
    findAlerts(ctx.db, { clientIds: [ctx.client.id] }),
  ]);
  ctx.audit({ resource: { type: "measure_response" } });
  return {
    responses: responses.map(toStaffResponse),
    trends: toStaffTrends(responses),
    alerts: toAlertViewsByUrgency(alerts, now),
    /** The check-ins of the enrollment in care (none before it starts), with its today; answered ones included. */
    checkIns: enrollment ? { enrollmentId: enrollment.id, today: enrollment.today, checkIns: checkIns.map(toStaffCheckIn) } : null,
  };
});
