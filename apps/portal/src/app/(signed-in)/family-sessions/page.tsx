import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import { FamilySessionActions } from "~/components/family-sessions/family-session-actions";
import { JoinableSessions } from "~/components/family-sessions/joinable-sessions";
import { MySignUps } from "~/components/family-sessions/my-sign-ups";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Family sessions" };

async function loadFamilySessions() {
  const queries = getQueryClient();
  try {
    return await Promise.all([
      queries.fetchQuery(trpc.familySessions.mine.queryOptions()),
      queries.fetchQuery(trpc.familySessions.eligible.queryOptions()),
    ]);
  } catch (error) {
    handleApiError(error);
  }
}

/**
 * The caller's sign-ups, and the family sessions they may still join: a client's with their own
 * family, a family member's with the families of the clients who share family sessions with them.
 */
export default async function FamilySessionsPage() {
  const user = await requireSignedInUser();
  const [mine, eligible] = await loadFamilySessions();
  const isClient = user.kind === "client";
  // Someone linked to more than one person is told whose family each session is for.
  const families = new Set([...mine.map((signUp) => signUp.forClient.clientId), ...eligible.flatMap((session) => session.forClients.map((client) => client.clientId))]);

  return (
    <>
      <div className="page-intro">
        <h1>Family sessions</h1>
        <p className="lede">
          {isClient ? "Family therapy sessions you're welcome to join with your family." : "Family therapy sessions you're welcome to join."}{" "}
          When a session is full, you can join the waitlist. If a seat opens up, it&apos;s yours automatically: you&apos;ll see it here (and
          we&apos;ll send an email). Times are shown in the program&apos;s time zone.
        </p>
      </div>
      <FamilySessionActions>
        <div className="stack">
          {/* Sessions to join come first: a sign-up adds to the list below, so nothing above a button moves as it is pressed. */}
          <section className="card" aria-labelledby="joinable-heading">
            <h2 id="joinable-heading">Sessions you can join</h2>
            <JoinableSessions sessions={eligible} sayWhoseFamily={families.size > 1} forClient={isClient} />
          </section>
          <section className="card" aria-labelledby="my-sign-ups-heading">
            <h2 id="my-sign-ups-heading">Your sign-ups</h2>
            <MySignUps signUps={mine} sayWhoseFamily={families.size > 1} />
          </section>
        </div>
      </FamilySessionActions>
    </>
  );
}
