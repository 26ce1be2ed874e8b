"use server";

import { type FamilyRelationship, errorLogSummary, familyInvitationLifetimeDays } from "@stepwise/domain";
import { formStateFromError, formSucceeded, submittedValues, textFields } from "@stepwise/ui/form-state";
import { trpcErrorCode } from "@stepwise/ui/trpc-server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { InvitationLinkState } from "~/components/family/invitation-state";
import { portalCaller } from "~/server/caller";

const worksFor = `It works once, for ${familyInvitationLifetimeDays} days.`;

/** Invites someone; the link goes by mail, and comes back this once only where the demo shows it. */
export async function inviteAction(_previous: InvitationLinkState, form: FormData): Promise<InvitationLinkState> {
  const fields = textFields(form);
  const name = fields.name ?? "";
  try {
    const invited = await (await portalCaller()).family.invite({
      name,
      // Anything else than a known relationship is refused by the schema, in words.
      relationship: (fields.relationship ?? "") as FamilyRelationship,
      email: fields.email ?? "",
    });
    revalidatePath("/family");
    if (!invited.invitationUrl) return { ...formSucceeded(`We've emailed ${name} an invitation. ${worksFor}`), link: null };
    return { ...formSucceeded(`${name} is invited.`), link: { url: invited.invitationUrl, name } };
  } catch (error) {
    return { ...formStateFromError(error), values: submittedValues(form), link: null };
  }
}

/** A new link for someone who hasn't accepted yet; the old one stops working. */
export async function resendInvitationAction(
  member: { id: string; name: string },
  _previous: InvitationLinkState,
  _form: FormData,
): Promise<InvitationLinkState> {
  try {
    const { invitationUrl } = await (await portalCaller()).family.resendInvitation({ familyMemberId: member.id });
    revalidatePath("/family");
    if (!invitationUrl) {
      return { ...formSucceeded(`We've emailed ${member.name} a new invitation. ${worksFor} The old link no longer works.`), link: null };
    }
    return { ...formSucceeded(`Here is a new link for ${member.name}. The old one no longer works.`), link: { url: invitationUrl, name: member.name } };
  } catch (error) {
    return { ...formStateFromError(error), link: null };
  }
}

/**
 * Stops sharing under one consent. A plain form post, so it works before any script has loaded;
 * the family page then says what happened, family-session places given up included.
 */
export async function stopSharingAction(form: FormData): Promise<void> {
  const { consentId = "" } = textFields(form);
  let outcome: string;
  try {
    await (await portalCaller()).family.revokeConsent({ consentId });
    outcome = `stopped=${encodeURIComponent(consentId)}`;
  } catch (error) {
    // Only a word goes in the address, never a message: the page has fixed words for each.
    const code = trpcErrorCode(error);
    outcome = code === "CONFLICT" ? "problem=already-stopped" : "problem=not-stopped";
    if (code === null || code === "INTERNAL_SERVER_ERROR") console.error("[family] stop sharing failed:", errorLogSummary(error));
  }
  revalidatePath("/family");
  redirect(`/family?${outcome}`);
}

