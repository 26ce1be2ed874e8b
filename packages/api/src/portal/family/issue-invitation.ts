import type { Transaction } from "@stepwise/db/client";
import { familyInvitations } from "@stepwise/db/schema";
import { familyInvitationPath, newFamilyInvitationToken } from "../../family-invitation-token";
import { queueMail } from "../../outbox";
import { retireOpenInvitations } from "./family.queries";
import { familyInvitationMail } from "./invitation-mail";
import { portalAddress } from "./portal-address";

/**
 * Makes a new link for the family member and mails it, in the caller's transaction. Any older
 * link stops working. Only the token's hash is stored; the token itself lives on only in the
 * mail and in the path and link returned here, shown to the client once.
 */
export async function issueInvitation(
  tx: Transaction,
  member: { id: string; name: string; email: string },
  invitedBy: string,
  now: Date,
): Promise<{ invitationPath: string; invitationUrl: string; expiresAt: Date }> {
  await retireOpenInvitations(tx, member.id, now);
  const { token, tokenHash, expiresAt } = newFamilyInvitationToken(now);
  await tx.insert(familyInvitations).values({ familyMemberId: member.id, tokenHash, expiresAt, createdAt: now });
  const invitationPath = familyInvitationPath(token);
  const invitationUrl = portalAddress(invitationPath);
  await queueMail(tx, familyInvitationMail({ toName: member.name, toEmail: member.email, invitedBy, link: invitationUrl }));
  return { invitationPath, invitationUrl, expiresAt };
}

/** The name an invitation is signed with: the one the client goes by. */
export const invitingName = (client: { firstName: string; preferredName: string | null }) => client.preferredName ?? client.firstName;
