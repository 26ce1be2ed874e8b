import { resumeInputSchema } from "@stepwise/domain";
import { enrollmentProcedure } from "../scopes";
import { changeHold } from "./hold-resume.handler";

/** Takes an enrollment off hold. */
export const resume = enrollmentProcedure("enrollment.write")
  .input(resumeInputSchema)
  .mutation(({ ctx, input }) =>
    changeHold(
      ctx.db,
      ctx.audit,
      { enrollment: ctx.enrollment, to: "active", effectiveOn: input.effectiveOn, reason: input.reason, recordedByStaffId: ctx.staff.staffMemberId },
      "The enrollment can't be resumed.",
    ),
  );
