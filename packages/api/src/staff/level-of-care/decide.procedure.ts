import { locDecisionInputSchema } from "@stepwise/domain";
import { z } from "zod";
import { fail } from "../../core/errors";
import { conflictMessage } from "../../core/constraint-conflicts";
import { clientRecordProcedure } from "../scopes";
import { findAssessment, insertDecision } from "./level-of-care.queries";

/**
 * A clinician confirms or declines a recommendation, with why. Confirming changes nothing by
 * itself: when the recommendation is another level, it answers with that level to prefill the
 * level-change form with, where the change is made with its date and reason as any other.
 */
export const decideLevelOfCare = clientRecordProcedure("level_of_care.assess")
  .input(locDecisionInputSchema.extend({ assessmentId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    ctx.audit({ resource: { type: "level_of_care_assessment", id: input.assessmentId } });
    const assessment = await findAssessment(ctx.db, ctx.client.id, input.assessmentId);
    if (!assessment) return fail({ kind: "not_found" });
    if (assessment.decidedAt) return fail({ kind: "conflict", message: conflictMessage("level_of_care_decisions_once_per_assessment") });
    await insertDecision(ctx.db, {
      assessmentId: assessment.id,
      clientId: ctx.client.id,
      decision: input.decision,
      reason: input.reason,
      decidedByStaffId: ctx.staff.staffMemberId,
    });
    ctx.audit({ detail: { decision: input.decision, recommended: assessment.recommended } });
    const changesLevel = input.decision === "confirm" && assessment.recommended !== assessment.currentLevel;
    return { decision: input.decision, levelChange: changesLevel ? { enrollmentId: assessment.enrollmentId, to: assessment.recommended } : null };
  });
