import { recordAudit } from "../../audit";
import { publicProcedure } from "../../trpc";
import { invitingName } from "../family/issue-invitation";
import { invitationTokenInput } from "./accept.input";
import { findUsableInvitation } from "./invitation.queries";

/** One answer for a link that is unknown, used or expired: it tells nobody which. */
export const invitationNotUsable =
  "This invitation link can't be used any more: it may have expired or already been used. Please ask the person who invited you to send a new one.";

/**
 * What the invitation page shows before accepting: who invited whom, at which address. Not
 * whether that address has an account here: accepting decides that on the server. Without a
 * usable link it reveals nothing at all.
 */
export const previewInvitation = publicProcedure.input(invitationTokenInput).query(({ ctx, input }) =>
  ctx.db.transaction(async (tx) => {
    const invitation = await findUsableInvitation(tx, input.token, new Date());
    if (!invitation) {
      await recordAudit(tx, null, { action: "invitation.preview", outcome: "denied", resourceType: "family_invitation" });
      return { usable: false as const };
    }
    // That the client is here is theirs to tell: reading it with their link is audited like any read.
    await recordAudit(tx, null, {
      action: "invitation.preview",
      outcome: "allowed",
      subjectClientId: invitation.clientId,
      resourceType: "family_invitation",
      resourceId: invitation.invitationId,
    });
    return {
      usable: true as const,
      invitedBy: invitingName(invitation.client),
      name: invitation.name,
      email: invitation.email,
    };
  }),
);
