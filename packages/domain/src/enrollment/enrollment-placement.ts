import { z } from "zod";
import { type CalendarDate, calendarDateSchema } from "../time/calendar-date";
import type { CareLevel } from "../care-levels/care-level";
import { type EnrollmentStatusChangeProblem, canActivate, canChangeEnrollmentStatus, checkEnrollmentStatusChange } from "./enrollment-lifecycle";
import type { EnrollmentStatus } from "./enrollment-status";
import type { ProgramPolicy } from "../programs/program-policy";
import { type ScheduleOptionPattern, scheduleOptionViolations } from "../programs/schedule-option-input";
import type { ScheduleViolation } from "../programs/schedule-violation";

/** Where a client is placed: a program and one of its schedule options. */
export const placementSchema = z.object({
  programId: z.uuid(),
  scheduleOptionId: z.uuid(),
});
export type Placement = z.infer<typeof placementSchema>;

/** A new referral for a client already on record (e.g. an alumnus coming back). */
export const referralInputSchema = z.object({
  clientId: z.uuid(),
  programId: z.uuid(),
  plannedStartOn: calendarDateSchema,
});
export type ReferralInput = z.infer<typeof referralInputSchema>;

export const scheduleIntakeInputSchema = z.object({
  enrollmentId: z.uuid(),
  intakeOn: calendarDateSchema,
});
export type ScheduleIntakeInput = z.infer<typeof scheduleIntakeInputSchema>;

/**
 * Starting the program: where, on which schedule option, from which day; and, optionally, who
 * joins the care team as the client's primary therapist in the same step.
 */
export const activationInputSchema = placementSchema.extend({
  enrollmentId: z.uuid(),
  startsOn: calendarDateSchema,
  primaryTherapistStaffId: z.uuid("Choose a primary therapist, or none.").optional(),
});
export type ActivationInput = z.infer<typeof activationInputSchema>;

/** The program and option a placement names, as loaded; null when they don't go together. */
export interface PlacementTarget {
  program: { level: CareLevel; active: boolean; policy: ProgramPolicy };
  option: ScheduleOptionPattern & { programId: string };
  programId: string;
}

export type PlacementProblem =
  | { kind: "option_not_in_program" }
  | { kind: "program_inactive" }
  | { kind: "program_level_mismatch"; programLevel: CareLevel; expected: CareLevel }
  | { kind: "schedule_breaks_band"; violations: ScheduleViolation[] };

/** Whether the option belongs to the program and the client's week on it meets the program's band. */
export function checkPlacement(target: PlacementTarget, expectedLevel?: CareLevel): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  if (target.option.programId !== target.programId) return [{ kind: "option_not_in_program" }];
  if (!target.program.active) problems.push({ kind: "program_inactive" });
  if (expectedLevel && target.program.level !== expectedLevel) {
    problems.push({ kind: "program_level_mismatch", programLevel: target.program.level, expected: expectedLevel });
  }
  const violations = scheduleOptionViolations(target.option, target.program.policy);
  if (violations.length > 0) problems.push({ kind: "schedule_breaks_band", violations });
  return problems;
}

export type ActivationProblem =
  | { kind: "not_awaiting_activation"; status: EnrollmentStatus }
  | EnrollmentStatusChangeProblem
  | PlacementProblem
  | { kind: "starts_before_intake"; startsOn: CalendarDate; intakeOn: CalendarDate };

/** Everything that stops an enrollment from becoming active on this placement. */
export function checkActivation(input: {
  status: EnrollmentStatus;
  intakeOn: CalendarDate | null;
  startsOn: CalendarDate;
  target: PlacementTarget;
}): ActivationProblem[] {
  const problems: ActivationProblem[] = [...checkEnrollmentStatusChange({ from: input.status, to: "active" })];
  if (canChangeEnrollmentStatus(input.status, "active") && !canActivate(input.status)) {
    problems.push({ kind: "not_awaiting_activation", status: input.status });
  }
  if (input.intakeOn && input.startsOn < input.intakeOn) {
    problems.push({ kind: "starts_before_intake", startsOn: input.startsOn, intakeOn: input.intakeOn });
  }
  problems.push(...checkPlacement(input.target));
  return problems;
}

export type IntakeSchedulingProblem = EnrollmentStatusChangeProblem;

/**
 * A referral gets its intake date; an intake already scheduled may be moved to another date
 * (a reschedule, not a status change). Anything else is refused.
 */
export function planIntakeScheduling(status: EnrollmentStatus): { statusChange: boolean; problems: IntakeSchedulingProblem[] } {
  if (status === "intake_scheduled") return { statusChange: false, problems: [] };
  return { statusChange: true, problems: checkEnrollmentStatusChange({ from: status, to: "intake_scheduled" }) };
}
