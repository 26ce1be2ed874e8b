import { passwordResetRequestSchema, passwordResetWords } from "@stepwise/domain";
import { publicProcedure } from "../../core/trpc";
import { limitResetRequests } from "../../services/password-links/reset-request-limits";
import { mailPasswordResetLink } from "../../services/password-links/request-reset";

/**
 * Public on purpose: the person cannot sign in. Mails a reset link when a client or family account
 * uses the address, and answers the same words whether or not one does (a staff address, too).
 */
export const requestPasswordReset = publicProcedure.input(passwordResetRequestSchema).mutation(async ({ ctx, input }) => {
  await limitResetRequests(ctx.rateLimit, input.email, ctx.address);
  await mailPasswordResetLink(ctx.db, ctx.audit, { email: input.email, app: "portal" }, new Date());
  return { message: passwordResetWords.requested };
});
