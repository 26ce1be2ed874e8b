import { SubmitButton } from "@stepwise/ui/forms";
import { formatInstant } from "@stepwise/ui/format";
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
  if (member.places.length === 0) {
    return `This includes family sessions: ${member.name} will no longer be able to sign up for them with you. They hold no places in sessions still to come, so none are given up.`;
  }
  const places = member.places.map(
    (place) => `${place.status === "waitlisted" ? "a place on the waitlist" : "a seat"} on ${formatInstant(place.startsAt, place.timeZone)}`,
  );
  return `This includes family sessions. Stopping it also gives up ${member.name}'s ${places.length === 1 ? "place" : "places"} in your family sessions still to come: ${listOf(places)}. Someone else may take ${places.length === 1 ? "it, so it" : "them, so they"} may not be there if you share again.`;
}

/** "a; b and c": each item holds commas of its own ("Dec 15, 2026, 6:00 PM EST"). */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join("; ")} and ${items.at(-1)}`;
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
