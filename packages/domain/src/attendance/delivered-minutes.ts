import type { AttendanceStatus } from "./attendance-status";
import { type CalendarDate, mondayOf } from "../time/calendar-date";
import { instantToZonedDate } from "../time/time-zone";

export interface AttendanceRecord {
  startsAt: Date;
  status: AttendanceStatus;
  minutesAttended: number;
}

/** Present, late and left-early all count, as long as some time was actually spent in session. */
export function countsAsAttended(record: Pick<AttendanceRecord, "status" | "minutesAttended">): boolean {
  return record.status !== "absent" && record.status !== "excused" && record.minutesAttended > 0;
}

export interface DayTotal {
  date: CalendarDate;
  minutes: number;
  sessionsAttended: number;
}

export interface WeekTotal {
  /** The Monday the week starts on, in the program's time zone. */
  weekStart: CalendarDate;
  minutes: number;
  daysAttended: number;
}

export interface DeliveredMinutes {
  /** Every local day with a record, oldest first; payers count IOP per day of attendance. */
  byDay: DayTotal[];
  /** Every Monday–Sunday week with a record, oldest first. */
  byWeek: WeekTotal[];
}

/**
 * Minutes delivered per local day and per week. A session belongs to the local date it starts
 * on in `timeZone` (a 7 pm Sunday group in New York is Sunday, not Monday UTC). Days and weeks
 * with only absences appear with 0 minutes, so a shortfall shows rather than disappears.
 * Results are arrays, not Maps, so they cross the API as plain JSON.
 */
export function deliveredMinutes(records: readonly AttendanceRecord[], timeZone: string): DeliveredMinutes {
  const days = new Map<CalendarDate, DayTotal>();
  for (const record of records) {
    const date = instantToZonedDate(record.startsAt, timeZone);
    const day = days.get(date) ?? { date, minutes: 0, sessionsAttended: 0 };
    if (countsAsAttended(record)) {
      day.minutes += record.minutesAttended;
      day.sessionsAttended += 1;
    }
    days.set(date, day);
  }
  const byDay = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));

  const weeks = new Map<CalendarDate, WeekTotal>();
  for (const day of byDay) {
    const weekStart = mondayOf(day.date);
    const week = weeks.get(weekStart) ?? { weekStart, minutes: 0, daysAttended: 0 };
    week.minutes += day.minutes;
    if (day.minutes > 0) week.daysAttended += 1;
    weeks.set(weekStart, week);
  }
  return { byDay, byWeek: [...weeks.values()] };
}
