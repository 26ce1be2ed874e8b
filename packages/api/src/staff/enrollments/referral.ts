import type { Executor, Transaction } from "@stepwise/db/client";
import { enrollments, enrollmentStatusChanges, programs } from "@stepwise/db/schema";
import { type CalendarDate, describeEnrollmentProblem, instantToZonedDate } from "@stepwise/domain";
import { and, eq, ne } from "drizzle-orm";
import { fail } from "../../errors";

/** The program a referral names, or null when there is none by that id. */
export async function findReferralProgram(tx: Transaction, programId: string) {
  const [program] = await tx.select().from(programs).where(eq(programs.id, programId));
  return program ?? null;
}

type ReferralProgram = NonNullable<Awaited<ReturnType<typeof findReferralProgram>>>;

/**
 * Opens an enrollment in status "referred" with its first status row. The database keeps one
 * open enrollment per client, so two referrals racing for one client leave exactly one.
 */
export async function insertReferral(
  tx: Transaction,
  referral: { clientId: string; program: ReferralProgram; plannedStartOn: CalendarDate; recordedByStaffId: string },
) {
  if (!referral.program.active) fail({ kind: "invalid", message: describeEnrollmentProblem({ kind: "program_inactive" }) });
  const [enrollment] = await tx
    .insert(enrollments)
    .values({
      clientId: referral.clientId,
      programId: referral.program.id,
      status: "referred",
      level: referral.program.level,
      startsOn: referral.plannedStartOn,
    })
    .returning({ id: enrollments.id });
  await tx.insert(enrollmentStatusChanges).values({
    enrollmentId: enrollment!.id,
    fromStatus: null,
    toStatus: "referred",
    effectiveOn: instantToZonedDate(new Date(), referral.program.timeZone),
    recordedByStaffId: referral.recordedByStaffId,
  });
  return enrollment!;
}

/** Whether the client has an enrollment that is not discharged, e.g. one a racing referral just opened. */
export async function hasOpenEnrollment(db: Executor, clientId: string): Promise<boolean> {
  const [open] = await db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.clientId, clientId), ne(enrollments.status, "discharged")))
    .limit(1);
  return open !== undefined;
}
