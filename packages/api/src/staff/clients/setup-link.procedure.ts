import { fail } from "../../core/errors";
import { clientRecordProcedure } from "../scopes";
import { retireOpenPasswordLinks } from "../../queries/password-links.queries";
import { lockSetupTokensOf } from "./clients.queries";
import { issuePasswordSetupLink } from "./portal-account.handler";

/**
 * A fresh setup link for a client whose portal account was opened here and never finished.
 * Links handed out before stop working, so only the newest one is live.
 */
export const setupLink = clientRecordProcedure("enrollment.write").mutation(async ({ ctx }) => {
  await ctx.rateLimit("clients.setupLink");
  const { userId } = ctx.client;
  if (!userId) {
    return fail({ kind: "invalid", message: "This client has no portal account. Add an email address when creating the client to open one." });
  }
  const tokens = await lockSetupTokensOf(ctx.db, userId);
  if (tokens.length === 0 || tokens.some((token) => token.used)) {
    return fail({ kind: "invalid", message: "This client's password is already set; they can sign in to the portal with it." });
  }
  const now = new Date();
  await retireOpenPasswordLinks(ctx.db, userId, now);
  return { setupLink: await issuePasswordSetupLink(ctx.db, { userId, createdByUserId: ctx.caller.userId, now }) };
});
