import { z } from "zod";
import { type CalendarDate, addDays } from "../time/calendar-date";
import { type EnrollmentStatusChangeProblem, checkEnrollmentStatusChange, isBeforeStart } from "./enrollment-lifecycle";
import type { DischargeReason, EnrollmentStatus } from "./enrollment-status";
import { multiLineTextSchema } from "../common/text";

/** Why a referral closed before the program started. */
export const referralClosureReasons = [
  "did_not_attend_intake",
  "chose_another_provider",
  "not_a_fit_for_level_of_care",
  "could_not_be_reached",
] as const;
export const referralClosureReasonSchema = z.enum(referralClosureReasons);
export type ReferralClosureReason = z.infer<typeof referralClosureReasonSchema>;

/** For staff and for the record. */
export const referralClosureReasonWords: Readonly<Record<ReferralClosureReason, string>> = {
  did_not_attend_intake: "Did not attend intake",
  chose_another_provider: "Chose another provider",
  not_a_fit_for_level_of_care: "Not a fit for this level of care",
  could_not_be_reached: "Could not be reached",
};

/** Closing a referral (or a booked intake) that never started: why, and an optional note. */
export const closeReferralInputSchema = z.object({
  enrollmentId: z.uuid(),
  reason: referralClosureReasonSchema,
  note: multiLineTextSchema.max(2000).optional(),
});
export type CloseReferralInput = z.infer<typeof closeReferralInputSchema>;

export type ReferralClosureProblem = EnrollmentStatusChangeProblem | { kind: "referral_already_started"; status: EnrollmentStatus };

/**
 * The stored discharge reason of a closed referral. The enrollment table's reasons describe how
 * care ended; a referral that never started ended for an administrative reason, and the
 * specific one is kept in words on its status change.
 */
export const referralClosureDischargeReason: DischargeReason = "administrative";

export function checkReferralClosure(status: EnrollmentStatus): ReferralClosureProblem[] {
  const problems: ReferralClosureProblem[] = checkEnrollmentStatusChange({ from: status, to: "discharged", dischargeReason: referralClosureDischargeReason });
  if (problems.length === 0 && !isBeforeStart(status)) problems.push({ kind: "referral_already_started", status });
  return problems;
}

/**
 * The stored (exclusive) end of a closed referral. The period must end after it begins, so it
 * ends the day after today, or the day after the planned start when that is still ahead. It
 * holds no days of care: the closing day recorded with it takes the enrollment out of the
 * no-overlap rule, so a new referral may start on any of these days.
 */
export function referralClosureEnd(input: { startsOn: CalendarDate; today: CalendarDate }): CalendarDate {
  return addDays(input.startsOn > input.today ? input.startsOn : input.today, 1);
}

/** The status change's reason: the closure reason in words, then staff's note. */
export function referralClosureRecord(input: { reason: ReferralClosureReason; note?: string | null }): string {
  const note = input.note?.trim();
  const lead = `Referral closed: ${referralClosureReasonWords[input.reason].toLowerCase()}.`;
  return note ? `${lead} ${note}` : lead;
}
