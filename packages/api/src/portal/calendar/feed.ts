import { type Database, getDatabase } from "@stepwise/db/client";
import { calendarFeedRange, calendarFeedText, defaultTimeZone, isCalendarFeedToken } from "@stepwise/domain";
import { withAuditTrail } from "../../core/audit";
import { findClientEpisode } from "../../queries/client-episode.queries";
import { findClientSessions } from "../../queries/client-sessions.queries";
import { findClientSessionScope } from "../../services/client-sessions";
import { hashToken } from "../../services/tokens";
import { findClientByCalendarFeedHash } from "./calendar.queries";

/** The action of a feed read's audit row. */
export const calendarFeedAction = "calendar.feed";

/**
 * The iCalendar text of the feed a token opens, or null for a token that opens nothing (the
 * route answers 404 with no detail). The token is the only credential: calendar apps fetch it
 * without a session. Each read is audited with no actor and the client as subject. Unknown
 * tokens are not audited: anyone can send them, and they name no one.
 */
export async function readCalendarFeed(db: Database, token: string, now: Date): Promise<string | null> {
  if (!isCalendarFeedToken(token)) return null;
  return db.transaction(async (tx) => {
    const clientId = await findClientByCalendarFeedHash(tx, hashToken(token));
    if (!clientId) return null;
    return withAuditTrail(tx, calendarFeedAction, null, async (audit) => {
      // The episode that is open or last ran; a closed referral adds no groups to the feed.
      const episode = (await findClientEpisode(tx, clientId))?.episode ?? null;
      const timeZone = episode?.program.timeZone ?? defaultTimeZone;
      const sessions = await findClientSessions(tx, await findClientSessionScope(tx, clientId, episode, timeZone), calendarFeedRange(now));
      audit({ clients: [clientId], resource: { type: "calendar_feed" }, detail: { events: sessions.length } });
      return calendarFeedText(sessions, now);
    });
  });
}

/** For the portal's calendar route: the feed a token opens, read from the process database, or null. */
export async function calendarFeedFor(token: string, now: Date = new Date()): Promise<string | null> {
  return readCalendarFeed(await getDatabase(), token, now);
}
