import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { dayOf } from "~/components/family/consent-dates";
import { ConsentSummary } from "~/components/family/consent-summary";
import type { FamilyMember } from "~/components/family/family-member-types";
import { StopSharingForm, givenUpWords } from "~/components/family/stop-sharing-form";
import { requireClientUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Stop sharing" };

/**
 * Asks before a consent stops, and says what stopping does: what the person no longer sees, and
 * the family-session places it gives up. Only the button here stops it.
 */
export default async function StopSharingPage({ params }: { params: Promise<{ memberId: string; consentId: string }> }) {
  await requireClientUser();
  const { memberId, consentId } = await params;
  let members: FamilyMember[];
  try {
    members = await getQueryClient().fetchQuery(trpc.family.members.queryOptions());
  } catch (error) {
    handleApiError(error);
  }
  const member = members.find((candidate) => candidate.id === memberId);
  const consent = member?.consents.find((candidate) => candidate.id === consentId);
  if (!member || !consent) notFound();
  const inForce = consent.standing === "active" || consent.standing === "not_yet_in_force";
  const givenUp = givenUpWords(consent, member);

  return (
    <>
      <div className="page-intro">
        <p className="eyebrow">
          <Link href="/family">My family</Link>
        </p>
        <h1>Stop sharing with {member.name}?</h1>
      </div>
      {inForce ? (
        <section className="card stack" aria-labelledby="stop-what-heading">
          <h2 id="stop-what-heading">What stops</h2>
          <ConsentSummary consent={consent} />
          <p className="small muted">Signed on {dayOf(consent.signedAt)}.</p>
          <div id="stop-words" className="stack">
            <p>
              It stops at once: from the next time {member.name} opens the portal, they see nothing more of what this consent
              shares. What they saw while it was in place stays seen.
            </p>
            {givenUp ? <p>{givenUp}</p> : null}
            <p>You can share with {member.name} again later by signing a new consent.</p>
          </div>
          <StopSharingForm consent={consent} member={member} describedBy="stop-words" />
        </section>
      ) : (
        <section className="card stack" aria-labelledby="stop-done-heading">
          <h2 id="stop-done-heading">This sharing has already ended</h2>
          <p>Nothing more is shared under it.</p>
          <p>
            <Link href="/family" className="button">
              Back to My family
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
