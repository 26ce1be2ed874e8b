import { careTeamAddInputSchema } from "@stepwise/domain";
import { staffProcedure } from "../../trpc";
import { changeEnrollment } from "../enrollments/enrollment-change";
import { addToCareTeam } from "./care-team-addition";

/** Adds a clinician to an open enrollment's care team; the client sees them on their plan. */
export const addCareTeamMember = staffProcedure("enrollment.write")
  .input(careTeamAddInputSchema)
  .mutation(({ ctx, input }) =>
    changeEnrollment(ctx, "careTeam.add", input.enrollmentId, async (change) => ({
      enrollmentId: change.enrollment.id,
      ...(await addToCareTeam(change, { ...input, status: change.enrollment.status })),
    })),
  );
