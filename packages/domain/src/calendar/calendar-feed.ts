import { z } from "zod";
import { type CalendarEvent, serializeCalendar } from "./icalendar";

/**
 * The client's calendar subscription. A phone calendar shows events on a lock screen, in
 * notifications and to anyone the calendar is shared with, so the feed tells as little as a
 * reminder needs: "Program session", when, and a room. Never the kind of session, the program,
 * the track or a diagnosis, and never a video link (a link is a way into the session itself).
 */

export const calendarFeedProductId = "-//Stepwise//Client schedule//EN";
export const calendarFeedName = "Stepwise";
export const calendarEventSummary = "Program session";
export const calendarFeedRefreshMinutes = 60;

/** How far back and ahead the feed reaches from the moment it is read. */
export const calendarFeedWindowDays = { back: 14, ahead: 56 } as const;

const msPerDay = 86_400_000;

export function calendarFeedRange(now: Date): { from: Date; to: Date } {
  return {
    from: new Date(now.getTime() - calendarFeedWindowDays.back * msPerDay),
    to: new Date(now.getTime() + calendarFeedWindowDays.ahead * msPerDay),
  };
}

/** 32 random bytes in base64url without padding: exactly 43 characters of [A-Za-z0-9_-]. */
export const calendarFeedTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export function isCalendarFeedToken(value: string): boolean {
  return calendarFeedTokenSchema.safeParse(value).success;
}

/** The words a video-only session gets instead of its link. */
export const calendarVideoLocation = "By video: join from your Stepwise portal";
/** The words a session at the center gets instead of its room. */
export const calendarInPersonLocation = "In person";

/**
 * Only whether the session is in person or by video. A room is staff's free text ("Substance use
 * wing") and can say what the care is for; a video link is a way in. The portal shows both.
 */
export function calendarFeedLocation(session: { location: string | null; videoUrl: string | null }): string | null {
  if (session.location?.trim()) return calendarInPersonLocation;
  return session.videoUrl ? calendarVideoLocation : null;
}

export interface CalendarFeedSession {
  id: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  videoUrl: string | null;
  cancelled: boolean;
}

/** One event per session, with nothing beyond what `calendarFeedLocation` allows. */
export function calendarFeedEvent(session: CalendarFeedSession): CalendarEvent {
  return {
    uid: `${session.id}@stepwise`,
    start: session.startsAt,
    end: session.endsAt,
    summary: calendarEventSummary,
    location: calendarFeedLocation(session),
    cancelled: session.cancelled,
  };
}

/** The feed's iCalendar text for these sessions, written at `now`. */
export function calendarFeedText(sessions: readonly CalendarFeedSession[], now: Date): string {
  return serializeCalendar({
    productId: calendarFeedProductId,
    name: calendarFeedName,
    stamp: now,
    refreshMinutes: calendarFeedRefreshMinutes,
    events: sessions.map(calendarFeedEvent),
  });
}
