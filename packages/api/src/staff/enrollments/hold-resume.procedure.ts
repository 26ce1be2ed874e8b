import { enrollments } from "@stepwise/db/schema";
import { checkHoldChange, holdInputSchema, resumeInputSchema } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { staffProcedure } from "../../trpc";
import { changeEnrollment } from "./enrollment-change";
import { findLatestStatusChange } from "./enrollment.queries";
import { refuseIfProblems } from "./enrollment-refusal";

function holdOrResume(to: "on_hold" | "active", action: string, lead: string) {
  return staffProcedure("enrollment.write")
    .input(to === "on_hold" ? holdInputSchema : resumeInputSchema)
    .mutation(({ ctx, input }) =>
      changeEnrollment(ctx, action, input.enrollmentId, async ({ tx, enrollment, audit, recordStatusChange }) => {
        // Neither may be dated before the latest status change (for a resume, the hold it ends).
        const latestChange = await findLatestStatusChange(tx, enrollment.id);
        refuseIfProblems(
          lead,
          checkHoldChange({
            from: enrollment.status,
            to,
            startsOn: enrollment.startsOn,
            levelSince: enrollment.levelSince,
            latestChange,
            effectiveOn: input.effectiveOn,
          }),
        );
        await tx.update(enrollments).set({ status: to }).where(eq(enrollments.id, enrollment.id));
        await recordStatusChange({ from: enrollment.status, to, effectiveOn: input.effectiveOn, reason: input.reason });
        await audit({ resourceType: "enrollment", resourceId: enrollment.id, detail: { from: enrollment.status, to, effectiveOn: input.effectiveOn } });
        return { enrollmentId: enrollment.id, status: to };
      }),
    );
}

/** Pauses an active enrollment (an illness, a family emergency); the level of care stays as it is. */
export const hold = holdOrResume("on_hold", "enrollments.hold", "The enrollment can't be put on hold.");
/** Takes an enrollment off hold. */
export const resume = holdOrResume("active", "enrollments.resume", "The enrollment can't be resumed.");
