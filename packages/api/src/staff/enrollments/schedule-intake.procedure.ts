import { planIntakeScheduling, scheduleIntakeInputSchema } from "@stepwise/domain";
import { enrollmentProcedure } from "../scopes";
import { refuseIfProblems } from "./enrollment-refusal";
import { insertStatusChange, updateEnrollment } from "./enrollments.queries";

/** Books (or moves) the intake appointment of a referral. */
export const scheduleIntake = enrollmentProcedure("enrollment.write")
  .input(scheduleIntakeInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { enrollment } = ctx;
    const plan = planIntakeScheduling(enrollment.status);
    refuseIfProblems("The intake can't be scheduled.", plan.problems);
    await updateEnrollment(ctx.db, enrollment.id, { intakeOn: input.intakeOn, ...(plan.statusChange ? { status: "intake_scheduled" as const } : {}) });
    if (plan.statusChange) {
      await insertStatusChange(ctx.db, {
        enrollmentId: enrollment.id,
        from: enrollment.status,
        to: "intake_scheduled",
        effectiveOn: ctx.today,
        reason: `Intake on ${input.intakeOn}`,
        recordedByStaffId: ctx.staff.staffMemberId,
      });
    }
    ctx.audit({ detail: { intakeOn: input.intakeOn, rescheduled: !plan.statusChange, previousIntakeOn: enrollment.intakeOn } });
    return { enrollmentId: enrollment.id, status: "intake_scheduled" as const, intakeOn: input.intakeOn };
  });
