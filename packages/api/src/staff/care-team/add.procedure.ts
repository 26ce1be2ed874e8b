import { careTeamAddInputSchema } from "@stepwise/domain";
import { enrollmentProcedure } from "../scopes";
import { addToCareTeam } from "./add.handler";

/** Adds a clinician to an open enrollment's care team; the client sees them on their plan. */
export const addCareTeamMember = enrollmentProcedure("enrollment.write")
  .input(careTeamAddInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { careTeamMemberId } = await addToCareTeam(ctx.db, ctx.audit, { enrollmentId: ctx.enrollment.id, status: ctx.enrollment.status }, input);
    ctx.audit({ resource: { type: "care_team_member", id: careTeamMemberId } });
    return { enrollmentId: ctx.enrollment.id, careTeamMemberId };
  });
