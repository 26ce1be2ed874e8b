import { z } from "zod";
import { type CareLevel, careLevelSchema } from "../care-levels/care-level";
import { careLevelDefinitions, weeklyMinutesBoundsOf } from "../care-levels/care-level-definitions";
import { type IntRange, intRangeSchema } from "../common/range";
import { untrimmedTextSchema } from "../common/text";
import { defaultTimeZone, isValidTimeZone } from "../time/time-zone";

/** How one program at one level runs. Every number is the center's policy, within the level's rules. */
export interface ProgramPolicy {
  level: CareLevel;
  weeklyMinutes: IntRange;
  daysPerWeek: IntRange;
  /** Scheduled minutes on a day the client attends. */
  sessionDayMinutes: IntRange;
  /** Missed sessions in a row (unexcused) after which staff reach out. */
  consecutiveAbsencesForOutreach: number;
  /** IANA zone where the schedule's wall-clock times are read and weeks start on Monday. */
  timeZone: string;
}

export const defaultConsecutiveAbsencesForOutreach = 2;

export function defaultProgramPolicy(level: CareLevel): ProgramPolicy {
  const definition = careLevelDefinitions[level];
  return {
    level,
    weeklyMinutes: { ...definition.defaultWeeklyMinutes },
    daysPerWeek: { ...definition.defaultDaysPerWeek },
    sessionDayMinutes: { ...definition.defaultSessionDayMinutes },
    consecutiveAbsencesForOutreach: defaultConsecutiveAbsencesForOutreach,
    timeZone: defaultTimeZone,
  };
}

/** The policy a program's settings stand for: its band and zone, the level's defaults for the rest. */
export function programPolicyFromSettings(settings: { level: CareLevel; weeklyMinutes: IntRange; timeZone: string }): ProgramPolicy {
  return { ...defaultProgramPolicy(settings.level), weeklyMinutes: { ...settings.weeklyMinutes }, timeZone: settings.timeZone };
}

/** What a program stores of its policy: the level, the zone and the weekly band. */
export interface StoredProgramBand {
  level: CareLevel;
  timeZone: string;
  minWeeklyMinutes: number;
  maxWeeklyMinutes: number;
}

/** A program row's stored policy, completed with the level's defaults for what it does not store. */
export function programPolicyOf(program: StoredProgramBand): ProgramPolicy {
  return programPolicyFromSettings({
    level: program.level,
    weeklyMinutes: { min: program.minWeeklyMinutes, max: program.maxWeeklyMinutes },
    timeZone: program.timeZone,
  });
}

/** Shape only; the level's rules are checked by validateProgramPolicy so they come back typed. */
export const programPolicySchema = z.object({
  level: careLevelSchema,
  weeklyMinutes: intRangeSchema,
  daysPerWeek: intRangeSchema,
  sessionDayMinutes: intRangeSchema,
  consecutiveAbsencesForOutreach: z.number().int().min(1).default(defaultConsecutiveAbsencesForOutreach),
  timeZone: untrimmedTextSchema.min(1).default(defaultTimeZone),
});
export type ProgramPolicyInput = z.input<typeof programPolicySchema>;

export type PolicyViolation =
  | { kind: "range_reversed"; field: "weeklyMinutes" | "daysPerWeek" | "sessionDayMinutes"; min: number; max: number }
  | { kind: "weekly_minutes_under_regulatory_floor"; level: CareLevel; min: number; floor: number }
  | { kind: "weekly_minutes_over_level_ceiling"; level: CareLevel; max: number; ceiling: number }
  | { kind: "days_per_week_out_of_range"; min: number; max: number }
  | { kind: "session_day_minutes_out_of_range"; min: number; max: number }
  | { kind: "weekly_band_unreachable"; weeklyMin: number; mostSchedulable: number }
  | { kind: "weekly_band_always_exceeded"; weeklyMax: number; leastSchedulable: number }
  | { kind: "outreach_threshold_invalid"; value: number }
  | { kind: "unknown_time_zone"; timeZone: string };

const minutesPerDay = 24 * 60;

/**
 * The level's rules that a program's policy must keep. Returns every problem at once (empty
 * when the policy is sound) so a settings form can show them all.
 */
