import { checkPasswordPolicy, hashPassword } from "@stepwise/auth/password";
import type { Executor } from "@stepwise/db/client";
import { refusalMessage } from "@stepwise/domain";
import type { Audit } from "../../core/audit";
import { fail } from "../../core/errors";
import { lockSetupToken, setFirstPassword } from "./account.queries";
import type { SetPasswordInput } from "./set-password.input";

/** One answer for a link that is unknown, used or expired: it tells nobody which. */
export const setupLinkNotUsable =
  "This link can't be used any more: it may have expired or already been used. Please ask the center's staff for a new one.";

/**
 * Sets an account's first password from a single-use setup token: the token is locked, checked
 * and spent in the same transaction as the new hash, so a link works exactly once. A link that
 * can't be used is refused in the same words whatever the reason, and audited as denied.
 */
export async function setPasswordFromToken(db: Executor, audit: Audit, input: SetPasswordInput, now: Date) {
  const found = await lockSetupToken(db, input.token);
  if (!found || found.usedAt !== null || found.expiresAt <= now) {
    return fail({ kind: "invalid", message: setupLinkNotUsable }, { resource: { type: "password_setup_token" } });
  }
  const problems = checkPasswordPolicy(input.password, { email: found.email, displayName: found.displayName });
  if (problems.length > 0) {
    fail({ kind: "invalid", message: refusalMessage("Please choose another password.", problems.map((problem) => problem.message)) });
  }
  await setFirstPassword(db, { userId: found.userId, tokenId: found.tokenId, passwordHash: await hashPassword(input.password), now });
  // The link proves who this is: the account it belongs to is the one acting.
  audit({ actor: { userId: found.userId, kind: found.kind }, clients: [found.clientId], resource: { type: "user", id: found.userId } });
  return { email: found.email };
}
