import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ShareForm } from "~/components/family/share-form";
import { requireClientUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Share with a family member" };

/** The consent form: what to share with one family member, why, until when, and the signature. */
export default async function SharePage({ params }: { params: Promise<{ memberId: string }> }) {
  await requireClientUser();
  const { memberId } = await params;
  let form;
  try {
    form = await getQueryClient().fetchQuery(trpc.family.consentForm.queryOptions({ familyMemberId: memberId }));
  } catch (error) {
    // Someone else's family member, a malformed id and a missing one all read as not found.
    if (trpcErrorCode(error) === "BAD_REQUEST") notFound();
    handleApiError(error);
  }
  const { member } = form;

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
      </div>
      <ShareForm
        member={{ id: member.id, name: member.name, joined: member.joined }}
        signatureNames={form.signatureNames}
        inTreatment={form.inTreatment}
        today={form.today}
        latestEndDate={form.latestEndDate}
      />
    </>
  );
}
