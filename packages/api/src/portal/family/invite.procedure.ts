import { familyInvitationSchema } from "@stepwise/domain";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { fail, notFound } from "../../errors";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { clientProcedure } from "../../trpc";
import { findClientNames, lockFamilyMember, ownerOfFamilyMember } from "./family.queries";
import { alreadyJoined, inviteFamilyMember } from "./invite.handler";
import { invitingName, issueInvitation } from "./issue-invitation";

/**
 * Invites someone: the family member, a single-use link and the mail that carries it, in one
 * transaction. `invitationUrl` is the link exactly as mailed where the deployment shows links to
 * the client (the demo, which has no mail server), and null everywhere else.
 */
export const invite = clientProcedure.input(familyInvitationSchema).mutation(({ ctx, input }) =>
  ctx.db.transaction(async (tx) => {
    const invited = await inviteFamilyMember(tx, ctx.client.clientId, input, new Date());
    await recordAudit(tx, ctx.caller, {
      action: "family.invite",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      resourceType: "family_member",
      resourceId: invited.familyMemberId,
      detail: { relationship: input.relationship, reinvited: invited.reinvited },
    });
    const { familyMemberId, invitationUrl, expiresAt } = invited;
    return { familyMemberId, invitationUrl, expiresAt };
  }),
);

/** A new link for someone who hasn't accepted yet; the old link stops working. */
export const resendInvitation = clientProcedure.input(z.object({ familyMemberId: z.uuid() })).mutation(({ ctx, input }) =>
  inTransactionOrNotFound(ctx, { action: "family.resendInvitation", resourceType: "family_member", resourceId: input.familyMemberId }, async (tx) => {
    const now = new Date();
    const member = await lockFamilyMember(tx, ctx.client.clientId, input.familyMemberId);
    if (!member) return outOfReach(await ownerOfFamilyMember(tx, input.familyMemberId));
    if (member.joinedAt !== null) fail({ kind: "conflict", message: alreadyJoined(member.name) });
    const client = await findClientNames(tx, ctx.client.clientId);
    if (!client) return notFound();
    const issued = await issueInvitation(tx, member, invitingName(client), now);
    await recordAudit(tx, ctx.caller, {
      action: "family.resendInvitation",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      resourceType: "family_member",
      resourceId: member.id,
    });
    return { familyMemberId: member.id, ...issued };
  }),
);
