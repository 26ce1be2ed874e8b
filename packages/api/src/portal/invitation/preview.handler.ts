import type { Executor } from "@stepwise/db/client";
import type { Audit } from "../../core/audit";
import { nameGoneBy } from "@stepwise/domain";
import { findUsableInvitation } from "./invitation.queries";

/**
 * What the invitation page shows before accepting: who invited whom, at which address. Not
 * whether that address has an account here: accepting decides that on the server. Without a
 * usable link it reveals nothing at all, and leaves no audit row: anyone can send a made-up
 * link, and it names no one (as with calendar feeds).
 */
export async function previewInvitation(db: Executor, audit: Audit, token: string, now: Date) {
  const invitation = await findUsableInvitation(db, token, now);
  if (!invitation) return { usable: false as const };
  // That the client is here is theirs to tell: reading it with their link is audited like any read.
  audit({ clients: [invitation.clientId], resource: { type: "family_invitation", id: invitation.invitationId } });
  return { usable: true as const, invitedBy: nameGoneBy(invitation.client), name: invitation.name, email: invitation.email };
}
