import { alertAcknowledgementSchema } from "@stepwise/domain";
import { alertProcedure } from "./alert-scope";
import { takeAlertStep } from "./take-step.handler";

/** Notes a further step on an alert ("could not reach: retried"), kept beside the others. */
export const followUpAlert = alertProcedure("alerts.acknowledge")
  .input(alertAcknowledgementSchema)
  .mutation(({ ctx, input }) =>
    takeAlertStep(ctx.db, ctx.alert, { kind: "follow_up", action: input.action, note: input.note ?? null, byUserId: ctx.caller.userId }, new Date()),
  );
