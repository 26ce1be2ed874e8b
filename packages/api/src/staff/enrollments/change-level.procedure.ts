import { enrollments, levelOfCareChanges } from "@stepwise/db/schema";
import { checkLevelChange, isCareExit, levelChangeWithPlacementInputSchema } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { changeEnrollment } from "./enrollment-change";
import { findLatestStatusChange, loadPlacementTarget } from "./enrollment.queries";
import { refuseIfProblems } from "./enrollment-refusal";

/**
 * A clinician's change of level of care. Within the center the client moves to a program at the
 * new level on one of its schedule options (which must meet that program's band), and the change
 * is appended to the history with who decided it. To a destination outside the center the
 * enrollment ends with the continuing-care plan.
 */
export const changeLevel = staffProcedure("level_of_care.write")
  .input(levelChangeWithPlacementInputSchema)
  .mutation(({ ctx, input }) =>
    changeEnrollment(ctx, "enrollments.changeLevel", input.enrollmentId, async ({ tx, enrollment, today, staffMemberId, audit, recordStatusChange }) => {
      const target = input.placement ? ((await loadPlacementTarget(tx, input.placement)) ?? notFound()) : null;
      const { change, problems } = checkLevelChange({
        status: enrollment.status,
        currentLevel: enrollment.level,
        levelSince: enrollment.levelSince,
        enrollmentStartsOn: enrollment.startsOn,
        latestChange: await findLatestStatusChange(tx, enrollment.id),
        to: input.to,
        effectiveOn: input.effectiveOn,
        today,
        target,
        dischargePlan: input.dischargePlan ?? null,
      });
      refuseIfProblems("The level of care can't be changed.", problems);

      if (isCareExit(input.to) || !target || !input.placement) {
        // The client's last day here is the day before the change takes effect elsewhere.
        await tx
          .update(enrollments)
          .set({
            status: "discharged",
            endsOn: input.effectiveOn,
            dischargeReason: change.dischargeReason,
            dischargePlan: input.dischargePlan ?? null,
          })
          .where(eq(enrollments.id, enrollment.id));
        await recordStatusChange({ from: enrollment.status, to: "discharged", effectiveOn: input.effectiveOn, reason: input.reason });
        await audit({
          resourceType: "enrollment",
          resourceId: enrollment.id,
          detail: { to: input.to, direction: change.direction, dischargeReason: change.dischargeReason, effectiveOn: input.effectiveOn },
        });
        return { enrollmentId: enrollment.id, status: "discharged" as const, direction: change.direction, level: enrollment.level };
      }

      await tx
        .update(enrollments)
        .set({ programId: input.placement.programId, scheduleOptionId: input.placement.scheduleOptionId, level: target.program.level })
        .where(eq(enrollments.id, enrollment.id));
      const [row] = await tx
        .insert(levelOfCareChanges)
        .values({
          enrollmentId: enrollment.id,
          fromLevel: enrollment.level,
          toLevel: target.program.level,
          programId: input.placement.programId,
          scheduleOptionId: input.placement.scheduleOptionId,
          effectiveOn: input.effectiveOn,
          reason: input.reason,
          decidedByStaffId: staffMemberId,
        })
        .returning({ id: levelOfCareChanges.id });
      await audit({
        resourceType: "level_of_care_change",
        resourceId: row!.id,
        detail: {
          fromProgramId: enrollment.programId,
          fromLevel: enrollment.level,
          toLevel: target.program.level,
          direction: change.direction,
          skipsLevels: change.skipsLevels,
        },
      });
      return { enrollmentId: enrollment.id, status: enrollment.status, direction: change.direction, level: target.program.level };
    }),
  );
