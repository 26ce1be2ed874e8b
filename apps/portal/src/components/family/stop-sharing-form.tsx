import { SubmitButton } from "@stepwise/ui/forms";
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
function givenUpWords(consent: Consent, member: FamilyMember): string | null {
  if (!consent.scopes.includes("family_sessions")) return null;
  if (!stoppingEndsFamilySessions(consent, member)) {
    return `${member.name} can still join family sessions with you: another of your consents shares them.`;
  }
  if (member.standing !== "joined") return null;
  return `This includes family sessions. Stopping it also gives up ${member.name}'s places in your family sessions still to come, including any place on a waitlist.`;
}

/** Stops one consent, saying first what that gives up. A plain form post: it works before scripts load. */
export function StopSharingForm({ consent, member }: { consent: Consent; member: FamilyMember }) {
  const words = givenUpWords(consent, member);
  const wordsId = `stop-${consent.id}-words`;
  return (
    <form action={stopSharingAction} className="stack">
      <input type="hidden" name="consentId" value={consent.id} />
      {words ? (
        <p id={wordsId} className="small">
          {words}
        </p>
      ) : null}
      <div>
        <SubmitButton pendingLabel="Stopping…" quiet describedBy={words ? wordsId : undefined}>
          Stop sharing<span className="visually-hidden"> this with {member.name}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
