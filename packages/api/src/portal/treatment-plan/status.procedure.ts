import { acceptedSignatureNames } from "@stepwise/domain";
import { clientProcedure } from "../../core/trpc";
import { findCurrentPlanStates } from "../../queries/treatment-plans.queries";
import { findPlanEnrollment } from "../../services/treatment-plans/plan-enrollment";
import { findClientNames } from "../family/family.queries";

/**
 * Whether the client's plan waits for their signature (the care team has signed the current
 * version and they have not), and the names a signature is accepted as: what My plan's card and
 * the signing form need, without reading the whole plan.
 */
export const myTreatmentPlanStatus = clientProcedure.query(async ({ ctx }) => {
  const [enrollment, names] = await Promise.all([findPlanEnrollment(ctx.db, ctx.client.clientId), findClientNames(ctx.db, ctx.client.clientId)]);
  const [current] = enrollment ? await findCurrentPlanStates(ctx.db, [enrollment.enrollmentId]) : [];
  ctx.audit({ resource: { type: "treatment_plan" } });
  return {
    awaitsSignature: current !== undefined && current.staffSigned && !current.clientSigned,
    signatureNames: names ? acceptedSignatureNames(names) : [],
  };
});
