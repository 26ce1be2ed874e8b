import { holdInputSchema } from "@stepwise/domain";
import { enrollmentProcedure } from "../scopes";
import { changeHold } from "./hold-resume.handler";

/** Pauses an active enrollment (an illness, a family emergency); the level of care stays as it is. */
export const hold = enrollmentProcedure("enrollment.write")
  .input(holdInputSchema)
  .mutation(({ ctx, input }) =>
    changeHold(
      ctx.db,
      ctx.audit,
      { enrollment: ctx.enrollment, to: "on_hold", effectiveOn: input.effectiveOn, reason: input.reason, recordedByStaffId: ctx.staff.staffMemberId },
      "The enrollment can't be put on hold.",
    ),
  );
