import { checkPasswordPolicy, hashPassword } from "@stepwise/auth/password";
import type { Transaction } from "@stepwise/db/client";
import { clients, passwordSetupTokens, users } from "@stepwise/db/schema";
import { refusalMessage } from "@stepwise/domain";
import { eq, sql } from "drizzle-orm";
import { recordAudit } from "../../audit";
import { fail } from "../../errors";
import { hashPasswordSetupToken } from "../../password-setup-token";

/** One answer for a link that is unknown, used or expired: it tells nobody which. */
export const setupLinkNotUsable =
  "This link can't be used any more: it may have expired or already been used. Please ask the center's staff for a new one.";

/**
 * Sets an account's first password from a single-use setup token: the token is locked, checked
 * and spent in the same transaction as the new hash, so a link works exactly once. Sessions
 * opened before stop working (the session version moves on).
 */
export async function setPasswordFromToken(tx: Transaction, input: { token: string; password: string }, now: Date) {
  const [found] = await tx
    .select({
      tokenId: passwordSetupTokens.id,
      expiresAt: passwordSetupTokens.expiresAt,
      usedAt: passwordSetupTokens.usedAt,
      userId: users.id,
      kind: users.kind,
      email: users.email,
      displayName: users.displayName,
      clientId: clients.id,
    })
    .from(passwordSetupTokens)
    .innerJoin(users, eq(users.id, passwordSetupTokens.userId))
    .leftJoin(clients, eq(clients.userId, users.id))
    .where(eq(passwordSetupTokens.tokenHash, hashPasswordSetupToken(input.token)))
    .for("update", { of: passwordSetupTokens });
  if (!found || found.usedAt !== null || found.expiresAt <= now) return null;

  const problems = checkPasswordPolicy(input.password, { email: found.email, displayName: found.displayName });
  if (problems.length > 0) {
    fail({ kind: "invalid", message: refusalMessage("Please choose another password.", problems.map((problem) => problem.message)) });
  }
  const passwordHash = await hashPassword(input.password);
  await tx
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, failedSignInCount: 0, lockedUntil: null })
    .where(eq(users.id, found.userId));
  await tx.update(passwordSetupTokens).set({ usedAt: now }).where(eq(passwordSetupTokens.id, found.tokenId));
  await recordAudit(tx, { userId: found.userId, kind: found.kind }, {
    action: "account.setPassword",
    outcome: "allowed",
    subjectClientId: found.clientId,
    resourceType: "user",
    resourceId: found.userId,
  });
  return { email: found.email };
}
