import { notFound } from "../../core/errors";
import { consentedClientProcedure } from "../scopes";
import { getSharedPlan } from "./plan.handler";

/**
 * A consenting client's plan summary: level of care, program, start and usual length, and the
 * goals the client shares. The audit row names the plan version and goals shown: the client's
 * accounting of what their family read.
 */
export const sharedPlan = consentedClientProcedure("plan_summary").query(async ({ ctx }) => {
  const shared = (await getSharedPlan(ctx.db, ctx.consented)) ?? notFound();
  if (!shared.enrollment) return shared;
  const { goalsFromVersionId, ...enrollment } = shared.enrollment;
  if (goalsFromVersionId) ctx.audit({ detail: { planVersionId: goalsFromVersionId, goalKeys: enrollment.goals.map((goal) => goal.key) } });
  return { ...shared, enrollment };
});
