import { planKeySchema } from "@stepwise/domain";
import { z } from "zod";
import { notFound } from "../../core/errors";
import { clientProcedure } from "../../core/trpc";
import { setGoalShared } from "../../queries/treatment-plans.queries";
import { findClientPlanVersion } from "../../services/treatment-plans/client-version";
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
    // A goal of the plan the client reads: a draft's goals aren't theirs to share yet.
    const version = enrollment ? await findClientPlanVersion(ctx.db, ctx.client.clientId, enrollment.enrollmentId) : null;
    if (!enrollment || !version?.content.goals.some((goal) => goal.key === input.goalKey)) return notFound();
    await setGoalShared(ctx.db, { clientId: ctx.client.clientId, enrollmentId: enrollment.enrollmentId, goalKey: input.goalKey }, input.shared);
    ctx.audit({ detail: { goalKey: input.goalKey, shared: input.shared } });
    return { shared: input.shared };
  });
