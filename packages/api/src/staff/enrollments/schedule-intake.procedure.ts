import { enrollments } from "@stepwise/db/schema";
import { planIntakeScheduling, scheduleIntakeInputSchema } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { staffProcedure } from "../../trpc";
import { changeEnrollment } from "./enrollment-change";
import { refuseIfProblems } from "./enrollment-refusal";

/** Books (or moves) the intake appointment of a referral. */
export const scheduleIntake = staffProcedure("enrollment.write")
  .input(scheduleIntakeInputSchema)
  .mutation(({ ctx, input }) =>
    changeEnrollment(ctx, "enrollments.scheduleIntake", input.enrollmentId, async ({ tx, enrollment, today, audit, recordStatusChange }) => {
      const plan = planIntakeScheduling(enrollment.status);
      refuseIfProblems("The intake can't be scheduled.", plan.problems);
      await tx
        .update(enrollments)
        .set({ intakeOn: input.intakeOn, ...(plan.statusChange ? { status: "intake_scheduled" as const } : {}) })
        .where(eq(enrollments.id, enrollment.id));
      if (plan.statusChange) {
        await recordStatusChange({ from: enrollment.status, to: "intake_scheduled", effectiveOn: today, reason: `Intake on ${input.intakeOn}` });
      }
      await audit({
        resourceType: "enrollment",
        resourceId: enrollment.id,
        detail: { intakeOn: input.intakeOn, rescheduled: !plan.statusChange, previousIntakeOn: enrollment.intakeOn },
      });
      return { enrollmentId: enrollment.id, status: "intake_scheduled" as const, intakeOn: input.intakeOn };
    }),
  );
