import { z } from "zod";
import { type DischargeReason, type EnrollmentStatus, dischargeReasonSchema, enrollmentStatusSchema } from "./enrollment-status";
import { multiLineTextSchema } from "../common/text";

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

/** Statuses before the program starts: a referral, and a referral whose intake is booked. */
export const statusesBeforeStart: readonly EnrollmentStatus[] = ["referred", "intake_scheduled"];

/** Whether the enrollment is still waiting to start (referred, or its intake booked). */
export function isBeforeStart(status: EnrollmentStatus): boolean {
  return statusesBeforeStart.includes(status);
}

/**
 * Statuses in which the client is in care: a level of care is in force (it may change, and may
 * need recertifying), and staff watch the client's attendance. A hold pauses attendance, not care.
 */
export const inCareStatuses = ["active", "on_hold"] as const satisfies readonly EnrollmentStatus[];

export function isInCare(status: EnrollmentStatus): boolean {
  return (inCareStatuses as readonly EnrollmentStatus[]).includes(status);
}

/**
 * An enrollment is open until it is discharged (a closed referral is discharged too): a client
 * has at most one open enrollment. Without an enrollment (null) there is none open.
 */
export function isEnrollmentOpen(status: EnrollmentStatus | null): boolean {
  return status !== null && status !== "discharged";
}

/**
 * Activation starts an enrollment whose intake is booked. On hold → active is a resume, which
 * keeps the schedule already chosen; it is not a second admission.
 */
export function canActivate(status: EnrollmentStatus): boolean {
  return canChangeEnrollmentStatus(status, "active") && isBeforeStart(status);
}

/** Taking an enrollment off hold. */
export function canResume(status: EnrollmentStatus): boolean {
  return canChangeEnrollmentStatus(status, "active") && status === "on_hold";
}

/** A referral that never started is closed, not discharged: there was no care to continue. */
export function canCloseReferral(status: EnrollmentStatus): boolean {
  return canChangeEnrollmentStatus(status, "discharged") && isBeforeStart(status);
}

/** A discharge (with its continuing-care plan) ends an enrollment that started. */
export function canDischarge(status: EnrollmentStatus): boolean {
  return canChangeEnrollmentStatus(status, "discharged") && !isBeforeStart(status);
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
  z.object({ to: z.literal("discharged"), dischargeReason: dischargeReasonSchema, note: multiLineTextSchema.max(2000).optional() }),
  z.object({
    to: enrollmentStatusSchema.exclude(["discharged"]),
    note: multiLineTextSchema.max(2000).optional(),
  }),
]);
export type EnrollmentStatusChangeInput = z.infer<typeof enrollmentStatusChangeInputSchema>;
