import { SubmitButton } from "@stepwise/ui/forms";
import Link from "next/link";
import { stopSharingAction } from "~/app/(signed-in)/family/actions";
import type { Consent, FamilyMember } from "./family-member-types";

/**
 * Whether stopping this consent ends the person's family sessions with the client: it shares them,
 * and no other consent in force still does. Their places in sessions still to come then go too.
 */
export function stoppingEndsFamilySessions(consent: Consent, member: FamilyMember): boolean {
  if (!consent.scopes.includes("family_sessions")) return false;
  return !member.consents.some(
    (other) => other.id !== consent.id && other.standing === "active" && other.scopes.includes("family_sessions"),
  );
}

/** What stopping gives up besides what they see, said before the button; null when nothing more. */
export function givenUpWords(consent: Consent, member: FamilyMember): string | null {
  if (!consent.scopes.includes("family_sessions")) return null;
  if (!stoppingEndsFamilySessions(consent, member)) {
    return `${member.name} can still join family sessions with you: another of your consents shares them.`;
  }
  if (member.standing !== "joined") return null;
  return `This includes family sessions. Stopping it also gives up ${member.name}'s places in your family sessions still to come, including any place on a waitlist. Someone else may take them, so they may not be there if you share again.`;
}

/** Where stopping starts: a page that asks first, so one tap on the family page never stops anything. */
export function stopSharingHref(consent: Consent, member: FamilyMember): string {
  return `/family/${member.id}/stop/${consent.id}`;
}

/**
 * The second step of stopping one consent, on its own page after what it gives up has been said.
 * A plain form post: it works before scripts load. "Keep sharing" sits apart, first in reading
 * order, so the stop is never where a thumb lands by habit.
 */
export function StopSharingForm({ consent, member, describedBy }: { consent: Consent; member: FamilyMember; describedBy: string }) {
  return (
    <form action={stopSharingAction} className="stack">
      <input type="hidden" name="consentId" value={consent.id} />
      <p>
        <Link href="/family" className="button">
          Keep sharing with {member.name}
        </Link>
      </p>
      <hr />
      <p>
        <SubmitButton pendingLabel="Stopping…" quiet describedBy={describedBy}>
          Yes, stop sharing this with {member.name}
        </SubmitButton>
      </p>
    </form>
  );
}
