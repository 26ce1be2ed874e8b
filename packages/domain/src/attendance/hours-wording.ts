import { levelHasWeeklyBand } from "../care-levels/care-level-definitions";
import { formatWeeklyBand } from "../clients/client-wording";
import { formatHours, hoursNoun, hoursShow, hoursShownOver } from "./hours-rounding";
import type { ProgramPolicy } from "../programs/program-policy";

/**
 * Earlier weeks and days attended, in the same voice as `describeWeeklyHours`: what happened,
 * stated plainly. A short week is never called missed, failed or behind; staff follow up, not
 * the screen.
 */

/** "1 hour", "1.5 hours", "0.8 hours": the one rounding rule (hours-rounding.ts) with its noun. */
export function formatHoursPhrase(minutes: number): string {
  return `${formatHours(minutes)} ${hoursNoun(minutes)}`;
}

/** Whom the words are about: the client reading their own hours, or a client named to someone they share with. */
export type AttendanceSubject = "you" | { firstName: string };

function voiceOf(about: AttendanceSubject) {
  if (about === "you") return { did: "You", hasDone: "You've", forWhom: "", band: "your", plannedBand: "your planned" };
  const name = about.firstName;
  return { did: name, hasDone: `${name} has`, forWhom: ` for ${name}`, band: "the planned", plannedBand: "the planned" };
}

/**
 * One week's hours, against the weekly band in force that week (null at a level without one):
 * "You attended 12 hours of your 9–15 that week.", "Alex has attended 7.5 hours of the planned
 * 9–15 so far this week."
 */
export function describeWeekHours(
  week: { minutes: number; band: { min: number; max: number } | null; isThisWeek: boolean },
  about: AttendanceSubject,
): string {
  const voice = voiceOf(about);
  const { minutes, band, isThisWeek } = week;
  if (!hoursShow(minutes)) return isThisWeek ? `No hours are recorded${voice.forWhom} yet this week.` : `No hours were recorded${voice.forWhom} that week.`;
  const attended = `${isThisWeek ? voice.hasDone : voice.did} attended ${formatHoursPhrase(minutes)}`;
  const when = isThisWeek ? "so far this week" : "that week";
  if (band === null) return `${attended} ${when}.`;
  const planned = formatWeeklyBand({ weeklyMinutes: band });
  if (minutes > band.max) {
    return `${attended} ${when}, ${hoursShownOver(minutes, band.max) ? "more than" : "the top of"} ${voice.plannedBand} ${planned}.`;
  }
  return `${attended} of ${voice.band} ${planned} ${when}.`;
}

/** "You attended 12 hours of your 9–15 that week." */
export function describePastWeekHours(input: {
  minutes: number;
  policy: Pick<ProgramPolicy, "weeklyMinutes" | "level">;
}): string {
  const { minutes, policy } = input;
  const hasBand = levelHasWeeklyBand(policy.level);
  return describeWeekHours({ minutes, band: hasBand ? policy.weeklyMinutes : null, isThisWeek: false }, "you");
}

/** "You joined sessions on 3 days so far." Sessions by video count as days too, hence "joined". */
export function describeDaysAttended(days: number, week: "this_week" | "past_week", about: AttendanceSubject = "you"): string {
  const voice = voiceOf(about);
  const count = `${days} ${days === 1 ? "day" : "days"}`;
  if (week === "this_week") {
    return days === 0 ? "No days recorded yet this week." : `${voice.hasDone} joined sessions on ${count} so far this week.`;
  }
  return days === 0 ? "No days recorded that week." : `${voice.did} joined sessions on ${count} that week.`;
}

/** What is still ahead this week, when something is: "2 more sessions are on your schedule this week." */
export function describeSessionsLeft(sessions: number): string | null {
  if (sessions <= 0) return null;
  return sessions === 1
    ? "1 more session is on your schedule this week."
    : `${sessions} more sessions are on your schedule this week.`;
}
