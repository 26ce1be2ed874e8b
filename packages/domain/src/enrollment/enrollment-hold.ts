import { z } from "zod";
import { type CalendarDate, calendarDateSchema } from "../time/calendar-date";
import { multiLineTextSchema } from "../common/text";
import { type EnrollmentStatusChangeProblem, checkEnrollmentStatusChange } from "./enrollment-lifecycle";
import type { EnrollmentStatus } from "./enrollment-status";

/** Putting an enrollment on hold or resuming it: why, and from which day. */
export const holdInputSchema = z.object({
  enrollmentId: z.uuid(),
  reason: multiLineTextSchema.min(1, "Say why.").max(2000),
  effectiveOn: calendarDateSchema,
});
export type HoldInput = z.infer<typeof holdInputSchema>;
export const resumeInputSchema = holdInputSchema;
export type ResumeInput = HoldInput;

/** The enrollment's latest change of status: to which status, from which day. */
export interface LatestStatusChange {
  to: EnrollmentStatus;
  effectiveOn: CalendarDate;
}

/** A change dated before the latest status change: it would rewrite a stretch already recorded. */
export type BeforeLatestStatusChange = { kind: "before_latest_status_change"; effectiveOn: CalendarDate; latest: LatestStatusChange };

/**
 * Every change of status (a hold, a resume, a discharge, an exit to care elsewhere) takes effect
 * on or after the latest one recorded: the status history is read in that order, so an earlier
 * date would reach back over a hold or a resume already in force.
 */
export function isBeforeLatestStatusChange(effectiveOn: CalendarDate, latest: LatestStatusChange | null): latest is LatestStatusChange {
  return latest !== null && effectiveOn < latest.effectiveOn;
}

export type HoldProblem =
  | EnrollmentStatusChangeProblem
  | { kind: "effective_before_start"; effectiveOn: CalendarDate; startsOn: CalendarDate }
  | { kind: "hold_before_current_level"; effectiveOn: CalendarDate; levelSince: CalendarDate }
  | { kind: "resume_before_hold"; effectiveOn: CalendarDate; heldSince: CalendarDate }
  | BeforeLatestStatusChange;

/**
 * A hold (to "on_hold") or a resume (to "active") from the enrollment's status. The status and
 * level histories are read by date, so a change dated before one already recorded would rewrite
 * days already placed or in care: a hold starts on or after the enrollment's start, the day its
 * current level began and the day of the latest status change (e.g. the last resume); a resume
 * ends the hold, so it cannot be dated before the hold began.
 */
export function checkHoldChange(input: {
  from: EnrollmentStatus;
  to: "on_hold" | "active";
  startsOn: CalendarDate;
  /** The day the current level of care began (the enrollment's start when it never changed). */
  levelSince: CalendarDate;
  /** The latest status change recorded (for an enrollment on hold, the hold itself); null when there is none. */
  latestChange: LatestStatusChange | null;
  effectiveOn: CalendarDate;
}): HoldProblem[] {
  const problems: HoldProblem[] = [...checkEnrollmentStatusChange({ from: input.from, to: input.to })];
  // Resuming an enrollment that was never active is activation, which chooses a schedule.
  if (input.to === "active" && input.from !== "on_hold" && problems.length === 0) {
    problems.push({ kind: "transition_not_allowed", from: input.from, to: input.to, allowed: ["on_hold"] });
  }
  const { effectiveOn, latestChange } = input;
  if (effectiveOn < input.startsOn) {
    problems.push({ kind: "effective_before_start", effectiveOn, startsOn: input.startsOn });
  } else if (input.to === "on_hold" && effectiveOn < input.levelSince) {
    problems.push({ kind: "hold_before_current_level", effectiveOn, levelSince: input.levelSince });
  } else if (isBeforeLatestStatusChange(effectiveOn, latestChange)) {
    problems.push(
      input.to === "active" && latestChange.to === "on_hold"
        ? { kind: "resume_before_hold", effectiveOn, heldSince: latestChange.effectiveOn }
        : { kind: "before_latest_status_change", effectiveOn, latest: latestChange },
    );
  }
  return problems;
}
