import { locAssessmentInputSchema, locComposite, recommendLevelOfCare } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { clientRecordProcedure } from "../scopes";
import { findAssessmentContext } from "./assessment-context";
import { insertAssessment } from "./level-of-care.queries";

/**
 * A clinician's rating of the seven dimensions for a client in care. The domain recommends a level
 * by the program's documented thresholds from the ratings and the record (scores, hours, open
 * alerts), with every reason; the assessment
 * keeps both as they were. Nothing changes level here: a clinician confirms or declines next.
 */
export const assessLevelOfCare = clientRecordProcedure("level_of_care.assess")
  .input(locAssessmentInputSchema)
  .mutation(async ({ ctx, input }) => {
    const found = await findAssessmentContext(ctx.db, ctx.client.id, new Date());
    if (!found) return fail({ kind: "conflict", message: "A level-of-care review is for a client in care. This client isn't in care now." });
    if (input.inpatientDischargeOn && input.inpatientDischargeOn > found.context.assessedOn) {
      return fail({
        kind: "invalid",
        message: "A discharge from inpatient care is a day that has passed.",
        fieldErrors: { inpatientDischargeOn: ["Choose today or an earlier day."] },
      });
    }
    const recommendation = recommendLevelOfCare(
      { ...found.context, ratings: input.ratings, inpatientDischargeOn: input.inpatientDischargeOn ?? null },
      found.policy,
    );
    const saved = await insertAssessment(ctx.db, {
      clientId: ctx.client.id,
      enrollmentId: found.enrollmentId,
      ratings: input.ratings,
      composite: locComposite(input.ratings),
      currentLevel: found.context.currentLevel,
      recommended: recommendation.recommended,
      reasons: recommendation.reasons,
      note: input.note || null,
      assessedByStaffId: ctx.staff.staffMemberId,
    });
    ctx.audit({ resource: { type: "level_of_care_assessment", id: saved.id }, detail: { recommended: recommendation.recommended } });
    return { assessmentId: saved.id, ...recommendation };
  });
