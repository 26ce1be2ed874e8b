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
  | { kind: "effective_before_start"; effectiveOn: CalendarDate; startsOn: CalendarDate };

/** A hold (to "on_hold") or a resume (to "active") from the enrollment's status, on or after its start. */
export function checkHoldChange(input: {
  from: EnrollmentStatus;
  to: "on_hold" | "active";
  startsOn: CalendarDate;
  effectiveOn: CalendarDate;
}): HoldProblem[] {
  const problems: HoldProblem[] = [...checkEnrollmentStatusChange({ from: input.from, to: input.to })];
  // Resuming an enrollment that was never active is activation, which chooses a schedule.
  if (input.to === "active" && input.from !== "on_hold" && problems.length === 0) {
    problems.push({ kind: "transition_not_allowed", from: input.from, to: input.to, allowed: ["on_hold"] });
  }
  if (input.effectiveOn < input.startsOn) {
    problems.push({ kind: "effective_before_start", effectiveOn: input.effectiveOn, startsOn: input.startsOn });
  }
  return problems;
}
