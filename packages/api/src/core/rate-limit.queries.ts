import type { Executor } from "@stepwise/db/client";
import { rateLimitWindows } from "@stepwise/db/schema";
import { sql } from "drizzle-orm";

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
