import type { Executor } from "@stepwise/db/client";
import { type CalendarDate, checkHoldChange } from "@stepwise/domain";
import type { Audit } from "../../core/audit";
import { refuseIfProblems } from "./enrollment-refusal";
import type { LockedEnrollment } from "./enrollments.queries";
import { findLatestStatusChange, insertStatusChange, updateEnrollment } from "./enrollments.queries";

/**
 * Puts the (locked) enrollment on hold or takes it off. Neither may be dated before the latest
 * status change (for a resume, the hold it ends); the level of care stays as it is.
 */
export async function changeHold(
  db: Executor,
  audit: Audit,
  change: { enrollment: LockedEnrollment; to: "on_hold" | "active"; effectiveOn: CalendarDate; reason: string; recordedByStaffId: string },
  lead: string,
) {
  const { enrollment, to, effectiveOn } = change;
  const latestChange = await findLatestStatusChange(db, enrollment.id);
  refuseIfProblems(
    lead,
    checkHoldChange({ from: enrollment.status, to, startsOn: enrollment.startsOn, levelSince: enrollment.levelSince, latestChange, effectiveOn }),
  );
  await updateEnrollment(db, enrollment.id, { status: to });
  await insertStatusChange(db, {
    enrollmentId: enrollment.id,
    from: enrollment.status,
    to,
    effectiveOn,
    reason: change.reason,
    recordedByStaffId: change.recordedByStaffId,
  });
  audit({ detail: { from: enrollment.status, to, effectiveOn } });
  return { enrollmentId: enrollment.id, status: to };
}
