import type { Executor } from "@stepwise/db/client";
import { type FamilyInvitation, nameGoneBy } from "@stepwise/domain";
import { fail, notFound } from "../../core/errors";
import { addOrLockFamilyMember, findClientNames, renameInvitedFamilyMember } from "./family.queries";
import { issueInvitation } from "./issue-invitation";

/** Someone who already accepted needs no link: the client shares with them from the family page. */
const alreadyJoined = (name: string) =>
  `${name} has already accepted your invitation and has an account. You can choose what to share with them on your family page.`;

/**
 * Invites a person in the client's life. Inviting an email this client invited before, while it
 * is still waiting, sends a fresh link instead (the old one stops working) under the name and
 * relationship given now.
 */
export async function inviteFamilyMember(tx: Executor, clientId: string, input: FamilyInvitation, now: Date) {
  const client = await findClientNames(tx, clientId);
  if (!client) return notFound();
  if (client.accountEmail === input.email) {
    fail({ kind: "invalid", message: "That's your own email address. Please give the email address of the person you are inviting." });
  }
  const { member, added } = await addOrLockFamilyMember(tx, { clientId, ...input, invitedAt: now });
  if (member.joinedAt !== null) fail({ kind: "conflict", message: alreadyJoined(member.name) });
  if (!added) await renameInvitedFamilyMember(tx, member.id, { name: input.name, relationship: input.relationship, invitedAt: now });
  const issued = await issueInvitation(tx, { id: member.id, name: input.name, email: member.email }, nameGoneBy(client), now);
  return { familyMemberId: member.id, reinvited: !added, ...issued };
}

/** A new link for someone who hasn't accepted yet (locked by the caller); the old link stops working. */
export async function reinvite(tx: Executor, clientId: string, member: { id: string; name: string; email: string; joinedAt: Date | null }, now: Date) {
  if (member.joinedAt !== null) fail({ kind: "conflict", message: alreadyJoined(member.name) });
  const client = (await findClientNames(tx, clientId)) ?? notFound();
  return issueInvitation(tx, member, nameGoneBy(client), now);
}
