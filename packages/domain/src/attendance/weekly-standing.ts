import type { ProgramPolicy } from "../programs/program-policy";

export type WeeklyStanding = "under_floor" | "within_band" | "over_band";

/** Where a week's delivered minutes sit against the program's band (both ends inclusive). */
export function weeklyStanding(minutes: number, policy: Pick<ProgramPolicy, "weeklyMinutes">): WeeklyStanding {
  if (minutes < policy.weeklyMinutes.min) return "under_floor";
  if (minutes > policy.weeklyMinutes.max) return "over_band";
  return "within_band";
}

export type WeekInProgressStanding = WeeklyStanding | "on_track";

/**
 * The current week, still running. Under the floor so far but with enough sessions still
 * scheduled to reach it is "on track": on a Monday nearly everyone is under the floor, and
 * telling staff so would only bury the clients who really are falling short.
 */
export function weekInProgressStanding(
  minutes: number,
  remainingScheduledMinutes: number,
  policy: Pick<ProgramPolicy, "weeklyMinutes">,
): WeekInProgressStanding {
  const standing = weeklyStanding(minutes, policy);
  const reachable = minutes + remainingScheduledMinutes >= policy.weeklyMinutes.min;
  return standing === "under_floor" && reachable ? "on_track" : standing;
}
