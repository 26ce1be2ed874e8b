import { careTeamRefusal, careTeamRemoveInputSchema, checkCareTeamRemoval } from "@stepwise/domain";
import { fail, notFound } from "../../core/errors";
import { deleteCareTeamMember, findCareTeamMember } from "../../queries/care-team.queries";
import { enrollmentProcedure } from "../scopes";

/** Takes a member off an open enrollment's care team; a discharged enrollment's team stays as it was. */
export const removeCareTeamMember = enrollmentProcedure("enrollment.write")
  .input(careTeamRemoveInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { enrollment } = ctx;
    // A member of another enrollment answers like a missing one.
    const member = (await findCareTeamMember(ctx.db, enrollment.id, input.careTeamMemberId)) ?? notFound({ detail: { careTeamMemberId: input.careTeamMemberId } });
    const problems = checkCareTeamRemoval({ status: enrollment.status });
    if (problems.length > 0) fail({ kind: "invalid", message: careTeamRefusal("The care team can't be changed.", problems) });
    await deleteCareTeamMember(ctx.db, member.id);
    ctx.audit({ resource: { type: "care_team_member", id: member.id }, detail: { staffMemberId: member.staffMemberId, responsibility: member.responsibility } });
    return { enrollmentId: enrollment.id, careTeamMemberId: member.id };
  });
