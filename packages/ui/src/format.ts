import { type CalendarDate, type ConsentExpiry, type ConsentReader, consentExpiryWordingFor, formatWeeklyBand } from "@stepwise/domain";

/**
 * Dates, times and words as people read them. Instants are always shown in the program's time zone
 * (never the server's or the browser's), with the zone named, so a 6 pm group reads 6 pm.
 */

const locale = "en-US";

// Building a formatter costs far more than using one (a page of sessions would build dozens):
// each kind is made once per time zone and kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, made);
  }
  return made;
}

const longDate: Intl.DateTimeFormatOptions = { weekday: "long", month: "long", day: "numeric", year: "numeric" };
const mediumDate: Intl.DateTimeFormatOptions = { month: "short", day: "numeric", year: "numeric" };
const dateAndTime: Intl.DateTimeFormatOptions = { ...mediumDate, hour: "numeric", minute: "2-digit", timeZoneName: "short" };
const sessionDay: Intl.DateTimeFormatOptions = { weekday: "short", month: "short", day: "numeric" };
const timeOfDay: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", timeZoneName: "short" };

/** "Monday, March 2, 2026" for a calendar date (no time zone involved). */
export function formatCalendarDate(date: CalendarDate, style: "long" | "medium" = "long"): string {
  const [year, month, day] = date.split("-").map(Number);
  const utc = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return formatter(`date-${style}`, "UTC", style === "long" ? longDate : mediumDate).format(utc);
}

/** "Nov 27, 2026, 9:14 PM EST": an instant's date and time in the program's zone, the zone named. */
export function formatInstant(instant: Date, timeZone: string): string {
  return formatter("date-and-time", timeZone, dateAndTime).format(instant);
}

/** "Mon, Mar 2" in the program's zone. */
export function formatSessionDay(instant: Date, timeZone: string): string {
  return formatter("session-day", timeZone, sessionDay).format(instant);
}

/** "9:00 – 10:30 AM EST" in the program's zone. */
export function formatTimeRange(startsAt: Date, endsAt: Date, timeZone: string): string {
  return formatter("time-range", timeZone, timeOfDay).formatRange(startsAt, endsAt);
}

/** A machine-readable instant for <time dateTime>. */
export function isoInstant(instant: Date): string {
  return instant.toISOString();
}

/** "9:00 AM" from a wall-clock "09:00" or "09:00:00". */
export function formatWallClock(time: string): string {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  const suffix = hours < 12 ? "AM" : "PM";
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}:${String(minutes).padStart(2, "0")} ${suffix}`;
}

const weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** "Mon, Wed, Fri" from ISO weekdays (1 = Monday). */
export function formatWeekdays(weekdays: readonly number[]): string {
  return [...weekdays]
    .sort((a, b) => a - b)
    .map((day) => weekdayNames[day - 1] ?? "")
    .filter(Boolean)
    .join(", ");
}

/** "9–15 hours" for a weekly band in minutes, in the domain's own wording of a band. */
export function formatHourBand(band: { min: number; max: number }): string {
  return `${formatWeeklyBand({ weeklyMinutes: band })} hours`;
}

/**
 * When a consent ends, for whoever reads it, in one date format everywhere: "until Mar 1, 2027",
 * "until my treatment here ends", "until Alex's treatment here ends".
 */
export function formatConsentUntil(expiry: ConsentExpiry, reader: ConsentReader): string {
  return consentExpiryWordingFor(expiry, reader, (date) => formatCalendarDate(date, "medium"));
}

/** "Until March 1, 2027" from "until March 1, 2027": a phrase made to go mid-sentence, starting one. */
export function capitalize(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
