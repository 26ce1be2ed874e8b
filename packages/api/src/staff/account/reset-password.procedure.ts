import { passwordFromLinkSchema, passwordResetWords } from "@stepwise/domain";
import { publicProcedure } from "../../core/trpc";
import { choosePasswordFromLink } from "../../services/password-links/choose-password";

/**
 * Public on purpose: the mailed 32-byte token is the credential. Sets a staff member's new
 * password and ends all their sessions; it signs nobody in, and their authenticator app stays.
 */
export const resetPassword = publicProcedure.input(passwordFromLinkSchema).mutation(async ({ ctx, input }) => {
  await choosePasswordFromLink(ctx.db, ctx.audit, { ...input, purpose: "reset", app: "staff", unusable: passwordResetWords.linkUnusable }, new Date());
  return { message: passwordResetWords.changed };
});
