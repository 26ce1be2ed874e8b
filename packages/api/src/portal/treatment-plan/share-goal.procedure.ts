import { planKeySchema } from "@stepwise/domain";
import { z } from "zod";
import { notFound } from "../../core/errors";
import { clientProcedure } from "../../core/trpc";
import { findPlanVersions, setGoalShared } from "../../queries/treatment-plans.queries";
import { findPlanEnrollment } from "../../services/treatment-plans/plan-enrollment";

/**
 * The client chooses whether one goal of their plan is shared with the family members whose
 * consent includes their plan summary. Only the goal, in their words: never problems or notes.
 */
export const shareMyGoal = clientProcedure
  .input(z.object({ goalKey: planKeySchema, shared: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    ctx.audit({ resource: { type: "treatment_plan_goal" } });
    const enrollment = await findPlanEnrollment(ctx.db, ctx.client.clientId);
    const [current] = enrollment ? await findPlanVersions(ctx.db, ctx.client.clientId, [enrollment.enrollmentId]) : [];
    if (!enrollment || !current?.content.goals.some((goal) => goal.key === input.goalKey)) return notFound();
    await setGoalShared(ctx.db, { clientId: ctx.client.clientId, enrollmentId: enrollment.enrollmentId, goalKey: input.goalKey }, input.shared);
    ctx.audit({ detail: { goalKey: input.goalKey, shared: input.shared } });
    return { shared: input.shared };
  });
