import { careLevelDefinitions } from "./care-level-definitions";
import { formatHours, formatWeeklyBand } from "./client-wording";
import type { ProgramPolicy } from "./program-policy";

/**
 * Earlier weeks and days attended, in the same voice as `describeWeeklyHours`: what happened,
 * stated plainly. A short week is never called missed, failed or behind; staff follow up, not
 * the screen.
 */

/** "1 hour", "1½ hours", "7 hours": rounded down to the half hour like every hour a client reads. */
export function formatHoursPhrase(minutes: number): string {
  const halves = Math.floor(Math.max(0, minutes) / 30);
  return `${formatHours(minutes)} ${halves <= 2 ? "hour" : "hours"}`;
}

/** "You attended 12 hours of your 9–15 that week." */
export function describePastWeekHours(input: {
  minutes: number;
  policy: Pick<ProgramPolicy, "weeklyMinutes" | "level">;
}): string {
  const { minutes, policy } = input;
  if (minutes < 30) return "No hours were recorded that week.";
  const attended = formatHoursPhrase(minutes);
  if (careLevelDefinitions[policy.level].regulatoryFloorWeeklyMinutes === null) {
    return `You attended ${attended} that week.`;
  }
  const band = formatWeeklyBand(policy);
  if (minutes > policy.weeklyMinutes.max) return `You attended ${attended} that week, more than your planned ${band}.`;
  return `You attended ${attended} of your ${band} that week.`;
}

/** "You joined sessions on 3 days so far." Sessions by video count as days too, hence "joined". */
export function describeDaysAttended(days: number, week: "this_week" | "past_week"): string {
  const count = `${days} ${days === 1 ? "day" : "days"}`;
  if (week === "this_week") {
    return days === 0 ? "No days recorded yet this week." : `You've joined sessions on ${count} so far this week.`;
  }
  return days === 0 ? "No days recorded that week." : `You joined sessions on ${count} that week.`;
}

/** What is still ahead this week, when something is: "2 more sessions are on your schedule this week." */
export function describeSessionsLeft(sessions: number): string | null {
  if (sessions <= 0) return null;
  return sessions === 1
    ? "1 more session is on your schedule this week."
    : `${sessions} more sessions are on your schedule this week.`;
}
