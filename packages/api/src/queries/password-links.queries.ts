import type { Executor } from "@stepwise/db/client";
import { clients, passwordSetupTokens, userSessions, users } from "@stepwise/db/schema";
import { and, eq, gt, isNull, sql } from "drizzle-orm";

/**
 * The links that let someone choose a password (password_setup_tokens): set-up links staff hand a
 * new client, and reset links mailed on request. Only a token's SHA-256 is stored; a link stops
 * working once used, expired, or retired by a newer one (its expiry moved to now).
 */

export type PasswordLinkPurpose = "setup" | "reset";

/** The account an email belongs to, for a reset request; null when none does. */
export async function findAccountByEmail(db: Executor, email: string) {
  const [account] = await db
    .select({ userId: users.id, email: users.email, kind: users.kind, disabledAt: users.disabledAt, clientId: clients.id })
    .from(users)
    .leftJoin(clients, eq(clients.userId, users.id))
    .where(eq(users.email, email));
  return account ?? null;
}

/**
 * The link of this purpose a token's hash opens, locked until the transaction ends, with its
 * account; null when none. A link of the other purpose does not open here: a reset link does not
 * work on the set-up page, nor the reverse.
 */
export async function lockPasswordLink(db: Executor, tokenHash: string, purpose: PasswordLinkPurpose) {
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
    .where(and(eq(passwordSetupTokens.tokenHash, tokenHash), eq(passwordSetupTokens.purpose, purpose)))
    .for("update", { of: passwordSetupTokens });
  return found ?? null;
}

/** Stops the account's links that still work (of one purpose, or all): only a newer one may be used. */
export async function retireOpenPasswordLinks(db: Executor, userId: string, now: Date, purpose?: PasswordLinkPurpose) {
  await db
    .update(passwordSetupTokens)
    // The expiry must stay after the creation (a check constraint), even for a link made this instant.
    .set({ expiresAt: sql`greatest(${passwordSetupTokens.createdAt} + interval '1 millisecond', now())` })
    .where(
      and(
        eq(passwordSetupTokens.userId, userId),
        isNull(passwordSetupTokens.usedAt),
        gt(passwordSetupTokens.expiresAt, now),
        purpose ? eq(passwordSetupTokens.purpose, purpose) : undefined,
      ),
    );
}

/** Stores a reset link's hash; the token itself travels only in the mail. */
export async function insertResetLink(db: Executor, link: { userId: string; tokenHash: string; expiresAt: Date; createdAt: Date }) {
  await db.insert(passwordSetupTokens).values({ ...link, purpose: "reset" });
}

/**
 * Sets the account's password from a link and spends the link. Every other link of the account
 * that still works stops, and every session ends: the session version moves on (so no cookie
 * issued before counts) and the open session rows are closed (so the sessions table tells the
 * truth). Any lock from wrong passwords is lifted. A second factor is left as it was.
 */
export async function setPasswordFromLink(db: Executor, change: { userId: string; tokenId: string; passwordHash: string; now: Date }) {
  const { userId, tokenId, passwordHash, now } = change;
  await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, failedSignInCount: 0, lockedUntil: null })
    .where(eq(users.id, userId));
  await db.update(passwordSetupTokens).set({ usedAt: now }).where(eq(passwordSetupTokens.id, tokenId));
  await retireOpenPasswordLinks(db, userId, now);
  await db
    .update(userSessions)
    .set({ endedAt: now })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
}
