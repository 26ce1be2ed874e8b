import { type AuthApp, mayUseApp } from "@stepwise/auth";
import { checkPasswordPolicy, hashPassword } from "@stepwise/auth/password";
import type { Executor } from "@stepwise/db/client";
import { type PasswordFromLink, refusalMessage } from "@stepwise/domain";
import type { Audit } from "../../core/audit";
import { fail } from "../../core/errors";
import { lockPasswordLink, type PasswordLinkPurpose, setPasswordFromLink } from "../../queries/password-links.queries";
import { hashToken } from "../tokens";

/**
 * Chooses an account's password from a single-use link (a set-up or a reset link, for an account of
 * the app it is used in): the link is locked, checked and spent in the same transaction as the new
 * hash, so it works exactly once, and every session of the account ends with it. A link that can't
 * be used is refused in the same words whatever the reason (unknown, used, expired, replaced, or
 * another app's), and audited as denied; a password the policy refuses leaves the link usable.
 *
 * Nobody is signed in here: the person signs in afterwards, second factor and all.
 */
export async function choosePasswordFromLink(
  db: Executor,
  audit: Audit,
  link: PasswordFromLink & { purpose: PasswordLinkPurpose; app: AuthApp; unusable: string },
  now: Date,
): Promise<{ email: string }> {
  const found = await lockPasswordLink(db, hashToken(link.token), link.purpose);
  if (!found || found.usedAt !== null || found.expiresAt <= now || !mayUseApp(found.kind, link.app)) {
    return fail({ kind: "invalid", message: link.unusable }, { resource: { type: "password_setup_token" }, detail: { purpose: link.purpose } });
  }
  const problems = checkPasswordPolicy(link.password, { email: found.email, displayName: found.displayName });
  if (problems.length > 0) {
    fail({ kind: "invalid", message: refusalMessage("Please choose another password.", problems.map((problem) => problem.message)) });
  }
  await setPasswordFromLink(db, { userId: found.userId, tokenId: found.tokenId, passwordHash: await hashPassword(link.password), now });
  // The link proves who this is: the account it belongs to is the one acting.
  audit({ actor: { userId: found.userId, kind: found.kind }, clients: [found.clientId], resource: { type: "user", id: found.userId } });
  return { email: found.email };
}
