import type { Executor } from "@stepwise/db/client";
import { showInvitationLinks } from "../../core/env";
import { queueMail } from "../../queries/outbox.queries";
import { appAddress } from "../../services/app-address";
import { familyInvitationPath, newFamilyInvitationToken } from "../../services/tokens";
import { insertInvitation, retireOpenInvitations } from "./family.queries";
import { familyInvitationMail } from "./invitation-mail";

/**
 * Makes a new link for the family member and mails it, in the caller's transaction. Any older
 * link stops working. Only the token's hash is stored; the token itself lives on in the mail,
 * and is handed back to be shown to the client only where the deployment allows it (the demo,
 * which sends no mail): otherwise `invitationUrl` is null.
 */
export async function issueInvitation(
  tx: Executor,
  member: { id: string; name: string; email: string },
  invitedBy: string,
  now: Date,
): Promise<{ invitationUrl: string | null; expiresAt: Date }> {
  await retireOpenInvitations(tx, member.id, now);
  const { token, tokenHash, expiresAt } = newFamilyInvitationToken(now);
  await insertInvitation(tx, { familyMemberId: member.id, tokenHash, expiresAt, createdAt: now });
  const link = appAddress("portal", familyInvitationPath(token));
  await queueMail(tx, familyInvitationMail({ toName: member.name, toEmail: member.email, invitedBy, link }));
  return { invitationUrl: showInvitationLinks() ? link : null, expiresAt };
}
