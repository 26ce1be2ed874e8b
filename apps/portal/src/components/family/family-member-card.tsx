import { familyRelationshipLabels } from "@stepwise/domain";
import { Badge, type BadgeTone } from "@stepwise/ui/components";
import Link from "next/link";
import { dayOf } from "./consent-dates";
import { ConsentSummary } from "./consent-summary";
import type { Consent, FamilyMember } from "./family-member-types";
import { ResendInvitationForm } from "./resend-invitation-form";
import { StopSharingForm } from "./stop-sharing-form";

const standingWords: Record<FamilyMember["standing"], { words: string; tone: BadgeTone }> = {
  invited: { words: "Invitation sent", tone: "info" },
  invitation_expired: { words: "Invitation expired — send a new one", tone: "warn" },
  joined: { words: "Has an account", tone: "ok" },
};

const pastWords = (consent: Consent) =>
  consent.revokedAt ? `You stopped sharing on ${dayOf(consent.revokedAt)}.` : "It ended on its own.";

/** One person in the client's life: where their invitation stands, and who can see what, until when. */
export function FamilyMemberCard({ member }: { member: FamilyMember }) {
  const headingId = `member-${member.id}`;
  // A consent just signed on a server whose clock runs behind is not yet in force: it is still current, not past.
  const isCurrent = (consent: Consent) => consent.standing === "active" || consent.standing === "not_yet_in_force";
  const active = member.consents.filter(isCurrent);
  const past = member.consents.filter((consent) => !isCurrent(consent));
  const standing = standingWords[member.standing];

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
          <p>Nothing right now.</p>
        ) : (
          <ul className="team">
            {active.map((consent) => (
              <li key={consent.id}>
                <ConsentSummary consent={consent} />
                <p className="small muted">Signed on {dayOf(consent.signedAt)}.</p>
                <StopSharingForm consent={consent} member={member} />
              </li>
            ))}
          </ul>
        )}
        {active.length > 0 && member.standing !== "joined" ? (
          <p className="small muted">They will see it once they accept your invitation.</p>
        ) : null}
        <p>
          <Link href={`/family/${member.id}/share`} className="button">
            Share with {member.name}
          </Link>
        </p>
      </section>

      {past.length > 0 ? (
        <details>
          <summary>Past sharing with {member.name} ({past.length})</summary>
          <ul className="team">
            {past.map((consent) => (
              <li key={consent.id}>
                <ConsentSummary consent={consent} />
                <p className="small muted">
                  Signed on {dayOf(consent.signedAt)}. {pastWords(consent)}
                </p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
