import type { Transaction } from "@stepwise/db/client";
import { enrollmentStatusChanges } from "@stepwise/db/schema";
import { type CalendarDate, type EnrollmentStatus, instantToZonedDate } from "@stepwise/domain";
import { type AuditEntry, recordAudit } from "../../audit";
import type { Caller, Context } from "../../context";
import { isNotFound, notFound } from "../../errors";
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
 * with its audit rows, and the database's refusals come back as plain conflicts. Whatever is
 * missing or out of reach, the enrollment or something the change names (a program, a schedule
 * option, a care-team member of another enrollment), the attempt is audited as denied outside
 * the rolled-back transaction, about the enrollment's client when it was found, and answered
 * not-found; a change only has to call notFound().
 */
export async function changeEnrollment<T>(
  ctx: Context & { caller: Caller; staff: { staffMemberId: string } },
  action: string,
  enrollmentId: string,
  change: (context: ChangeContext) => Promise<T>,
): Promise<T> {
  let subjectClientId: string | null = null;
  try {
    return await withConstraintConflicts(() =>
      ctx.db.transaction(async (tx) => {
        const enrollment = (await lockEnrollment(tx, enrollmentId)) ?? notFound();
        subjectClientId = enrollment.clientId;
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
        return change(context);
      }),
    );
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await recordAudit(ctx.db, ctx.caller, { action, outcome: "denied", subjectClientId, resourceType: "enrollment", resourceId: enrollmentId });
    throw error;
  }
}
