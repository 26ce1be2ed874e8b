import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentSharing } from "~/components/family/current-sharing";
import type { FamilyMember } from "~/components/family/family-member-types";
import { ShareForm } from "~/components/family/share-form";
import { requireClientUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Share with a family member" };

/** The consent form: what to share with one family member, why, until when, and the signature. */
export default async function SharePage({ params }: { params: Promise<{ memberId: string }> }) {
  await requireClientUser();
  const { memberId } = await params;
  let form;
  let members: FamilyMember[];
  try {
    const queries = getQueryClient();
    form = await queries.fetchQuery(trpc.family.consentForm.queryOptions({ familyMemberId: memberId }));
    members = await queries.fetchQuery(trpc.family.members.queryOptions());
  } catch (error) {
    // Someone else's family member, a malformed id and a missing one all read as not found.
    if (trpcErrorCode(error) === "BAD_REQUEST") notFound();
    handleApiError(error);
  }
  const { member } = form;
  const current = currentSharing(members.find((candidate) => candidate.id === member.id));

  return (
    <>
      <div className="page-intro">
        <p className="eyebrow">
          <Link href="/family">My family</Link>
        </p>
        <h1>Share with {member.name}</h1>
        <p className="lede">
          Choose what {member.name} can see, say why, and until when. Signing this is your consent; you can take it back
          at any time.
        </p>
        {current ? (
          <div className="notice">
            <p>
              {member.name} can already see: {current.what}, {current.until}. This form starts from what you share now:
              change what you like, and sign.
            </p>
            <p>
              Your new consent replaces the one you have now: that one stops as this one starts.
              {current.start.scopes.includes("family_sessions") && member.joined
                ? ` If you leave out family sessions, ${member.name}'s places in your family sessions still to come are given up.`
                : null}
            </p>
          </div>
        ) : null}
      </div>
      <ShareForm
        member={{ id: member.id, name: member.name, joined: member.joined }}
        signatureNames={form.signatureNames}
        inTreatment={form.inTreatment}
        today={form.today}
        latestEndDate={form.latestEndDate}
        start={current?.start ?? null}
      />
    </>
  );
}
