import type { Executor } from "@stepwise/db/client";
import { clients, users } from "@stepwise/db/schema";
import { and, eq, isNotNull, isNull } from "drizzle-orm";

/** Whether the client has a calendar link; the client id comes from the caller's scope. */
export async function hasCalendarFeed(db: Executor, clientId: string): Promise<boolean | null> {
  const [row] = await db
    .select({ hash: clients.calendarFeedTokenHash })
    .from(clients)
    .where(eq(clients.id, clientId))
    .limit(1);
  return row ? row.hash !== null : null;
}

/**
 * Sets the stored hash only when the client is in the expected state (no link yet, or a link to
 * replace), in one statement, so two clicks at once cannot both succeed. True when it was set.
 */
export async function replaceCalendarFeedHash(
  db: Executor,
  clientId: string,
  expect: "none" | "existing" | "any",
  hash: string | null,
): Promise<boolean> {
  const state =
    expect === "none"
      ? isNull(clients.calendarFeedTokenHash)
      : expect === "existing"
        ? isNotNull(clients.calendarFeedTokenHash)
        : undefined;
  const updated = await db
    .update(clients)
    .set({ calendarFeedTokenHash: hash })
    .where(and(eq(clients.id, clientId), state))
    .returning({ id: clients.id });
  return updated.length > 0;
}

/**
 * The client a feed token belongs to. A disabled account's feed stops with the account; a client
 * without a portal account never had a link to begin with.
 */
export async function findClientByCalendarFeedHash(db: Executor, hash: string): Promise<string | null> {
  const [row] = await db
    .select({ id: clients.id })
    .from(clients)
    .innerJoin(users, eq(users.id, clients.userId))
    .where(and(eq(clients.calendarFeedTokenHash, hash), isNull(users.disabledAt)))
    .limit(1);
  return row?.id ?? null;
}
