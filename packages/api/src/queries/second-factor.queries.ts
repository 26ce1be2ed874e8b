import type { Executor } from "@stepwise/db/client";
import { recoveryCodes, totpFactors, userSessions } from "@stepwise/db/schema";
import { and, count, eq, isNull, ne } from "drizzle-orm";

/** The account's authenticator, locked to the end of the request when `lock` (a code is checked and its step kept). */
export async function findSecondFactor(db: Executor, userId: string, options: { lock: boolean }) {
  const query = db
    .select({ encryptedSecret: totpFactors.encryptedSecret, confirmedAt: totpFactors.confirmedAt, lastUsedStep: totpFactors.lastUsedStep })
    .from(totpFactors)
    .where(eq(totpFactors.userId, userId));
  const [factor] = options.lock ? await query.for("update") : await query;
  return factor ?? null;
}

/** Keeps a new, unconfirmed secret for the account, in place of any waiting; never replaces one already confirmed. */
export async function saveSecondFactorSetUp(db: Executor, factor: { userId: string; encryptedSecret: string }) {
  await db
    .insert(totpFactors)
    .values({ ...factor, confirmedAt: null, lastUsedStep: null })
    .onConflictDoUpdate({
      target: totpFactors.userId,
      set: { encryptedSecret: factor.encryptedSecret, lastUsedStep: null, createdAt: new Date() },
      setWhere: isNull(totpFactors.confirmedAt),
    });
}

/** The first code was entered: the authenticator counts from now on, and that code's step is spent. */
export async function confirmSecondFactor(db: Executor, change: { userId: string; step: number; now: Date }) {
  await db.update(totpFactors).set({ confirmedAt: change.now, lastUsedStep: change.step }).where(eq(totpFactors.userId, change.userId));
}

/** A code was accepted: its step (and every earlier one) is never accepted again. */
export async function spendTotpStep(db: Executor, userId: string, step: number) {
  await db.update(totpFactors).set({ lastUsedStep: step }).where(eq(totpFactors.userId, userId));
}

/** The account's recovery codes become these (by hash); the old ones stop working. */
export async function replaceRecoveryCodes(db: Executor, userId: string, hashes: readonly string[]) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (hashes.length > 0) await db.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
}

/**
 * Spends one unused recovery code of the account, by hash; false when there is none. One
 * statement: two requests with the same code each wait for the row, and only the first finds it unused.
 */
export async function spendRecoveryCode(db: Executor, change: { userId: string; codeHash: string; now: Date }) {
  const spent = await db
    .update(recoveryCodes)
    .set({ usedAt: change.now })
    .where(and(eq(recoveryCodes.userId, change.userId), eq(recoveryCodes.codeHash, change.codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return spent.length > 0;
}

export async function countUnusedRecoveryCodes(db: Executor, userId: string) {
  const [row] = await db
    .select({ unused: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.unused ?? 0;
}

/** The session has proven the second factor: from now on it reaches the account's information. */
export async function markSessionSecondFactor(db: Executor, sessionId: string, now: Date) {
  await db.update(userSessions).set({ secondFactorAt: now }).where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
}

/**
 * Ends every open session of the account but `keepSessionId`; how many. The rows are closed rather
 * than the session version moved on, so the session kept goes on working with its cookie.
 */
export async function endOtherSessions(db: Executor, change: { userId: string; keepSessionId: string; now: Date }) {
  const ended = await db
    .update(userSessions)
    .set({ endedAt: change.now })
    .where(and(eq(userSessions.userId, change.userId), ne(userSessions.id, change.keepSessionId), isNull(userSessions.endedAt)))
    .returning({ id: userSessions.id });
  return ended.length;
}

/** Removes the account's authenticator and recovery codes; whether it had an authenticator. */
export async function removeSecondFactor(db: Executor, userId: string) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  const removed = await db.delete(totpFactors).where(eq(totpFactors.userId, userId)).returning({ confirmedAt: totpFactors.confirmedAt });
  return removed.some((factor) => factor.confirmedAt !== null);
}
