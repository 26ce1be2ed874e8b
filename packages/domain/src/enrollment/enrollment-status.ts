import { z } from "zod";

/** Enrollment lifecycle: referred → intake scheduled → active ⇄ on hold → discharged. */
export const enrollmentStatuses = ["referred", "intake_scheduled", "active", "on_hold", "discharged"] as const;
export const enrollmentStatusSchema = z.enum(enrollmentStatuses);
export type EnrollmentStatus = z.infer<typeof enrollmentStatusSchema>;

export const dischargeReasons = [
  "completed",
  "stepped_down_to_outside_care",
  "referred_to_inpatient",
  "transferred",
  "left_against_advice",
  "administrative",
] as const;
export const dischargeReasonSchema = z.enum(dischargeReasons);
export type DischargeReason = z.infer<typeof dischargeReasonSchema>;
