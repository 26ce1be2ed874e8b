import { recertifications } from "@stepwise/db/schema";
import { checkRecertification, nextReviewDue, recertificationInputSchema } from "@stepwise/domain";
import { staffProcedure } from "../../trpc";
import { changeEnrollment } from "./enrollment-change";
import { refuseIfProblems } from "./enrollment-refusal";

/** Records that the clinician recertified the current level of care; the next review falls due from it. */
export const recertify = staffProcedure("level_of_care.write")
  .input(recertificationInputSchema)
  .mutation(({ ctx, input }) =>
    changeEnrollment(ctx, "enrollments.recertify", input.enrollmentId, async ({ tx, enrollment, today, staffMemberId, audit }) => {
      refuseIfProblems(
        "The recertification can't be recorded.",
        checkRecertification({
          status: enrollment.status,
          level: enrollment.level,
          levelSince: enrollment.levelSince,
          certifiedOn: input.certifiedOn,
          today,
        }),
      );
      const [row] = await tx
        .insert(recertifications)
        .values({ enrollmentId: enrollment.id, level: enrollment.level, certifiedOn: input.certifiedOn, certifiedByStaffId: staffMemberId })
        .returning({ id: recertifications.id });
      await audit({ resourceType: "recertification", resourceId: row!.id, detail: { level: enrollment.level, certifiedOn: input.certifiedOn } });
      return {
        enrollmentId: enrollment.id,
        nextReviewDue: nextReviewDue({ level: enrollment.level, admittedOn: enrollment.levelSince, lastReviewOn: input.certifiedOn }),
      };
    }),
  );
