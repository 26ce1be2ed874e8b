import { authorizationInputSchema, isInCare } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { enrollmentProcedure } from "../scopes";
import { insertAuthorization } from "./authorizations.queries";

/** A payer's authorization of care in an enrollment: payer, number, units approved and the period. */
export const recordAuthorization = enrollmentProcedure("authorizations.write")
  .input(authorizationInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { enrollment } = ctx;
    if (!isInCare(enrollment.status)) {
      return fail({ kind: "conflict", message: "An authorization is recorded for a client in care. This enrollment isn't in care." });
    }
    if (input.startsOn < enrollment.startsOn) {
      return fail({
        kind: "invalid",
        message: "An authorization covers days of this enrollment.",
        fieldErrors: { startsOn: ["Choose a start on or after the enrollment's first day."] },
      });
    }
    const id = await insertAuthorization(ctx.db, {
      clientId: enrollment.clientId,
      enrollmentId: enrollment.id,
      payer: input.payer,
      number: input.number,
      unitsApproved: input.unitsApproved,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      recordedByStaffId: ctx.staff.staffMemberId,
    });
    ctx.audit({ resource: { type: "payer_authorization", id }, detail: { unitsApproved: input.unitsApproved, startsOn: input.startsOn, endsOn: input.endsOn } });
    return { authorizationId: id };
  });
