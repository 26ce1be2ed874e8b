import { checkRecertification, nextReviewDue, recertificationInputSchema } from "@stepwise/domain";
import { enrollmentProcedure } from "../scopes";
import { refuseIfProblems } from "./enrollment-refusal";
import { insertRecertification } from "./enrollments.queries";

/** Records that the clinician recertified the current level of care; the next review falls due from it. */
export const recertify = enrollmentProcedure("level_of_care.write")
  .input(recertificationInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { enrollment } = ctx;
    refuseIfProblems(
      "The recertification can't be recorded.",
      checkRecertification({ status: enrollment.status, level: enrollment.level, levelSince: enrollment.levelSince, certifiedOn: input.certifiedOn, today: ctx.today }),
    );
    const recertificationId = await insertRecertification(ctx.db, {
      enrollmentId: enrollment.id,
      level: enrollment.level,
      certifiedOn: input.certifiedOn,
      certifiedByStaffId: ctx.staff.staffMemberId,
    });
    ctx.audit({ resource: { type: "recertification", id: recertificationId }, detail: { level: enrollment.level, certifiedOn: input.certifiedOn } });
    return {
      enrollmentId: enrollment.id,
      nextReviewDue: nextReviewDue({ level: enrollment.level, admittedOn: enrollment.levelSince, lastReviewOn: input.certifiedOn }),
    };
  });
