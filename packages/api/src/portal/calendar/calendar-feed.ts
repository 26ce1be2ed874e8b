import type { Database } from "@stepwise/db/client";
import { calendarFeedRange, calendarFeedText, defaultTimeZone, isCalendarFeedToken } from "@stepwise/domain";
import { recordAudit } from "../../audit";
import { findClientSessionScope } from "../client-session";
import { findClientSessions } from "../client-sessions.queries";
import { findPortalEnrollment } from "../portal-enrollment.queries";
import { hashCalendarFeedToken } from "./calendar-token";
import { findClientByCalendarFeedHash } from "./calendar.queries";

/**
 * The iCalendar text of the feed a token opens, or null for a token that opens nothing (the
 * route answers 404 with no detail). The token is the only credential: calendar apps fetch it
 * without a session. Each read is audited with no actor and the client as subject. Unknown
 * tokens are not audited: anyone can send them, and they name no one.
 */
export async function readCalendarFeed(db: Database, token: string, now: Date): Promise<string | null> {
  if (!isCalendarFeedToken(token)) return null;
  const hash = hashCalendarFeedToken(token);
  return db.transaction(async (tx) => {
    const clientId = await findClientByCalendarFeedHash(tx, hash);
    if (!clientId) return null;
    // The episode that is open or last ran; a closed referral adds no groups to the feed.
    const episode = (await findPortalEnrollment(tx, clientId))?.episode ?? null;
    const timeZone = episode?.program.timeZone ?? defaultTimeZone;
    const sessions = await findClientSessions(
      tx,
      await findClientSessionScope(tx, clientId, episode, timeZone),
      calendarFeedRange(now),
    );
    await recordAudit(tx, null, {
      action: "calendar.feed",
      outcome: "allowed",
      subjectClientId: clientId,
      resourceType: "calendar_feed",
      detail: { events: sessions.length },
    });
    return calendarFeedText(sessions, now);
  });
}
