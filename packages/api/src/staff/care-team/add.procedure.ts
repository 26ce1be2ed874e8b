import { careTeamAddInputSchema } from "@stepwise/domain";
import { enrollmentProcedure } from "../scopes";
import { addToCareTeam } from "./add.handler";

/** Adds a clinician to an open enrollment's care team; the client sees them on their plan. */
export const addCareTeamMember = enrollmentProcedure("enrollment.write")
  .input(careTeamAddInputSchema)
  .mutation(async ({ ctx, input }) => ({
    enrollmentId: ctx.enrollment.id,
    ...(await addToCareTeam(ctx.db, ctx.audit, { enrollmentId: ctx.enrollment.id, status: ctx.enrollment.status }, input)),
  }));
