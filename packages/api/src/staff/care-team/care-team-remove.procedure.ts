import { careTeamMembers } from "@stepwise/db/schema";
import { careTeamRefusal, careTeamRemoveInputSchema, checkCareTeamRemoval } from "@stepwise/domain";
import { and, eq } from "drizzle-orm";
import { fail, notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { changeEnrollment } from "../enrollments/enrollment-change";

/** Takes a member off an open enrollment's care team; a discharged enrollment's team stays as it was. */
export const removeCareTeamMember = staffProcedure("enrollment.write")
  .input(careTeamRemoveInputSchema)
  .mutation(({ ctx, input }) =>
    changeEnrollment(ctx, "careTeam.remove", input.enrollmentId, async ({ tx, enrollment, audit }) => {
      // A member of another enrollment answers like a missing one.
      const [member] = await tx
        .select()
        .from(careTeamMembers)
        .where(and(eq(careTeamMembers.id, input.careTeamMemberId), eq(careTeamMembers.enrollmentId, enrollment.id)));
      if (!member) return notFound();
      const problems = checkCareTeamRemoval({ status: enrollment.status });
      if (problems.length > 0) fail({ kind: "invalid", message: careTeamRefusal("The care team can't be changed.", problems) });
      await tx.delete(careTeamMembers).where(eq(careTeamMembers.id, member.id));
      await audit({
        resourceType: "care_team_member",
        resourceId: member.id,
        detail: { staffMemberId: member.staffMemberId, responsibility: member.responsibility },
      });
      return { enrollmentId: enrollment.id, careTeamMemberId: member.id };
    }),
  );
