import { z } from "zod";
import { type IsoWeekday, isoWeekdaySchema } from "../time/calendar-date";
import type { ProgramPolicy } from "./program-policy";
import { describeViolation, type ScheduleViolation } from "./schedule-violation";
import { type ScheduleShift, scheduleShiftSchema } from "../care-levels/track";
import { validateWeeklySchedule } from "./validate-weekly-schedule";
import { type WallClockTime, minutesSinceMidnight, wallClockTimeSchema } from "../time/wall-clock-time";
import { singleLineTextSchema } from "../common/text";

/** A set of ISO weekdays, each once, Monday first. */
export const weekdaySetSchema = z
  .array(isoWeekdaySchema, { message: "Choose the days of the week." })
  .min(1, { message: "Choose at least one day of the week." })
  .refine((days) => new Set(days).size === days.length, { message: "Each day is listed once." })
  .transform((days) => [...days].sort((a, b) => a - b));

/** Wall-clock hours that end after they start; the message sits on the end time. */
export function endsAfterStart(times: { startTime: WallClockTime; endTime: WallClockTime }): boolean {
  const start = minutesSinceMidnight(times.startTime);
  const end = minutesSinceMidnight(times.endTime);
  return start === null || end === null || end > start;
}

/** A schedule option as staff add or edit it: its shift, name, days and wall-clock hours. */
export const scheduleOptionInputSchema = z
  .object({
    shift: scheduleShiftSchema,
    name: singleLineTextSchema.min(1, { message: "Give the schedule option a name." }).max(80, { message: "A name is at most 80 characters." }),
    weekdays: weekdaySetSchema,
    startTime: wallClockTimeSchema,
    endTime: wallClockTimeSchema,
  })
  .refine(endsAfterStart, { message: "The end time must be after the start time.", path: ["endTime"] });

export type ScheduleOptionInput = z.input<typeof scheduleOptionInputSchema>;

export interface ScheduleOptionPattern {
  name: string;
  shift: ScheduleShift;
  weekdays: readonly IsoWeekday[];
  startTime: WallClockTime;
  endTime: WallClockTime;
}

/**
 * How a schedule option breaks its program's policy: a client following it every week must
 * land within the band (days, hours per session day, hours per week) and the shift's hours.
 */
export function scheduleOptionViolations(
  option: ScheduleOptionPattern,
  policy: Pick<ProgramPolicy, "weeklyMinutes" | "daysPerWeek" | "sessionDayMinutes">,
): ScheduleViolation[] {
  return validateWeeklySchedule({
    policy,
    shift: option.shift,
    sessions: option.weekdays.map((weekday) => ({ weekday, start: option.startTime, end: option.endTime })),
  });
}

/** Every reason, in plain words and naming the option, why the options break the policy. */
export function describeScheduleOptionsAgainstPolicy(
  options: readonly ScheduleOptionPattern[],
  policy: Pick<ProgramPolicy, "weeklyMinutes" | "daysPerWeek" | "sessionDayMinutes">,
): string[] {
  return options.flatMap((option) =>
    scheduleOptionViolations(option, policy).map((violation) => `${option.name}: ${describeViolation(violation)}`),
  );
}
