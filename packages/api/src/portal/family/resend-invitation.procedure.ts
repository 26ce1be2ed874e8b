import { ownFamilyMemberProcedure } from "../scopes";
import { reinvite } from "./invite.handler";

/** A new link for someone who hasn't accepted yet; the old link stops working. */
export const resendInvitation = ownFamilyMemberProcedure({ lock: true }).mutation(async ({ ctx }) => {
  await ctx.rateLimit("family.resendInvitation");
  return { familyMemberId: ctx.familyMember.id, ...(await reinvite(ctx.db, ctx.client.clientId, ctx.familyMember, new Date())) };
});
