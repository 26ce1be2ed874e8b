import { alertResolutionSchema } from "@stepwise/domain";
import { alertProcedure } from "./alert-scope";
import { takeAlertStep } from "./take-step.handler";

/** Closes an alert, with a note saying how it was settled. Once only: the second is told someone already did. */
export const resolveAlert = alertProcedure("alerts.acknowledge")
  .input(alertResolutionSchema)
  .mutation(({ ctx, input }) => takeAlertStep(ctx.db, ctx.alert, { kind: "resolved", action: null, note: input.note, byUserId: ctx.caller.userId }, new Date()));
