import { familyInvitationSchema } from "@stepwise/domain";
import { clientProcedure } from "../../core/trpc";
import { inviteFamilyMember } from "./invite.handler";

/**
 * Invites someone: the family member, a single-use link and the mail that carries it, in one
 * transaction. `invitationUrl` is the link exactly as mailed where the deployment shows links to
 * the client (the demo, which has no mail server), and null everywhere else.
 */
export const invite = clientProcedure.input(familyInvitationSchema).mutation(async ({ ctx, input }) => {
  await ctx.rateLimit("family.invite");
  const { familyMemberId, reinvited, invitationUrl, expiresAt } = await inviteFamilyMember(ctx.db, ctx.client.clientId, input, new Date());
  ctx.audit({ resource: { type: "family_member", id: familyMemberId }, detail: { relationship: input.relationship, reinvited } });
  return { familyMemberId, invitationUrl, expiresAt };
});
