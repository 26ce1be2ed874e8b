import { z } from "zod";
import { type CalendarDate, addDays, calendarDateSchema } from "./calendar-date";
import { dischargePlanSchema } from "./discharge-plan";
import { type EnrollmentStatusChangeProblem, checkEnrollmentStatusChange, isBeforeStart } from "./enrollment-lifecycle";
import { type EnrollmentStatus, dischargeReasonSchema } from "./enrollment-status";

/** Ending an enrollment: why, the last day in the program, and where care continues. */
export const dischargeInputSchema = z.object({
  enrollmentId: z.uuid(),
  reason: dischargeReasonSchema,
  lastDayOn: calendarDateSchema,
  plan: dischargePlanSchema,
});
export type DischargeInput = z.infer<typeof dischargeInputSchema>;

export type DischargeProblem =
  | EnrollmentStatusChangeProblem
  | { kind: "last_day_before_start"; lastDayOn: CalendarDate; startsOn: CalendarDate }
  | { kind: "discharge_before_start"; status: EnrollmentStatus };

export function checkDischarge(input: {
  from: EnrollmentStatus;
  startsOn: CalendarDate;
  lastDayOn: CalendarDate;
}): DischargeProblem[] {
  // The reason is required by the input schema, so only the transition can fail here.
  const problems: DischargeProblem[] = checkEnrollmentStatusChange({ from: input.from, to: "discharged", dischargeReason: "completed" });
  // A referral that never started has no care to continue: it is closed (closeReferral) instead.
  if (isBeforeStart(input.from)) problems.push({ kind: "discharge_before_start", status: input.from });
  if (input.lastDayOn < input.startsOn) problems.push({ kind: "last_day_before_start", lastDayOn: input.lastDayOn, startsOn: input.startsOn });
  return problems;
}

/** Enrollment periods are half-open: the stored end is the day after the last day in the program. */
export function enrollmentEndFromLastDay(lastDayOn: CalendarDate): CalendarDate {
  return addDays(lastDayOn, 1);
}
