import { staffPlanSignatureInputSchema } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { signPlanVersion } from "../../services/treatment-plans/sign-plan";
import { clientRecordProcedure } from "../scopes";

/** The care team's signature on the client's current plan version, as the signed-in staff member. */
export const signPlan = clientRecordProcedure("plans.write")
  .input(staffPlanSignatureInputSchema)
  .mutation(async ({ ctx, input }) => {
    ctx.audit({ resource: { type: "treatment_plan_version", id: input.versionId } });
    const signed = await signPlanVersion(ctx.db, { clientId: ctx.client.id, versionId: input.versionId }, { signer: "staff", signedByUserId: ctx.caller.userId });
    if (signed.kind !== "signed") return fail(signed.outcome);
    return { signedAt: signed.signedAt };
  });
