import { recordAudit } from "../../audit";
import { fail } from "../../errors";
import { publicProcedure } from "../../trpc";
import { setPasswordInput } from "./set-password.input";
import { setPasswordFromToken, setupLinkNotUsable } from "./set-password.handler";

/**
 * Public on purpose: the person is not signed in yet. The 32-byte token is the credential, and a
 * link that cannot be used answers the same words whatever the reason.
 */
export const setPassword = publicProcedure.input(setPasswordInput).mutation(async ({ ctx, input }) => {
  const result = await ctx.db.transaction((tx) => setPasswordFromToken(tx, input, new Date()));
  if (!result) {
    await recordAudit(ctx.db, null, { action: "account.setPassword", outcome: "denied", resourceType: "password_setup_token" });
    return fail({ kind: "invalid", message: setupLinkNotUsable });
  }
  return { email: result.email };
});
