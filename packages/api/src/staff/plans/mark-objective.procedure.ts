import { instantToZonedDate, planKeySchema } from "@stepwise/domain";
import { z } from "zod";
import { fail } from "../../core/errors";
import { findPlanVersions, insertObjectiveMark } from "../../queries/treatment-plans.queries";
import { clientRecordProcedure } from "../scopes";
import { findPlanEnrollment } from "../../services/treatment-plans/plan-enrollment";

/** A clinician marks a plain-language objective of the current plan met, today in the program's calendar. */
export const markObjectiveMet = clientRecordProcedure("plans.write")
  .input(z.object({ objectiveKey: planKeySchema }))
  .mutation(async ({ ctx, input }) => {
    const enrollment = await findPlanEnrollment(ctx.db, ctx.client.id);
    const [current] = enrollment ? await findPlanVersions(ctx.db, ctx.client.id, [enrollment.enrollmentId]) : [];
    const objective = current?.content.objectives.find((candidate) => candidate.key === input.objectiveKey);
    if (!enrollment || !objective) return fail({ kind: "not_found" });
    if (objective.measure.kind !== "clinician_marked") {
      return fail({ kind: "conflict", message: "This objective is measured from the record, so it is met when the record shows it." });
    }
    const metOn = instantToZonedDate(new Date(), enrollment.timeZone);
    const marked = await insertObjectiveMark(ctx.db, {
      clientId: ctx.client.id,
      enrollmentId: enrollment.enrollmentId,
      objectiveKey: objective.key,
      metOn,
      markedByStaffId: ctx.staff.staffMemberId,
    });
    ctx.audit({ resource: { type: "treatment_plan_objective" }, detail: { objectiveKey: objective.key, marked } });
    return { metOn, alreadyMarked: !marked };
  });
