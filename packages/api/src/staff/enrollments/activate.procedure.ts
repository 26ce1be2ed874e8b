import { type CareTeamResponsibility, activationInputSchema, checkActivation } from "@stepwise/domain";
import { notFound } from "../../core/errors";
import { addToCareTeam } from "../care-team/add.handler";
import { enrollmentProcedure } from "../scopes";
import { refuseIfProblems } from "./enrollment-refusal";
import { insertLevelChange, insertStatusChange, loadPlacementTarget, updateEnrollment } from "./enrollments.queries";

/**
 * Starts the program: the client's week on the chosen schedule option must meet the program's
 * band before anything is saved. The admission level is the first row of the level history.
 * A primary therapist, when named, joins the care team in the same transaction.
 */
export const activate = enrollmentProcedure("enrollment.write")
  .input(activationInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { enrollment, staff } = ctx;
    const target = (await loadPlacementTarget(ctx.db, input)) ?? notFound({ resource: { type: "program", id: input.programId } });
    refuseIfProblems(
      "The enrollment can't be activated.",
      checkActivation({ status: enrollment.status, intakeOn: enrollment.intakeOn, startsOn: input.startsOn, target }),
    );
    const level = target.program.level;
    await updateEnrollment(ctx.db, enrollment.id, {
      programId: input.programId,
      scheduleOptionId: input.scheduleOptionId,
      level,
      status: "active",
      startsOn: input.startsOn,
    });
    const admissionId = await insertLevelChange(ctx.db, {
      enrollmentId: enrollment.id,
      fromLevel: null,
      toLevel: level,
      programId: input.programId,
      scheduleOptionId: input.scheduleOptionId,
      effectiveOn: input.startsOn,
      reason: "Admission",
      decidedByStaffId: staff.staffMemberId,
    });
    await insertStatusChange(ctx.db, {
      enrollmentId: enrollment.id,
      from: enrollment.status,
      to: "active",
      effectiveOn: input.startsOn,
      recordedByStaffId: staff.staffMemberId,
    });
    if (input.primaryTherapistStaffId) {
      const primaryTherapist = { staffMemberId: input.primaryTherapistStaffId, responsibility: "Primary therapist" satisfies CareTeamResponsibility };
      await addToCareTeam(ctx.db, ctx.audit, { enrollmentId: enrollment.id, status: "active" }, primaryTherapist);
    }
    ctx.audit({
      detail: { programId: input.programId, scheduleOptionId: input.scheduleOptionId, startsOn: input.startsOn, levelOfCareChangeId: admissionId, toLevel: level },
    });
    return { enrollmentId: enrollment.id, status: "active" as const, level };
  });
