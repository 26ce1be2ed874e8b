import type { Transaction } from "@stepwise/db/client";
import { enrollmentStatusChanges } from "@stepwise/db/schema";
import { type CalendarDate, type EnrollmentStatus, instantToZonedDate } from "@stepwise/domain";
import { type AuditEntry, recordAudit } from "../../audit";
import type { Caller, Context } from "../../context";
import { notFound } from "../../errors";
import { withConstraintConflicts } from "./constraint-conflicts";
import { type LockedEnrollment, lockEnrollment } from "./enrollment.queries";

export interface ChangeContext {
  tx: Transaction;
  enrollment: LockedEnrollment;
  /** Today where the program runs: dates staff type are that zone's dates. */
  today: CalendarDate;
  staffMemberId: string;
  /** Writes the change's audit rows, about this enrollment's client, in this transaction. */
  audit: (entry: Omit<AuditEntry, "action" | "outcome" | "subjectClientId">) => Promise<void>;
  recordStatusChange: (change: { from: EnrollmentStatus | null; to: EnrollmentStatus; effectiveOn: CalendarDate; reason?: string | null }) => Promise<void>;
}

/**
 * One change to one enrollment, in one transaction: the enrollment is locked, the change runs
 * with its audit rows, and the database's refusals come back as plain conflicts. An enrollment
 * that does not exist is audited as denied and answered not-found.
 */
export async function changeEnrollment<T>(
  ctx: Context & { caller: Caller; staff: { staffMemberId: string } },
  action: string,
  enrollmentId: string,
  change: (context: ChangeContext) => Promise<T>,
): Promise<T> {
  const result = await withConstraintConflicts(() =>
    ctx.db.transaction(async (tx) => {
      const enrollment = await lockEnrollment(tx, enrollmentId);
      if (!enrollment) return { found: false as const };
      const context: ChangeContext = {
        tx,
        enrollment,
        today: instantToZonedDate(new Date(), enrollment.timeZone),
        staffMemberId: ctx.staff.staffMemberId,
        audit: (entry) =>
          recordAudit(tx, ctx.caller, { ...entry, action, outcome: "allowed", subjectClientId: enrollment.clientId }),
        recordStatusChange: async (statusChange) => {
          await tx.insert(enrollmentStatusChanges).values({
            enrollmentId: enrollment.id,
            fromStatus: statusChange.from,
            toStatus: statusChange.to,
            effectiveOn: statusChange.effectiveOn,
            reason: statusChange.reason ?? null,
            recordedByStaffId: ctx.staff.staffMemberId,
          });
        },
      };
      return { found: true as const, value: await change(context) };
    }),
  );
  if (!result.found) {
    await recordAudit(ctx.db, ctx.caller, { action, outcome: "denied", resourceType: "enrollment", resourceId: enrollmentId });
    return notFound();
  }
  return result.value;
}
