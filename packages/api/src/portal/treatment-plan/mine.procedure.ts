import { acceptedSignatureNames } from "@stepwise/domain";
import { clientProcedure } from "../../core/trpc";
import { findPlanEnrollment } from "../../services/treatment-plans/plan-enrollment";
import { getPlanOverview } from "../../services/treatment-plans/plan-overview";
import { findClientNames } from "../family/family.queries";
import { toClientPlan } from "./client-plan-view";

/** The client's treatment plan to read and sign; `plan` is null while their care team is still writing it. */
export const myTreatmentPlan = clientProcedure.query(async ({ ctx }) => {
  const [enrollment, names] = await Promise.all([findPlanEnrollment(ctx.db, ctx.client.clientId), findClientNames(ctx.db, ctx.client.clientId)]);
  ctx.audit({ resource: { type: "treatment_plan" } });
  const overview = enrollment ? await getPlanOverview(ctx.db, enrollment, new Date()) : null;
  return {
    plan: overview ? toClientPlan(overview) : null,
    /** The names a signature is accepted as, as for a consent; the first is the legal one. */
    signatureNames: names ? acceptedSignatureNames(names) : [],
  };
});
