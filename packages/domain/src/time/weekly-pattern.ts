import { type CalendarDate, type IsoWeekday, addDays, daysBetween, isoWeekdayOf } from "./calendar-date";
import { zonedWallClockToInstant } from "./time-zone";
import { type WallClockTime, minutesSinceMidnight } from "./wall-clock-time";

export interface WeeklyPattern {
  weekdays: readonly IsoWeekday[];
  start: WallClockTime;
  end: WallClockTime;
  timeZone: string;
  /** First calendar date to consider, inclusive. */
  from: CalendarDate;
  /** Last calendar date to consider, inclusive. */
  to: CalendarDate;
}

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

/**
 * Every meeting of a weekly group between two dates, as instants. Each occurrence is built
 * from its own local date and wall-clock time, so a 6 pm group stays at 6 pm local across
 * daylight-saving changes (its UTC instant moves instead).
 */
export function occurrencesOfWeeklyPattern(pattern: WeeklyPattern): Occurrence[] {
  const startMinutes = minutesSinceMidnight(pattern.start);
  const endMinutes = minutesSinceMidnight(pattern.end);
  if (startMinutes === null || endMinutes === null || endMinutes <= startMinutes) {
    throw new RangeError(`A weekly pattern needs HH:MM times with end after start, got ${pattern.start}–${pattern.end}`);
  }
  const weekdays = new Set(pattern.weekdays);
  const occurrences: Occurrence[] = [];
  const dayCount = daysBetween(pattern.from, pattern.to);
  for (let offset = 0; offset <= dayCount; offset++) {
    const date = addDays(pattern.from, offset);
    if (!weekdays.has(isoWeekdayOf(date))) continue;
    occurrences.push({
      startsAt: zonedWallClockToInstant(date, pattern.start, pattern.timeZone),
      endsAt: zonedWallClockToInstant(date, pattern.end, pattern.timeZone),
    });
  }
  return occurrences;
}
