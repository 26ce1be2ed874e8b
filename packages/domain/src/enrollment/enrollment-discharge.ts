import { z } from "zod";
import { type CalendarDate, calendarDateSchema } from "../time/calendar-date";
import { dischargePlanSchema } from "../continuing-care/discharge-plan";
import { type LatestStatusChange, isBeforeLatestStatusChange } from "./enrollment-hold";
import { type EnrollmentStatusChangeProblem, checkEnrollmentStatusChange, isBeforeStart } from "./enrollment-lifecycle";
import { enrollmentEndFromLastDay } from "./enrollment-period";
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
  | { kind: "discharge_before_start"; status: EnrollmentStatus }
  | { kind: "discharge_before_latest_status_change"; lastDayOn: CalendarDate; endsOn: CalendarDate; latest: LatestStatusChange };

export function checkDischarge(input: {
  from: EnrollmentStatus;
  startsOn: CalendarDate;
  lastDayOn: CalendarDate;
  /** The latest status change recorded (e.g. the hold the client is on); null when there is none. */
  latestChange: LatestStatusChange | null;
}): DischargeProblem[] {
  // The reason is required by the input schema, so only the transition can fail here.
  const problems: DischargeProblem[] = checkEnrollmentStatusChange({ from: input.from, to: "discharged", dischargeReason: "completed" });
  // A referral that never started has no care to continue: it is closed (closeReferral) instead.
  if (isBeforeStart(input.from)) problems.push({ kind: "discharge_before_start", status: input.from });
  // The discharge takes effect the day after the last day, and like every status change not before the latest one.
  const endsOn = enrollmentEndFromLastDay(input.lastDayOn);
  if (input.lastDayOn < input.startsOn) problems.push({ kind: "last_day_before_start", lastDayOn: input.lastDayOn, startsOn: input.startsOn });
  else if (isBeforeLatestStatusChange(endsOn, input.latestChange)) {
    problems.push({ kind: "discharge_before_latest_status_change", lastDayOn: input.lastDayOn, endsOn, latest: input.latestChange });
  }
  return problems;
}