export function validateProgramPolicy(policy: ProgramPolicy): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  const ranges = ["weeklyMinutes", "daysPerWeek", "sessionDayMinutes"] as const;
  for (const field of ranges) {
    const { min, max } = policy[field];
    if (min > max) violations.push({ kind: "range_reversed", field, min, max });
  }

  const definition = careLevelDefinitions[policy.level];
  const floor = definition.regulatoryFloorWeeklyMinutes;
  if (floor !== null && policy.weeklyMinutes.min < floor) {
    violations.push({
      kind: "weekly_minutes_under_regulatory_floor",
      level: policy.level,
      min: policy.weeklyMinutes.min,
      floor,
    });
  }
  const ceiling = weeklyMinutesBoundsOf(policy.level).max;
  if (policy.weeklyMinutes.max > ceiling) {
    violations.push({ kind: "weekly_minutes_over_level_ceiling", level: policy.level, max: policy.weeklyMinutes.max, ceiling });
  }

  const { daysPerWeek, sessionDayMinutes, weeklyMinutes } = policy;
  if (!isIntIn(daysPerWeek.min, 1, 7) || !isIntIn(daysPerWeek.max, 1, 7)) {
    violations.push({ kind: "days_per_week_out_of_range", ...daysPerWeek });
  }
  // Under 24 hours a day: round-the-clock care is residential, which this product does not run.
  if (!isIntIn(sessionDayMinutes.min, 1, minutesPerDay - 1) || !isIntIn(sessionDayMinutes.max, 1, minutesPerDay - 1)) {
    violations.push({ kind: "session_day_minutes_out_of_range", ...sessionDayMinutes });
  }

  // A band no schedule can meet would flag every client every week.
  const mostSchedulable = daysPerWeek.max * sessionDayMinutes.max;
  if (mostSchedulable < weeklyMinutes.min) {
    violations.push({ kind: "weekly_band_unreachable", weeklyMin: weeklyMinutes.min, mostSchedulable });
  }
  const leastSchedulable = daysPerWeek.min * sessionDayMinutes.min;
  if (leastSchedulable > weeklyMinutes.max) {
    violations.push({ kind: "weekly_band_always_exceeded", weeklyMax: weeklyMinutes.max, leastSchedulable });
  }

  if (!Number.isInteger(policy.consecutiveAbsencesForOutreach) || policy.consecutiveAbsencesForOutreach < 1) {
    violations.push({ kind: "outreach_threshold_invalid", value: policy.consecutiveAbsencesForOutreach });
  }
  if (!isValidTimeZone(policy.timeZone)) {
    violations.push({ kind: "unknown_time_zone", timeZone: policy.timeZone });
  }
  return violations;
}

function isIntIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

export function describePolicyViolation(violation: PolicyViolation): string {
  switch (violation.kind) {
    case "range_reversed":
      return `${fieldLabels[violation.field]}: the minimum (${violation.min}) is greater than the maximum (${violation.max}).`;
    case "weekly_minutes_under_regulatory_floor":
      return `${careLevelDefinitions[violation.level].shortLabel} needs at least ${hours(violation.floor)} a week; this band starts at ${hours(violation.min)}.`;
    case "weekly_minutes_over_level_ceiling":
      return `${careLevelDefinitions[violation.level].shortLabel} allows at most ${hours(violation.ceiling)} a week; this band goes to ${hours(violation.max)}.`;
    case "days_per_week_out_of_range":
      return `Days per week must be between 1 and 7 (got ${violation.min}–${violation.max}).`;
    case "session_day_minutes_out_of_range":
      return `Minutes per session day must be between 1 and ${minutesPerDay - 1} (got ${violation.min}–${violation.max}).`;
    case "weekly_band_unreachable":
      return `No schedule can reach the weekly minimum of ${hours(violation.weeklyMin)}: the most days times the longest day is ${hours(violation.mostSchedulable)}.`;
    case "weekly_band_always_exceeded":
      return `Every schedule exceeds the weekly maximum of ${hours(violation.weeklyMax)}: the fewest days times the shortest day is ${hours(violation.leastSchedulable)}.`;
    case "outreach_threshold_invalid":
      return `Outreach must follow at least one missed session (got ${violation.value}).`;
    case "unknown_time_zone":
      return `"${violation.timeZone}" is not a time zone this system knows (use a name such as America/New_York).`;
  }
}

const fieldLabels = {
  weeklyMinutes: "Weekly minutes",
  daysPerWeek: "Days per week",
  sessionDayMinutes: "Minutes per session day",
} as const;

/** Staff-facing: exact minutes matter to them, so show both. */
function hours(minutes: number): string {
  const whole = minutes / 60;
  return Number.isInteger(whole) ? `${whole} h` : `${minutes} min`;
}

/**
 * For forms and the API: the shape plus every rule of validateProgramPolicy, each reported as
 * an issue whose message is describePolicyViolation's and whose params carry the violation.
 */
export const validProgramPolicySchema = programPolicySchema.superRefine((policy, ctx) => {
  for (const violation of validateProgramPolicy(policy)) {
    ctx.addIssue({ code: "custom", message: describePolicyViolation(violation), path: pathOf(violation), params: { violation } });
  }
});

function pathOf(violation: PolicyViolation): string[] {
  switch (violation.kind) {
    case "range_reversed":
      return [violation.field];
    case "weekly_minutes_under_regulatory_floor":
    case "weekly_minutes_over_level_ceiling":
    case "weekly_band_unreachable":
    case "weekly_band_always_exceeded":
      return ["weeklyMinutes"];
    case "days_per_week_out_of_range":
      return ["daysPerWeek"];
    case "session_day_minutes_out_of_range":
      return ["sessionDayMinutes"];
    case "outreach_threshold_invalid":
      return ["consecutiveAbsencesForOutreach"];
    case "unknown_time_zone":
      return ["timeZone"];
  }
}
