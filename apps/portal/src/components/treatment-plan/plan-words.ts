import { defaultTimeZone, instantToZonedDate } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import type { ObjectiveState, PlanObjective } from "./types";

/** Each progress state in words, with a badge colour that only supports them. */
export const progressBadges: Record<ObjectiveState, { label: string; className: string }> = {
  met: { label: "Met", className: "badge badge--ok" },
  on_track: { label: "On track", className: "badge badge--info" },
  not_yet: { label: "Not yet", className: "badge badge--neutral" },
};

/**
 * The progress words after the badge. The domain's words start with the state ("Met. …") so they
 * read whole on their own; beside a badge that already says it, the lead is left out.
 */
export function progressDetail(progress: PlanObjective["progress"]): string {
  const lead = `${progressBadges[progress.state].label}. `;
  return progress.words.startsWith(lead) ? progress.words.slice(lead.length) : progress.words;
}

/** "Once a week", "Twice a week", "3 times a week". */
export function timesAWeek(times: number): string {
  if (times === 1) return "Once a week";
  if (times === 2) return "Twice a week";
  return `${times} times a week`;
}

/** The day an instant fell on at the center, e.g. "Monday, March 2, 2026". */
export function dayOfInstant(instant: Date): string {
  return formatCalendarDate(instantToZonedDate(instant, defaultTimeZone));
}
