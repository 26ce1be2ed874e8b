import { enrollments, levelOfCareChanges } from "@stepwise/db/schema";
import { type CareTeamResponsibility, activationInputSchema, checkActivation } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { addToCareTeam } from "../care-team/care-team-addition";
import { changeEnrollment } from "./enrollment-change";
import { loadPlacementTarget } from "./enrollment.queries";
import { refuseIfProblems } from "./enrollment-refusal";

/**
 * Starts the program: the client's week on the chosen schedule option must meet the program's
 * band before anything is saved. The admission level is the first row of the level history.
 * A primary therapist, when named, joins the care team in the same transaction.
 */
export const activate = staffProcedure("enrollment.write")
  .input(activationInputSchema)
  .mutation(({ ctx, input }) =>
    changeEnrollment(ctx, "enrollments.activate", input.enrollmentId, async (change) => {
      const { tx, enrollment, staffMemberId, audit, recordStatusChange } = change;
      const target = (await loadPlacementTarget(tx, input)) ?? notFound();
      refuseIfProblems(
        "The enrollment can't be activated.",
        checkActivation({ status: enrollment.status, intakeOn: enrollment.intakeOn, startsOn: input.startsOn, target }),
      );
      await tx
        .update(enrollments)
        .set({
          programId: input.programId,
          scheduleOptionId: input.scheduleOptionId,
          level: target.program.level,
          status: "active",
          startsOn: input.startsOn,
        })
        .where(eq(enrollments.id, enrollment.id));
      const [admission] = await tx
        .insert(levelOfCareChanges)
        .values({
          enrollmentId: enrollment.id,
          fromLevel: null,
          toLevel: target.program.level,
          programId: input.programId,
          scheduleOptionId: input.scheduleOptionId,
          effectiveOn: input.startsOn,
          reason: "Admission",
          decidedByStaffId: staffMemberId,
        })
        .returning({ id: levelOfCareChanges.id });
      await recordStatusChange({ from: enrollment.status, to: "active", effectiveOn: input.startsOn });
      await audit({
        resourceType: "enrollment",
        resourceId: enrollment.id,
        detail: { programId: input.programId, scheduleOptionId: input.scheduleOptionId, startsOn: input.startsOn },
      });
      await audit({ resourceType: "level_of_care_change", resourceId: admission!.id, detail: { toLevel: target.program.level } });
      if (input.primaryTherapistStaffId) {
        await addToCareTeam(change, { staffMemberId: input.primaryTherapistStaffId, responsibility: "Primary therapist" satisfies CareTeamResponsibility, status: "active" });
      }
      return { enrollmentId: enrollment.id, status: "active" as const, level: target.program.level };
    }),
  );
