import { familyRelationshipLabels } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import { Badge, type BadgeTone } from "@stepwise/ui/components";
import Link from "next/link";
import { dayOf } from "./consent-dates";
import { ConsentSummary } from "./consent-summary";
import type { Consent, FamilyMember } from "./family-member-types";
import { ResendInvitationForm } from "./resend-invitation-form";
import { stopSharingHref } from "./stop-sharing-form";

const standingWords: Record<FamilyMember["standing"], { words: string; tone: BadgeTone }> = {
  invited: { words: "Invitation sent", tone: "info" },
  invitation_expired: { words: "Invitation expired — send a new one", tone: "warn" },
  joined: { words: "Has an account", tone: "ok" },
};

/** How a consent ended, in the client's words: stopped by them, or ended on its last day or with their treatment. */
function endedWords(consent: Consent): string {
  if (consent.revokedAt) return `You stopped it on ${dayOf(consent.revokedAt)}.`;
  return consent.expiry.kind === "date"
    ? `It ended after ${formatCalendarDate(consent.expiry.on, "medium")}, its last day.`
    : "It ended when your treatment here ended.";
}

/** Said when nothing is shared with them now but something was: when and how their sharing ended. */
function lastEndedWords(member: FamilyMember, past: readonly Consent[]): string | null {
  // Consents come newest first; the last one to end is what the client remembers.
  const [latest] = [...past].sort((a, b) => endedAt(b) - endedAt(a));
  if (!latest) return null;
  if (latest.revokedAt) return `You stopped sharing with ${member.name} on ${dayOf(latest.revokedAt)}.`;
  return latest.expiry.kind === "date"
    ? `${member.name}'s sharing ended on ${formatCalendarDate(latest.expiry.on, "medium")}.`
    : `${member.name}'s sharing ended when your treatment here ended.`;
}

const endedAt = (consent: Consent) =>
  consent.revokedAt ? consent.revokedAt.getTime() : consent.expiry.kind === "date" ? Date.parse(`${consent.expiry.on}T23:59:59Z`) : consent.signedAt.getTime();

/** One person in the client's life: where their invitation stands, and who can see what, until when. */
export function FamilyMemberCard({ member }: { member: FamilyMember }) {
  const headingId = `member-${member.id}`;
  // A consent just signed on a server whose clock runs behind is not yet in force: it is still current, not past.
  const isCurrent = (consent: Consent) => consent.standing === "active" || consent.standing === "not_yet_in_force";
  const active = member.consents.filter(isCurrent);
  const past = member.consents.filter((consent) => !isCurrent(consent));
  const standing = standingWords[member.standing];
  const ended = active.length === 0 ? lastEndedWords(member, past) : null;

  return (
    <article className="card stack" aria-labelledby={headingId}>
      <div>
        <div className="card__title">
          <h3 id={headingId}>{member.name}</h3>
          <Badge tone={standing.tone}>{standing.words}</Badge>
        </div>
        <p className="muted small">
          {familyRelationshipLabels[member.relationship]} · {member.email}
        </p>
        {member.standing === "invited" && member.invitationExpiresAt ? (
          <p className="small">
            Invited on {dayOf(member.invitedAt)}. Their link works until {dayOf(member.invitationExpiresAt)}.
          </p>
        ) : null}
        {member.standing === "joined" && member.joinedAt ? <p className="small">Joined on {dayOf(member.joinedAt)}.</p> : null}
        {member.standing !== "joined" ? <ResendInvitationForm member={{ id: member.id, name: member.name }} /> : null}
      </div>

      <section aria-labelledby={`${headingId}-sharing`}>
        <h4 id={`${headingId}-sharing`}>What {member.name} can see</h4>
        {active.length === 0 ? (
          <p>Nothing right now.{ended ? ` ${ended}` : null}</p>
        ) : (
          <ul className="team">
            {active.map((consent) => (
              <li key={consent.id}>
                <ConsentSummary consent={consent} />
                <p className="small muted">Signed on {dayOf(consent.signedAt)}.</p>
              </li>
            ))}
          </ul>
        )}
        {active.length > 0 && member.standing !== "joined" ? (
          <p className="small muted">They will see it once they accept your invitation.</p>
        ) : null}
        <p>
          <Link href={`/family/${member.id}/share`} className="button" aria-describedby={active.length > 0 ? `${headingId}-change` : undefined}>
            Share with {member.name}
          </Link>
        </p>
        {active.length > 0 ? (
          <p id={`${headingId}-change`} className="small muted">
            A new consent replaces the one you have now, and starts from it.
          </p>
        ) : null}
      </section>

      {active.length > 0 ? (
        <section aria-labelledby={`${headingId}-stop`} className="stack">
          <h4 id={`${headingId}-stop`}>Stop sharing</h4>
          <ul className="team">
            {active.map((consent) => (
              <li key={consent.id}>
                <Link href={stopSharingHref(consent, member)} className="button button--quiet">
                  Stop sharing{active.length > 1 ? ` (signed on ${dayOf(consent.signedAt)})` : null}…
                  <span className="visually-hidden"> this with {member.name}</span>
                </Link>
              </li>
            ))}
          </ul>
          <p className="small muted">We ask before anything stops.</p>
        </section>
      ) : null}

      {past.length > 0 ? (
        <details>
          <summary>Past sharing with {member.name} ({past.length})</summary>
          <ul className="team">
            {past.map((consent) => (
              <li key={consent.id}>
                <ConsentSummary consent={consent} />
                <p className="small muted">
                  Signed on {dayOf(consent.signedAt)}. {endedWords(consent)}
                </p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
