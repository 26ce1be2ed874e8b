import { z } from "zod";
import { type CalendarDate, calendarDateSchema } from "./calendar-date";
import { type EnrollmentStatusChangeProblem, checkEnrollmentStatusChange } from "./enrollment-lifecycle";
import type { EnrollmentStatus } from "./enrollment-status";

/** Putting an enrollment on hold or resuming it: why, and from which day. */
export const holdInputSchema = z.object({
  enrollmentId: z.uuid(),
  reason: z.string().trim().min(1, "Say why.").max(2000),
  effectiveOn: calendarDateSchema,
});
export type HoldInput = z.infer<typeof holdInputSchema>;
export const resumeInputSchema = holdInputSchema;
export type ResumeInput = HoldInput;

export type HoldProblem =
  | EnrollmentStatusChangeProblem
  | { kind: "effective_before_start"; effectiveOn: CalendarDate; startsOn: CalendarDate }
  | { kind: "hold_before_current_level"; effectiveOn: CalendarDate; levelSince: CalendarDate }
  | { kind: "resume_before_hold"; effectiveOn: CalendarDate; heldSince: CalendarDate };

/**
 * A hold (to "on_hold") or a resume (to "active") from the enrollment's status. A hold starts on
 * or after the enrollment's start and the day its current level began (the status and level
 * histories are read by date, so an earlier hold would rewrite days already placed); a resume
 * ends the hold, so it cannot be dated before the hold began.
 */
export function checkHoldChange(input: {
  from: EnrollmentStatus;
  to: "on_hold" | "active";
  startsOn: CalendarDate;
  /** The day the current level of care began (the enrollment's start when it never changed). */
  levelSince: CalendarDate;
  /** The hold's own date: the latest change to on hold, when there is one. */
  heldSince: CalendarDate | null;
  effectiveOn: CalendarDate;
}): HoldProblem[] {
  const problems: HoldProblem[] = [...checkEnrollmentStatusChange({ from: input.from, to: input.to })];
  // Resuming an enrollment that was never active is activation, which chooses a schedule.
  if (input.to === "active" && input.from !== "on_hold" && problems.length === 0) {
    problems.push({ kind: "transition_not_allowed", from: input.from, to: input.to, allowed: ["on_hold"] });
  }
  if (input.effectiveOn < input.startsOn) {
    problems.push({ kind: "effective_before_start", effectiveOn: input.effectiveOn, startsOn: input.startsOn });
  } else if (input.to === "on_hold" && input.effectiveOn < input.levelSince) {
    problems.push({ kind: "hold_before_current_level", effectiveOn: input.effectiveOn, levelSince: input.levelSince });
  }
  if (input.to === "active" && input.from === "on_hold" && input.heldSince !== null && input.effectiveOn < input.heldSince) {
    problems.push({ kind: "resume_before_hold", effectiveOn: input.effectiveOn, heldSince: input.heldSince });
  }
  return problems;
}
