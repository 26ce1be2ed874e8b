import { z } from "zod";
import { type DischargeReason, type EnrollmentStatus, dischargeReasonSchema, enrollmentStatusSchema } from "./enrollment-status";

/**
 * referred → intake scheduled → active ⇄ on hold → discharged. A referral or a scheduled intake
 * can also be closed (discharged) when the client never starts, since discharged is the only
 * end state. Discharged is final: coming back is a new enrollment, so history stays intact.
 */
export const enrollmentStatusTransitions: Readonly<Record<EnrollmentStatus, readonly EnrollmentStatus[]>> = {
  referred: ["intake_scheduled", "discharged"],
  intake_scheduled: ["active", "discharged"],
  active: ["on_hold", "discharged"],
  on_hold: ["active", "discharged"],
  discharged: [],
};

export function canChangeEnrollmentStatus(from: EnrollmentStatus, to: EnrollmentStatus): boolean {
  return enrollmentStatusTransitions[from].includes(to);
}

export type EnrollmentStatusChangeProblem =
  | { kind: "transition_not_allowed"; from: EnrollmentStatus; to: EnrollmentStatus; allowed: readonly EnrollmentStatus[] }
  | { kind: "discharge_reason_required" }
  | { kind: "discharge_reason_without_discharge"; to: EnrollmentStatus };

export interface EnrollmentStatusChange {
  from: EnrollmentStatus;
  to: EnrollmentStatus;
  dischargeReason?: DischargeReason | null;
}

/** All that is wrong with a status change; empty when it may go ahead. */
export function checkEnrollmentStatusChange(change: EnrollmentStatusChange): EnrollmentStatusChangeProblem[] {
  const problems: EnrollmentStatusChangeProblem[] = [];
  if (!canChangeEnrollmentStatus(change.from, change.to)) {
    problems.push({ kind: "transition_not_allowed", from: change.from, to: change.to, allowed: enrollmentStatusTransitions[change.from] });
  }
  const hasReason = change.dischargeReason !== undefined && change.dischargeReason !== null;
  if (change.to === "discharged" && !hasReason) problems.push({ kind: "discharge_reason_required" });
  if (change.to !== "discharged" && hasReason) problems.push({ kind: "discharge_reason_without_discharge", to: change.to });
  return problems;
}

/** The API's input for a status change: a discharge must say why; nothing else carries a reason. */
export const enrollmentStatusChangeInputSchema = z.discriminatedUnion("to", [
  z.object({ to: z.literal("discharged"), dischargeReason: dischargeReasonSchema, note: z.string().max(2000).optional() }),
  z.object({
    to: enrollmentStatusSchema.exclude(["discharged"]),
    note: z.string().max(2000).optional(),
  }),
]);
export type EnrollmentStatusChangeInput = z.infer<typeof enrollmentStatusChangeInputSchema>;
