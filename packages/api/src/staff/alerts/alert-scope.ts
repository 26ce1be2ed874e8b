import { z } from "zod";
import { notFound } from "../../core/errors";
import { staffProcedure } from "../../core/trpc";
import { findAlert } from "../../queries/safety-alerts.queries";
import type { StaffPermission } from "@stepwise/domain";

/**
 * One alert, by `alertId`, into `ctx.alert`, noted on the request's audit row with its client; an
 * unknown id answers not found. Not locked: the app may not lock alerts (see findAlert).
 */
export function alertProcedure(permission: StaffPermission) {
  return staffProcedure(permission)
    .input(z.object({ alertId: z.uuid({ message: "Choose an alert." }) }))
    .use(async ({ ctx, input, next }) => {
      ctx.audit({ resource: { type: "safety_alert", id: input.alertId } });
      const alert = (await findAlert(ctx.db, input.alertId)) ?? notFound();
      ctx.audit({ clients: [alert.clientId] });
      return next({ ctx: { alert } });
    });
}
