import { instantToZonedDate, objectiveStateLabels } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import type { ObjectiveState } from "./types";

/** Each progress state in words, with a badge colour that only supports them. */
export const progressBadges: Record<ObjectiveState, { label: string; className: string }> = {
  met: { label: objectiveStateLabels.met, className: "badge badge--ok" },
  on_track: { label: objectiveStateLabels.on_track, className: "badge badge--info" },
  not_yet: { label: objectiveStateLabels.not_yet, className: "badge badge--neutral" },
};

/** "Once a week", "Twice a week", "3 times a week". */
export function timesAWeek(times: number): string {
  if (times === 1) return "Once a week";
  if (times === 2) return "Twice a week";
  return `${times} times a week`;
}

/** The day an instant fell on in the program's zone, e.g. "Monday, March 2, 2026". */
export function dayOfInstant(instant: Date, timeZone: string): string {
  return formatCalendarDate(instantToZonedDate(instant, timeZone));
}
