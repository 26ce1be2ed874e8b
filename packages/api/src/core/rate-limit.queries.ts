import type { Executor } from "@stepwise/db/client";
import { rateLimitWindows } from "@stepwise/db/schema";
import { and, eq, gt, lt, sql } from "drizzle-orm";

/**
 * Counts one use in its window and answers how many the window holds now, in one statement: two
 * requests at the same instant each get their own count (the upsert takes the row's lock), so a
 * burst cannot slip in between a read and a write.
 */
export async function countRateLimitUse(db: Pick<Executor, "insert">, use: { action: string; subject: string; windowStart: Date }): Promise<number> {
  const [window] = await db
    .insert(rateLimitWindows)
    .values({ ...use, uses: 1 })
    .onConflictDoUpdate({
      target: [rateLimitWindows.action, rateLimitWindows.subject, rateLimitWindows.windowStart],
      set: { uses: sql`${rateLimitWindows.uses} + 1` },
    })
    .returning({ uses: rateLimitWindows.uses });
  return window?.uses ?? 1;
}

/**
 * Gives one use back to its window: for a limit that counts only what failed, a use is counted
 * first and given back once the request knows it succeeded. A window left with none is deleted (a
 * window holds at least one use). In the request's transaction, after its savepoint, so a request
 * that then fails keeps the use.
 */
export async function giveBackRateLimitUse(db: Pick<Executor, "update" | "delete">, use: { action: string; subject: string; windowStart: Date }): Promise<void> {
  const window = and(
    eq(rateLimitWindows.action, use.action),
    eq(rateLimitWindows.subject, use.subject),
    eq(rateLimitWindows.windowStart, use.windowStart),
  );
  await db.delete(rateLimitWindows).where(and(window, eq(rateLimitWindows.uses, 1)));
  await db
    .update(rateLimitWindows)
    .set({ uses: sql`${rateLimitWindows.uses} - 1` })
    .where(and(window, gt(rateLimitWindows.uses, 1)));
}

/**
 * Marks the request's transaction just after a counted use: `undoSinceCountedUses` then undoes what
 * came after it, keeping the count (and its window's lock, to the commit). Marked again after each
 * use, and rolled back to the latest, every use stays.
 */
export async function markCountedUses(tx: Pick<Executor, "execute">): Promise<void> {
  await tx.execute(sql`savepoint counted_rate_limits`);
}

/** Undoes what the request did since its last counted use (a failed statement included). */
export async function undoSinceCountedUses(tx: Pick<Executor, "execute">): Promise<void> {
  await tx.execute(sql`rollback to savepoint counted_rate_limits`);
}

/** Deletes the windows that began before `before`; answers how many there were. */
export async function deleteRateLimitWindowsBefore(db: Pick<Executor, "delete">, before: Date): Promise<number> {
  const deleted = await db.delete(rateLimitWindows).where(lt(rateLimitWindows.windowStart, before)).returning({ action: rateLimitWindows.action });
  return deleted.length;
}
