import { z } from "zod";
import { type CalendarDate, calendarDateSchema } from "../time/calendar-date";
import type { CareLevel } from "../care-levels/care-level";
import { isInCare } from "./enrollment-lifecycle";
import type { EnrollmentStatus } from "./enrollment-status";
import { recertificationRules } from "../care-levels/recertification";

/** A clinician's recertification that the client still needs the current level of care. */
export const recertificationInputSchema = z.object({
  enrollmentId: z.uuid(),
  certifiedOn: calendarDateSchema,
});
export type RecertificationInput = z.infer<typeof recertificationInputSchema>;

export type RecertificationProblem =
  | { kind: "enrollment_not_open"; status: EnrollmentStatus }
  | { kind: "level_needs_no_recertification"; level: CareLevel }
  | { kind: "certified_before_current_level"; certifiedOn: CalendarDate; levelSince: CalendarDate }
  | { kind: "certified_in_future"; certifiedOn: CalendarDate; today: CalendarDate };

export function checkRecertification(input: {
  status: EnrollmentStatus;
  level: CareLevel;
  levelSince: CalendarDate;
  certifiedOn: CalendarDate;
  today: CalendarDate;
}): RecertificationProblem[] {
  const problems: RecertificationProblem[] = [];
  if (!isInCare(input.status)) problems.push({ kind: "enrollment_not_open", status: input.status });
  if (recertificationRules[input.level] === null) problems.push({ kind: "level_needs_no_recertification", level: input.level });
  if (input.certifiedOn < input.levelSince) {
    problems.push({ kind: "certified_before_current_level", certifiedOn: input.certifiedOn, levelSince: input.levelSince });
  }
  // A recertification records a review that took place; it cannot be signed ahead of time.
  if (input.certifiedOn > input.today) problems.push({ kind: "certified_in_future", certifiedOn: input.certifiedOn, today: input.today });
  return problems;
}
