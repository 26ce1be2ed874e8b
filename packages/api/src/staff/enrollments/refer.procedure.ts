import { referralInputSchema } from "@stepwise/domain";
import { notFound } from "../../core/errors";
import { clientRecordProcedure } from "../scopes";
import { withReferralConflicts } from "./enrollment-conflicts";
import { findProgram } from "../../queries/programs.queries";
import { openReferral } from "./open-referral";

/**
 * A new referral for a client on record, e.g. an alumnus coming back to the program. A program
 * that does not exist is answered not-found, like an unknown client, and the denied audit row
 * names it (about the client, whose trail shows the attempt).
 */
export const refer = clientRecordProcedure("enrollment.write")
  .input(referralInputSchema)
  .mutation(async ({ ctx, input }) => {
    const program = (await findProgram(ctx.db, input.programId)) ?? notFound({ resource: { type: "program", id: input.programId } });
    const enrollmentId = await withReferralConflicts(ctx.db, ctx.client.id, (db) =>
      openReferral(db, { clientId: ctx.client.id, program, plannedStartOn: input.plannedStartOn, recordedByStaffId: ctx.staff.staffMemberId }),
    );
    ctx.audit({ resource: { type: "enrollment", id: enrollmentId }, detail: { programId: program.id, plannedStartOn: input.plannedStartOn } });
    return { enrollmentId, status: "referred" as const };
  });
