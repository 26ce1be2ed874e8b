import { levelHasWeeklyBand } from "../care-levels/care-level-definitions";
import { formatHours, hoursNoun, hoursShow, hoursShownOver } from "../attendance/hours-rounding";
import type { ProgramPolicy } from "../programs/program-policy";

/** The band as clients know it, e.g. "9–15". The top of a level defined as "under N hours" reads "up to". */
export function formatWeeklyBand(policy: Pick<ProgramPolicy, "weeklyMinutes">): string {
  const { min, max } = policy.weeklyMinutes;
  if (min === 0) return `up to ${formatHours(max + (max % 30 === 29 ? 1 : 0))}`;
  return `${formatHours(min)}–${formatHours(max)}`;
}

/**
 * A warm, factual line for the client's home screen. It states what happened and what the plan
 * is; it never scolds (no "warning", "failed", "missed", "behind"): shame drives people out of
 * treatment, and staff, not the screen, follow up on a short week.
 */
export function describeWeeklyHours(input: {
  minutes: number;
  policy: Pick<ProgramPolicy, "weeklyMinutes" | "level">;
}): string {
  const { minutes, policy } = input;
  const attended = `${formatHours(minutes)} ${hoursNoun(minutes)}`;
  const levelHasBand = levelHasWeeklyBand(policy.level);

  if (!levelHasBand) {
    return !hoursShow(minutes)
      ? "Your next session is a chance to keep building on your progress."
      : `You've attended ${attended} this week. Nice work keeping up with your sessions.`;
  }
  const band = formatWeeklyBand(policy);
  if (!hoursShow(minutes)) {
    return `Your plan this week is ${band} hours. Every session you join counts, and we're glad to see you.`;
  }
  if (hoursShownOver(minutes, policy.weeklyMinutes.max)) {
    return `You've attended ${attended} this week, more than your planned ${band}. Remember to make time to rest, too.`;
  }
  if (minutes >= policy.weeklyMinutes.min) {
    return `You've attended ${attended} of your ${band} this week. Great work showing up for yourself.`;
  }
  return `You've attended ${attended} of your ${band} this week.`;
}

/** The band in a sentence, e.g. "9–15 hours a week", for someone reading about the client. */
export function describeWeeklyBand(policy: Pick<ProgramPolicy, "weeklyMinutes">): string {
  return `${formatWeeklyBand(policy)} hours a week`;
}
