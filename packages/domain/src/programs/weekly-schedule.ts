import { z } from "zod";
import { type IsoWeekday, isoWeekdaySchema } from "../time/calendar-date";
import { scheduleShiftSchema } from "../care-levels/track";
import { type WallClockTime, minutesSinceMidnight, timeWindowSchema, wallClockTimeSchema } from "../time/wall-clock-time";

/** One recurring session in a client's week, in the program's local wall-clock time. */
export interface ScheduledSession {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: IsoWeekday;
  start: WallClockTime;
  end: WallClockTime;
}

/** Shape only: end-before-start and the like come back from validateWeeklySchedule as violations. */
export const scheduledSessionSchema = z.object({
  weekday: isoWeekdaySchema,
  start: wallClockTimeSchema,
  end: wallClockTimeSchema,
});

/** A weekly schedule as a form or the API sends it; the policy comes from the program. */
export const weeklyScheduleSchema = z.object({
  shift: scheduleShiftSchema.optional(),
  window: timeWindowSchema.optional(),
  sessions: z.array(scheduledSessionSchema),
});

/** Minutes of each weekday covered by the sessions (overlaps counted once); skips unusable sessions. */
export function minutesByWeekday(sessions: readonly ScheduledSession[]): Map<IsoWeekday, number> {
  const spansByDay = new Map<IsoWeekday, Array<[number, number]>>();
  for (const session of sessions) {
    const start = minutesSinceMidnight(session.start);
    const end = minutesSinceMidnight(session.end);
    if (start === null || end === null || end <= start || !isWeekday(session.weekday)) continue;
    const spans = spansByDay.get(session.weekday) ?? [];
    spans.push([start, end]);
    spansByDay.set(session.weekday, spans);
  }
  const minutes = new Map<IsoWeekday, number>();
  for (const [weekday, spans] of [...spansByDay].sort(([a], [b]) => a - b)) {
    minutes.set(weekday, coveredMinutes(spans));
  }
  return minutes;
}

/** Length of the union of half-open spans: two groups 9–12 and 11–13 fill 4 hours, not 5. */
function coveredMinutes(spans: Array<[number, number]>): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = -1;
  for (const [start, end] of sorted) {
    const from = Math.max(start, reach);
    if (end > from) total += end - from;
    reach = Math.max(reach, end);
  }
  return total;
}

export function isWeekday(value: number): value is IsoWeekday {
  return Number.isInteger(value) && value >= 1 && value <= 7;
}
