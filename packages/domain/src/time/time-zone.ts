import { tzOffset } from "@date-fns/tz";
import { z } from "zod";
import { type CalendarDate, addDays, calendarDateParts, mondayOf } from "./calendar-date";
import { type WallClockTime, minutesSinceMidnight } from "./wall-clock-time";

/** Where the center is: schedules are wall-clock times there; stored instants are UTC. */
export const defaultTimeZone = "America/New_York";

const knownTimeZones = new Map<string, boolean>();

/** True for a zone this runtime's Intl knows (IANA names such as 'America/Chicago', or 'UTC'). */
export function isValidTimeZone(timeZone: string): boolean {
  const known = knownTimeZones.get(timeZone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    valid = timeZone.length > 0;
  } catch {
    valid = false;
  }
  knownTimeZones.set(timeZone, valid);
  return valid;
}

export const timeZoneSchema = z.string().refine(isValidTimeZone, { message: "Unknown time zone" });

function requireTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
}

/** Offset from UTC in minutes at that instant (New York in winter: -300). */
function offsetAt(timeZone: string, epochMs: number): number {
  return tzOffset(timeZone, new Date(epochMs));
}

const msPerMinute = 60_000;
const msPerDay = 86_400_000;

/**
 * The instant at which clocks in `timeZone` show `date` `time`.
 *
 * Two wall-clock readings are not one instant each, and both are resolved the way people
 * experience them:
 * - in the spring-forward gap (02:30 on 2026-03-08 in New York never happens) the time moves
 *   forward by the gap: 03:30 EDT;
 * - in the fall-back overlap (01:30 on 2026-11-01 happens twice) the first one wins: 01:30 EDT.
 * Throws RangeError on a malformed date, time or zone: those are programming errors, not rules.
 */
export function zonedWallClockToInstant(date: CalendarDate, time: WallClockTime, timeZone: string): Date {
  requireTimeZone(timeZone);
  const { year, month, day } = calendarDateParts(date);
  const minutes = minutesSinceMidnight(time);
  if (minutes === null) throw new RangeError(`Not a wall-clock time (HH:MM): ${JSON.stringify(time)}`);
  // The wall-clock reading as if it were UTC; the real instant is this minus the zone's offset.
  const asIfUtc = Date.UTC(year, month - 1, day) + minutes * msPerMinute;
  const offsetBefore = offsetAt(timeZone, asIfUtc - msPerDay);
  const offsetAfter = offsetAt(timeZone, asIfUtc + msPerDay);
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => asIfUtc - offset * msPerMinute)
    .filter((instant) => asIfUtc - offsetAt(timeZone, instant) * msPerMinute === instant)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  // No candidate means the reading falls in a gap; the pre-gap offset lands just past it.
  return new Date(earliest ?? asIfUtc - offsetBefore * msPerMinute);
}

/** The instant's wall-clock reading in the zone, as UTC fields of a shifted Date. */
function shiftedToZone(instant: Date, timeZone: string): Date {
  requireTimeZone(timeZone);
  const epochMs = instant.getTime();
  if (Number.isNaN(epochMs)) throw new RangeError("Invalid Date");
  return new Date(epochMs + offsetAt(timeZone, epochMs) * msPerMinute);
}

/** The calendar date the instant falls on in the zone. */
export function instantToZonedDate(instant: Date, timeZone: string): CalendarDate {
  return shiftedToZone(instant, timeZone).toISOString().slice(0, 10);
}

/** The wall-clock time ('HH:MM') the instant shows in the zone; seconds are dropped. */
export function instantToZonedTime(instant: Date, timeZone: string): WallClockTime {
  return shiftedToZone(instant, timeZone).toISOString().slice(11, 16);
}

/**
 * The Monday that starts the week (Monday–Sunday) containing the instant or date, in the
 * program's time zone: a Sunday-evening session in New York is still that week even though
 * it is Monday in UTC. A calendar date is already local, so the zone only matters for instants.
 */
export function weekStartOf(value: Date | CalendarDate, timeZone: string): CalendarDate {
  const localDate = typeof value === "string" ? value : instantToZonedDate(value, timeZone);
  return mondayOf(localDate);
}

/**
 * The instants a program week covers, half-open: from local midnight on its Monday to local
 * midnight on the next Monday, in the program's zone. Not always seven times 24 hours: a week with
 * a change of clocks is an hour shorter or longer. `weekStart` may be any day of the week.
 */
export function weekBounds(weekStart: CalendarDate, timeZone: string): { from: Date; to: Date } {
  const monday = mondayOf(weekStart);
  return {
    from: zonedWallClockToInstant(monday, "00:00", timeZone),
    to: zonedWallClockToInstant(addDays(monday, 7), "00:00", timeZone),
  };
}
