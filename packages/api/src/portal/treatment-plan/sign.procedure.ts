import { acceptedSignatureNames, planSignatureFormSchema, planSignatureInputSchema } from "@stepwise/domain";
import { fail, notFound } from "../../core/errors";
import { clientProcedure } from "../../core/trpc";
import { signPlanVersion } from "../../services/treatment-plans/sign-plan";
import { findClientNames } from "../family/family.queries";

/**
 * The client signs the current version of their plan with their typed name, as they sign a
 * consent, saying whether they agree and, when they don't, what about. Kept as they wrote it.
 */
export const signMyTreatmentPlan = clientProcedure.input(planSignatureInputSchema).mutation(async ({ ctx, input }) => {
  ctx.audit({ resource: { type: "treatment_plan_version", id: input.versionId } });
  const names = (await findClientNames(ctx.db, ctx.client.clientId)) ?? notFound();
  const checked = planSignatureFormSchema({ signatureNames: acceptedSignatureNames(names) }).safeParse(input);
  if (!checked.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of checked.error.issues) (fieldErrors[issue.path.map(String).join(".") || "form"] ??= []).push(issue.message);
    return fail({ kind: "invalid", message: "Please check your signature.", fieldErrors });
  }
  const signed = await signPlanVersion(
    ctx.db,
    { clientId: ctx.client.clientId, versionId: input.versionId },
    { signer: "client", signedByUserId: ctx.caller.userId, signedName: checked.data.signedName, agrees: checked.data.agrees, comment: checked.data.comment ?? null },
  );
  if (signed.kind !== "signed") return fail(signed.outcome);
  ctx.audit({ detail: { agrees: checked.data.agrees } });
  return { signedAt: signed.signedAt };
});
