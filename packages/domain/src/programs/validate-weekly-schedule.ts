import type { IsoWeekday } from "../time/calendar-date";
import type { ProgramPolicy } from "./program-policy";
import type { ScheduleViolation } from "./schedule-violation";
import { type ScheduleShift, defaultShiftWindows } from "../care-levels/track";
import { type TimeWindow, minutesSinceMidnight } from "../time/wall-clock-time";
import { type ScheduledSession, isWeekday, minutesByWeekday } from "./weekly-schedule";

export interface WeeklyScheduleInput {
  policy: Pick<ProgramPolicy, "weeklyMinutes" | "daysPerWeek" | "sessionDayMinutes">;
  /** The track's shift; its default window applies unless `window` is given. */
  shift?: ScheduleShift;
  /** The track's own hours; wins over `shift`. Without either, no window is checked. */
  window?: TimeWindow;
  sessions: readonly ScheduledSession[];
}

/**
 * Every way the schedule breaks the program's rules; an empty list means it is sound. Rule
 * breaks are data, not exceptions: a form shows them all at once and the API maps them once.
 * Minutes per day count overlapping sessions once, and unusable sessions count for nothing.
 */
export function validateWeeklySchedule(input: WeeklyScheduleInput): ScheduleViolation[] {
  const { policy, sessions } = input;
  const window = input.window ?? (input.shift ? defaultShiftWindows[input.shift] : null);
  const violations: ScheduleViolation[] = [];

  const usable: Array<{ index: number; weekday: IsoWeekday; start: number; end: number }> = [];
  sessions.forEach((session, index) => {
    const start = minutesSinceMidnight(session.start);
    const end = minutesSinceMidnight(session.end);
    if (start === null || end === null || !isWeekday(session.weekday)) {
      violations.push({ kind: "invalid_session", sessionIndex: index, weekday: session.weekday, start: session.start, end: session.end });
      return;
    }
    if (end <= start) {
      violations.push({ kind: "end_not_after_start", sessionIndex: index, ...session });
      return;
    }
    usable.push({ index, weekday: session.weekday, start, end });
  });

  if (window) {
    const windowStart = minutesSinceMidnight(window.start);
    const windowEnd = minutesSinceMidnight(window.end);
    if (windowStart !== null && windowEnd !== null) {
      for (const session of usable) {
        if (session.start < windowStart || session.end > windowEnd) {
          const original = sessions[session.index]!;
          violations.push({
            kind: "outside_track_window",
            sessionIndex: session.index,
            weekday: session.weekday,
            start: original.start,
            end: original.end,
            window,
            shift: input.window ? null : (input.shift ?? null),
          });
        }
      }
    }
  }

  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i]!;
      const b = usable[j]!;
      if (a.weekday !== b.weekday) continue;
      const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      // Back-to-back groups (one ends 10:30, the next starts 10:30) do not overlap.
      if (overlap > 0) {
        violations.push({ kind: "overlapping_sessions", weekday: a.weekday, firstIndex: a.index, secondIndex: b.index, overlapMinutes: overlap });
      }
    }
  }

  const perDay = minutesByWeekday(sessions);
  const days = perDay.size;
  if (days < policy.daysPerWeek.min) violations.push({ kind: "too_few_days", days, min: policy.daysPerWeek.min });
  if (days > policy.daysPerWeek.max) violations.push({ kind: "too_many_days", days, max: policy.daysPerWeek.max });

  let weeklyMinutes = 0;
  for (const [weekday, minutes] of perDay) {
    weeklyMinutes += minutes;
    const band = policy.sessionDayMinutes;
    if (minutes < band.min || minutes > band.max) {
      violations.push({ kind: "session_day_minutes_out_of_band", weekday, minutes, min: band.min, max: band.max });
    }
  }
  const weeklyBand = policy.weeklyMinutes;
  if (weeklyMinutes < weeklyBand.min || weeklyMinutes > weeklyBand.max) {
    violations.push({ kind: "weekly_minutes_out_of_band", minutes: weeklyMinutes, min: weeklyBand.min, max: weeklyBand.max });
  }
  return violations;
}

/** Total scheduled minutes in the week (overlaps counted once). */
export function scheduledWeeklyMinutes(sessions: readonly ScheduledSession[]): number {
  let total = 0;
  for (const minutes of minutesByWeekday(sessions).values()) total += minutes;
  return total;
}
