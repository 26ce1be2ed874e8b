import { getDatabase } from "@stepwise/db/client";
import { readCalendarFeed } from "./calendar-feed";

/**
 * For the portal's calendar route: the feed a token opens, read from the process database, or
 * null when the token opens nothing.
 */
export async function calendarFeedFor(token: string, now: Date = new Date()): Promise<string | null> {
  return readCalendarFeed(await getDatabase(), token, now);
}
