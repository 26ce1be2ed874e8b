import { alertAcknowledgementSchema } from "@stepwise/domain";
import { alertProcedure } from "./alert-scope";
import { takeAlertStep } from "./take-step.handler";

/** Takes up an alert: what was done, with a note. A second acknowledgement, by anyone, is kept beside the first. */
export const acknowledgeAlert = alertProcedure("alerts.acknowledge")
  .input(alertAcknowledgementSchema)
  .mutation(({ ctx, input }) =>
    takeAlertStep(ctx.db, ctx.alert, { kind: "acknowledged", action: input.action, note: input.note ?? null, byUserId: ctx.caller.userId }, new Date()),
  );
