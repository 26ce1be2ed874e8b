import type { ProgramPolicy } from "./program-policy";

export type WeeklyStanding = "under_floor" | "within_band" | "over_band";

/** Where a week's delivered minutes sit against the program's band (both ends inclusive). */
export function weeklyStanding(minutes: number, policy: Pick<ProgramPolicy, "weeklyMinutes">): WeeklyStanding {
  if (minutes < policy.weeklyMinutes.min) return "under_floor";
  if (minutes > policy.weeklyMinutes.max) return "over_band";
  return "within_band";
}
