import { clients } from "@stepwise/db/schema";
import { referralInputSchema } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit";
import { notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { withConstraintConflicts } from "./constraint-conflicts";
import { findReferralProgram, hasOpenEnrollment, insertReferral } from "./referral";

/**
 * A new referral for a client on record, e.g. an alumnus coming back to the program. A client or
 * program that does not exist is audited as denied and answered not-found, like every
 * enrollment change.
 */
export const refer = staffProcedure("enrollment.write")
  .input(referralInputSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await withConstraintConflicts(
      () =>
        ctx.db.transaction(async (tx) => {
          const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId));
          const program = await findReferralProgram(tx, input.programId);
          if (!client) return { found: false as const, resourceType: "client", resourceId: input.clientId, subjectClientId: null };
          // The client exists: the refusal concerns them, so their audit trail shows it.
          if (!program) return { found: false as const, resourceType: "program", resourceId: input.programId, subjectClientId: client.id };
          const enrollment = await insertReferral(tx, {
            clientId: client.id,
            program,
            plannedStartOn: input.plannedStartOn,
            recordedByStaffId: ctx.staff.staffMemberId,
          });
          await recordAudit(tx, ctx.caller, {
            action: "enrollments.refer",
            outcome: "allowed",
            subjectClientId: client.id,
            resourceType: "enrollment",
            resourceId: enrollment.id,
            detail: { programId: program.id, plannedStartOn: input.plannedStartOn },
          });
          return { found: true as const, value: { enrollmentId: enrollment.id, status: "referred" as const } };
        }),
      () => hasOpenEnrollment(ctx.db, input.clientId),
    );
    if (!result.found) {
      await recordAudit(ctx.db, ctx.caller, {
        action: "enrollments.refer",
        outcome: "denied",
        subjectClientId: result.subjectClientId,
        resourceType: result.resourceType,
        resourceId: result.resourceId,
      });
      return notFound();
    }
    return result.value;
  });
