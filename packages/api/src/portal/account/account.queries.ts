import type { Executor } from "@stepwise/db/client";
import { clients, passwordSetupTokens, users } from "@stepwise/db/schema";
import { eq, sql } from "drizzle-orm";
import { hashToken } from "../../services/tokens";

/** The setup link a token opens, locked until the transaction ends, with its account; null when none. */
export async function lockSetupToken(db: Executor, token: string) {
  const [found] = await db
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
    .where(eq(passwordSetupTokens.tokenHash, hashToken(token)))
    .for("update", { of: passwordSetupTokens });
  return found ?? null;
}

/**
 * Sets the account's password and spends the link. Sessions opened before stop working (the
 * session version moves on), and any lock from wrong passwords is lifted.
 */
export async function setFirstPassword(db: Executor, change: { userId: string; tokenId: string; passwordHash: string; now: Date }) {
  await db
    .update(users)
    .set({ passwordHash: change.passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, failedSignInCount: 0, lockedUntil: null })
    .where(eq(users.id, change.userId));
  await db.update(passwordSetupTokens).set({ usedAt: change.now }).where(eq(passwordSetupTokens.id, change.tokenId));
}
