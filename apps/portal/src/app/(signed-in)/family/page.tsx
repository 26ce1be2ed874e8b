import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { FamilyMemberCard } from "~/components/family/family-member-card";
import { FamilyOutcome } from "~/components/family/family-outcome";
import type { FamilyMember } from "~/components/family/family-member-types";
import { InviteForm } from "~/components/family/invite-form";
import { stoppingEndsFamilySessions } from "~/components/family/stop-sharing-form";
import { requireClientUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "My family" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const problems: Record<string, string> = {
  "already-stopped": "That sharing had already stopped. Here is how things stand now.",
  "not-stopped": "We couldn't stop that sharing just now. Please try again.",
};

/** What stopping a consent did, read back from the family as it stands now. */
function stoppedWords(members: FamilyMember[], consentId: unknown): string | null {
  const member = members.find((candidate) => candidate.consents.some((consent) => consent.id === consentId));
  const consent = member?.consents.find((candidate) => candidate.id === consentId);
  if (!member || !consent) return null;
  const seen = `You've stopped sharing with ${member.name}. From the next time they open the portal, they see nothing more of it.`;
  if (member.standing !== "joined" || !stoppingEndsFamilySessions(consent, member)) return seen;
  return `${seen} Any places they had in your family sessions still to come, on a waitlist too, are given up.`;
}

/** What the last action did, from the words the actions put in the address (never free text). */
function Outcome({ params, members }: { params: Record<string, string | string[] | undefined>; members: FamilyMember[] }) {
  const shared = members.find((member) => member.id === params.shared)?.name;
  const stopped = stoppedWords(members, params.stopped);
  const problem = typeof params.problem === "string" ? problems[params.problem] : undefined;
  if (problem) return <FamilyOutcome key={problem} message={problem} problem />;
  const message = shared ? `You're now sharing with ${shared}. You can stop at any time, here.` : stopped;
  if (!message) return <div role="status" aria-atomic="true" />;
  return <FamilyOutcome key={message} message={message} problem={false} />;
}

/** The people the client shares with now come first, in the order they were invited; then everyone else. */
function sharingFirst(members: FamilyMember[]): FamilyMember[] {
  const sharing = (member: FamilyMember) => member.consents.some((consent) => consent.standing === "active" || consent.standing === "not_yet_in_force");
  return [...members.filter(sharing), ...members.filter((member) => !sharing(member))];
}

export default async function MyFamilyPage({ searchParams }: { searchParams: SearchParams }) {
  // A family member's own account has no family of its own to invite.
  await requireClientUser();
  let members: FamilyMember[];
  try {
    members = await getQueryClient().fetchQuery(trpc.family.members.queryOptions());
  } catch (error) {
    handleApiError(error);
  }
  const params = await searchParams;

  return (
    <>
      <div className="page-intro">
        <h1>My family</h1>
        <p className="lede">
          Invite the people who support you, and choose what each of them can see and for how long. Nothing is shared
          until you sign for it, and you can stop at any time.
        </p>
      </div>
      <Outcome params={params} members={members} />
      <section className="stack" aria-labelledby="members-heading">
        <h2 id="members-heading">Your family members</h2>
        {members.length === 0 ? (
          <p className="card">You haven&apos;t invited anyone yet. When you do, they&apos;ll appear here.</p>
        ) : (
          sharingFirst(members).map((member) => <FamilyMemberCard key={member.id} member={member} />)
        )}
      </section>
      <div className="grid grid--two">
        <InviteForm />
        <section className="card" aria-labelledby="how-heading">
          <h2 id="how-heading">How sharing works</h2>
          <ul>
            <li>You choose what each person can see: your schedule, your attendance summary, your plan summary, or signing up for family sessions with you.</li>
            <li>Your notes, and anything you say in sessions, are never shared.</li>
            <li>Each time, you say why you are sharing and until when, and sign with your name. A new consent to someone replaces the one before.</li>
            <li>When you stop sharing, it stops at once. Your care here never depends on sharing.</li>
            <li>
              You can see every time someone saw what you share, and under which consent, on{" "}
              <Link href="/privacy">Who has seen my information</Link>.
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
