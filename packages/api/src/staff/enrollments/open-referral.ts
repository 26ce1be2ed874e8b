import type { Executor } from "@stepwise/db/client";
import { type CalendarDate, describeEnrollmentProblem, instantToZonedDate } from "@stepwise/domain";
import { fail } from "../../core/errors";
import type { ProgramRow } from "../../queries/programs.queries";
import { insertReferredEnrollment, insertStatusChange } from "./enrollments.queries";

/**
 * Opens an enrollment in status "referred" with its first status row, for a new client (intake)
 * or one on record (a referral). The database keeps one open enrollment per client, so two
 * referrals racing for one client leave exactly one.
 */
export async function openReferral(
  db: Executor,
  referral: { clientId: string; program: ProgramRow; plannedStartOn: CalendarDate; recordedByStaffId: string },
): Promise<string> {
  const { program } = referral;
  if (!program.active) fail({ kind: "invalid", message: describeEnrollmentProblem({ kind: "program_inactive" }) });
  const enrollmentId = await insertReferredEnrollment(db, {
    clientId: referral.clientId,
    programId: program.id,
    level: program.level,
    startsOn: referral.plannedStartOn,
  });
  await insertStatusChange(db, {
    enrollmentId,
    from: null,
    to: "referred",
    effectiveOn: instantToZonedDate(new Date(), program.timeZone),
    recordedByStaffId: referral.recordedByStaffId,
  });
  return enrollmentId;
}
