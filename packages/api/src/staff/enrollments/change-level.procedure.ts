import { checkLevelChange, isCareExit, levelChangeWithPlacementInputSchema } from "@stepwise/domain";
import { notFound } from "../../core/errors";
import { enrollmentProcedure } from "../scopes";
import { refuseIfProblems } from "./enrollment-refusal";
import { findLatestStatusChange, insertLevelChange, insertStatusChange, loadPlacementTarget, updateEnrollment } from "./enrollments.queries";

/**
 * A clinician's change of level of care. Within the center the client moves to a program at the
 * new level on one of its schedule options (which must meet that program's band), and the change
 * is appended to the history with who decided it. To a destination outside the center the
 * enrollment ends with the continuing-care plan.
 */
export const changeLevel = enrollmentProcedure("level_of_care.write")
  .input(levelChangeWithPlacementInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { enrollment, staff } = ctx;
    const target = input.placement
      ? ((await loadPlacementTarget(ctx.db, input.placement)) ?? notFound({ resource: { type: "program", id: input.placement.programId } }))
      : null;
    const { change, problems } = checkLevelChange({
      status: enrollment.status,
      currentLevel: enrollment.level,
      levelSince: enrollment.levelSince,
      enrollmentStartsOn: enrollment.startsOn,
      latestChange: await findLatestStatusChange(ctx.db, enrollment.id),
      to: input.to,
      effectiveOn: input.effectiveOn,
      today: ctx.today,
      target,
      dischargePlan: input.dischargePlan ?? null,
    });
    refuseIfProblems("The level of care can't be changed.", problems);

    if (isCareExit(input.to) || !target || !input.placement) {
      // The client's last day here is the day before the change takes effect elsewhere.
      await updateEnrollment(ctx.db, enrollment.id, {
        status: "discharged",
        endsOn: input.effectiveOn,
        dischargeReason: change.dischargeReason,
        dischargePlan: input.dischargePlan ?? null,
      });
      await insertStatusChange(ctx.db, {
        enrollmentId: enrollment.id,
        from: enrollment.status,
        to: "discharged",
        effectiveOn: input.effectiveOn,
        reason: input.reason,
        recordedByStaffId: staff.staffMemberId,
      });
      ctx.audit({ detail: { to: input.to, direction: change.direction, dischargeReason: change.dischargeReason, effectiveOn: input.effectiveOn } });
      return { enrollmentId: enrollment.id, status: "discharged" as const, direction: change.direction, level: enrollment.level };
    }

    const level = target.program.level;
    await updateEnrollment(ctx.db, enrollment.id, { programId: input.placement.programId, scheduleOptionId: input.placement.scheduleOptionId, level });
    const levelOfCareChangeId = await insertLevelChange(ctx.db, {
      enrollmentId: enrollment.id,
      fromLevel: enrollment.level,
      toLevel: level,
      programId: input.placement.programId,
      scheduleOptionId: input.placement.scheduleOptionId,
      effectiveOn: input.effectiveOn,
      reason: input.reason,
      decidedByStaffId: staff.staffMemberId,
    });
    ctx.audit({
      resource: { type: "level_of_care_change", id: levelOfCareChangeId },
      detail: { fromProgramId: enrollment.programId, fromLevel: enrollment.level, toLevel: level, direction: change.direction, skipsLevels: change.skipsLevels },
    });
    return { enrollmentId: enrollment.id, status: enrollment.status, direction: change.direction, level };
  });
