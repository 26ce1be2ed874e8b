import type { CareLevel } from "../care-levels/care-level";
import {
  canActivate,
  canChangeEnrollmentStatus,
  canCloseReferral,
  canDischarge,
  canResume,
  isEnrollmentOpen,
  isInCare,
} from "./enrollment-lifecycle";
import type { EnrollmentStatus } from "./enrollment-status";
import { recertificationRules } from "../care-levels/recertification";
import type { StaffPermission } from "../staff/staff-permission";

/** What staff can do to a client's enrollment, one entry per form on the client page. */
export const enrollmentActionKinds = [
  "refer",
  "schedule_intake",
  "move_intake",
  "activate",
  "change_level",
  "recertify",
  "hold",
  "resume",
  "close_referral",
  "discharge",
] as const;
export type EnrollmentActionKind = (typeof enrollmentActionKinds)[number];

export interface EnrollmentAction {
  kind: EnrollmentActionKind;
  /** The permission the procedure behind the action requires. */
  permission: StaffPermission;
}

const permissionOf: Readonly<Record<EnrollmentActionKind, StaffPermission>> = {
  refer: "enrollment.write",
  schedule_intake: "enrollment.write",
  move_intake: "enrollment.write",
  activate: "enrollment.write",
  change_level: "level_of_care.write",
  recertify: "level_of_care.write",
  hold: "enrollment.write",
  resume: "enrollment.write",
  close_referral: "enrollment.write",
  discharge: "enrollment.write",
};

/**
 * The actions the client's open enrollment allows, in the order staff meet them; with no open
 * enrollment (none, or the latest discharged), a new referral. The same rules refuse each action
 * in the API, so what this offers is what the API accepts (dates and placements aside).
 */
export function enrollmentActions(enrollment: { status: EnrollmentStatus; level: CareLevel } | null): readonly EnrollmentAction[] {
  const kinds: EnrollmentActionKind[] = [];
  const status = enrollment?.status ?? "discharged";
  if (!isEnrollmentOpen(status)) kinds.push("refer");
  if (canChangeEnrollmentStatus(status, "intake_scheduled")) kinds.push("schedule_intake");
  // A booked intake can be moved; that is not a status change.
  if (status === "intake_scheduled") kinds.push("move_intake");
  if (canActivate(status)) kinds.push("activate");
  if (isInCare(status)) {
    kinds.push("change_level");
    if (enrollment && recertificationRules[enrollment.level] !== null) kinds.push("recertify");
  }
  if (canChangeEnrollmentStatus(status, "on_hold")) kinds.push("hold");
  if (canResume(status)) kinds.push("resume");
  if (canCloseReferral(status)) kinds.push("close_referral");
  if (canDischarge(status)) kinds.push("discharge");
  return kinds.map((kind) => ({ kind, permission: permissionOf[kind] }));
}
