import type { StaffOutputs } from "@stepwise/api/staff";
import {
  type ConsentStanding,
  type FamilyMemberStanding,
  consentScopeWordingFor,
} from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatConsentUntil, formatInstant, isoInstant } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { handleApiError } from "@stepwise/ui/trpc-server";
import { getQueryClient, trpc } from "~/trpc/server";

type FamilyMember = StaffOutputs["clients"]["consents"]["familyMembers"][number];
type Consent = FamilyMember["consents"][number];

const memberStandingWords: Record<FamilyMemberStanding, string> = {
  invited: "Invited",
  invitation_expired: "Invitation expired",
  joined: "Joined",
};

/** An instant in the zone the rest of the client's page uses, the zone named. */
function When({ instant, timeZone }: { instant: Date; timeZone: string }) {
  return <time dateTime={isoInstant(instant)}>{formatInstant(instant, timeZone)}</time>;
}

function Standing({ consent, timeZone }: { consent: Consent; timeZone: string }) {
  const tones: Record<ConsentStanding, "ok" | "neutral" | "warn"> = { active: "ok", not_yet_in_force: "neutral", revoked: "neutral", expired: "warn" };
  const labels = { active: "Active", not_yet_in_force: "Not yet in force", expired: "Expired" } as const;
  if (consent.standing === "revoked" && consent.revokedAt) {
    return <Badge tone={tones.revoked}>Revoked on <When instant={consent.revokedAt} timeZone={timeZone} /></Badge>;
  }
  return <Badge tone={tones[consent.standing]}>{consent.standing === "revoked" ? "Revoked" : labels[consent.standing]}</Badge>;
}

function ConsentsTable({ member, timeZone }: { member: FamilyMember; timeZone: string }) {
  const captionId = `consents-${member.id}-caption`;
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>Consents to share with {member.name}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Purpose</th>
            <th scope="col">Until</th>
            <th scope="col">Signed</th>
            <th scope="col">Standing</th>
          </tr>
        </thead>
        <tbody>
          {member.consents.map((consent) => (
            <tr key={consent.id}>
              <th scope="row">
                {consent.scopes.map((scope, index) => (
                  <span key={scope}>
                    {index > 0 ? <br /> : null}
                    {consentScopeWordingFor(scope, "staff").label}
                  </span>
                ))}
              </th>
              <td>{consent.purpose}</td>
              <td>{formatConsentUntil(consent.expiry, "staff")}</td>
              <td>
                &ldquo;{consent.signedName}&rdquo;
                <br />
                <span className="small muted">
                  <When instant={consent.signedAt} timeZone={timeZone} />
                </span>
              </td>
              <td>
                <Standing consent={consent} timeZone={timeZone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The people the client invited and what the client consented to share with each. Read-only:
 * consent is the client's to give and take back, in their portal.
 */
export async function FamilyConsentsCard({ clientId, timeZone }: { clientId: string; timeZone: string }) {
  let members: FamilyMember[];
  try {
    ({ familyMembers: members } = await getQueryClient().fetchQuery(trpc.clients.consents.queryOptions({ clientId })));
  } catch (error) {
    handleApiError(error);
  }
  return (
    <section className="card" aria-labelledby="family-consent-heading">
      <h2 id="family-consent-heading">Family and consent</h2>
      <p className="small muted">
        The client gives and revokes consent themselves, in their portal. Staff can see it here but can&apos;t change it.
      </p>
      {members.length === 0 ? (
        <p className="muted">The client hasn&apos;t invited anyone.</p>
      ) : (
        <ul className="team">
          {members.map((member) => (
            <li key={member.id}>
              <h3>{member.name}</h3>
              <p className="small">
                {staffLabels.familyRelationship[member.relationship]} · {memberStandingWords[member.standing]} · {member.email}
              </p>
              {member.consents.length === 0 ? (
                <p className="muted">No consent given: they see nothing about the client.</p>
              ) : (
                <ConsentsTable member={member} timeZone={timeZone} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
