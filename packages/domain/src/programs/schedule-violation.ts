import type { IsoWeekday } from "../time/calendar-date";
import type { ScheduleShift } from "../care-levels/track";
import type { TimeWindow, WallClockTime } from "../time/wall-clock-time";

/** Everything that can be wrong with a weekly schedule, each with the numbers behind it. */
export type ScheduleViolation =
  | { kind: "invalid_session"; sessionIndex: number; weekday: number; start: string; end: string }
  | { kind: "end_not_after_start"; sessionIndex: number; weekday: IsoWeekday; start: WallClockTime; end: WallClockTime }
  | {
      kind: "overlapping_sessions";
      weekday: IsoWeekday;
      firstIndex: number;
      secondIndex: number;
      overlapMinutes: number;
    }
  | {
      kind: "outside_track_window";
      sessionIndex: number;
      weekday: IsoWeekday;
      start: WallClockTime;
      end: WallClockTime;
      window: TimeWindow;
      shift: ScheduleShift | null;
    }
  | { kind: "too_few_days"; days: number; min: number }
  | { kind: "too_many_days"; days: number; max: number }
  | { kind: "session_day_minutes_out_of_band"; weekday: IsoWeekday; minutes: number; min: number; max: number }
  | { kind: "weekly_minutes_out_of_band"; minutes: number; min: number; max: number };

export type ScheduleViolationKind = ScheduleViolation["kind"];

const weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export function weekdayName(weekday: number): string {
  return weekdayNames[weekday - 1] ?? `weekday ${weekday}`;
}

/** For staff building schedules: exact, neutral, and naming the numbers. */
export function describeViolation(violation: ScheduleViolation): string {
  switch (violation.kind) {
    case "invalid_session":
      return `Session ${violation.sessionIndex + 1} is not a valid session (weekday ${violation.weekday}, ${violation.start}–${violation.end}); use weekdays 1–7 and HH:MM times.`;
    case "end_not_after_start":
      return `The ${weekdayName(violation.weekday)} session ${violation.start}–${violation.end} ends before it starts.`;
    case "overlapping_sessions":
      return `Two ${weekdayName(violation.weekday)} sessions overlap by ${minutesText(violation.overlapMinutes)}.`;
    case "outside_track_window": {
      const track = violation.shift ? `the ${violation.shift} track's` : "the track's";
      return `The ${weekdayName(violation.weekday)} session ${violation.start}–${violation.end} is outside ${track} hours (${violation.window.start}–${violation.window.end}).`;
    }
    case "too_few_days":
      return `The schedule has ${daysText(violation.days)} a week; the program needs at least ${daysText(violation.min)}.`;
    case "too_many_days":
      return `The schedule has ${daysText(violation.days)} a week; the program allows at most ${daysText(violation.max)}.`;
    case "session_day_minutes_out_of_band":
      return `${weekdayName(violation.weekday)} has ${minutesText(violation.minutes)} of sessions; a session day should be ${minutesText(violation.min)} to ${minutesText(violation.max)}.`;
    case "weekly_minutes_out_of_band":
      return `The week has ${minutesText(violation.minutes)} of sessions; the program's band is ${minutesText(violation.min)} to ${minutesText(violation.max)}.`;
  }
}

function daysText(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

/** '3 h 30 min', '45 min', '4 h'. */
export function minutesText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
