import { type AuthApp, mayUseApp } from "@stepwise/auth";
import type { Executor } from "@stepwise/db/client";
import type { Audit } from "../../core/audit";
import { queueMail } from "../../queries/outbox.queries";
import { findAccountByEmail, insertResetLink, retireOpenPasswordLinks } from "../../queries/password-links.queries";
import { appAddress } from "../app-address";
import { newPasswordResetToken, passwordResetPath } from "../tokens";
import { passwordResetMail } from "./reset-mail";

/**
 * Mails a reset link to the account that uses `email`, if one does and it signs in to `app`
 * (clients and family in the portal, staff in the staff app), in the caller's transaction: the link
 * exists exactly when its mail is queued. Earlier reset links of the account stop working. An
 * unknown address, a disabled account or one of the other app's kind gets no mail and no link, and
 * the caller answers all of them the same: the answer must not tell who has an account here.
 */
export async function mailPasswordResetLink(db: Executor, audit: Audit, request: { email: string; app: AuthApp }, now: Date): Promise<void> {
  // Made and hashed before the account is looked up, for an address with no account too: the
  // two answers cost the same work up to the writes.
  const { token, tokenHash, expiresAt } = newPasswordResetToken(now);
  const account = await findAccountByEmail(db, request.email);
  if (!account || account.disabledAt !== null || !mayUseApp(account.kind, request.app)) return;

  await retireOpenPasswordLinks(db, account.userId, now, "reset");
  await insertResetLink(db, { userId: account.userId, tokenHash, expiresAt, createdAt: now });
  await queueMail(db, passwordResetMail({ toEmail: account.email, link: appAddress(request.app, passwordResetPath(token)) }));
  audit({ clients: [account.clientId], resource: { type: "user", id: account.userId } });
}
