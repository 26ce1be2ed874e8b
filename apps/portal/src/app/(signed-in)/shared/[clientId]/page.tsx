import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SharedAttendanceCard } from "~/components/shared-with-me/shared-attendance";
import { SharedPlanCard } from "~/components/shared-with-me/shared-plan";
import { SharedScheduleCard } from "~/components/shared-with-me/shared-schedule";
import { getQueryClient, trpc } from "~/trpc/server";

// The client's name stays out of the tab title: tabs and history are seen by others.
export const metadata: Metadata = { title: "Shared with me" };

/** The client, when they share something with the caller now, and each part their consent covers. */
async function loadShared(clientId: string) {
  const queries = getQueryClient();
  try {
    const clients = await queries.fetchQuery(trpc.sharedWithMe.clients.queryOptions());
    const client = clients.find((candidate) => candidate.clientId === clientId);
    if (!client) return null;
    const shares = (scope: (typeof client.scopes)[number]) => client.scopes.includes(scope);
    // Each part is asked for under its own scope; every call checks the consent again.
    const [schedule, attendance, plan] = await Promise.all([
      shares("schedule") ? queries.fetchQuery(trpc.sharedWithMe.schedule.queryOptions({ clientId })) : null,
      shares("attendance_summary") ? queries.fetchQuery(trpc.sharedWithMe.attendance.queryOptions({ clientId })) : null,
      shares("plan_summary") ? queries.fetchQuery(trpc.sharedWithMe.plan.queryOptions({ clientId })) : null,
    ]);
    return { client, schedule, attendance, plan, familySessions: shares("family_sessions") };
  } catch (error) {
    handleApiError(error);
  }
}

/**
 * One client's shared information, only the parts their consent covers now. An id that names
 * nobody sharing with this person shows the not-found page, whether or not it is a client here.
 */
export default async function SharedClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const shared = await loadShared(clientId);
  if (!shared) notFound();
  const { client, schedule, attendance, plan } = shared;
  const { firstName } = client;

  return (
    <>
      <div className="page-intro">
        <p className="eyebrow">
          <Link href="/">Shared with me</Link>
        </p>
        <h1>{client.name}</h1>
        <p className="lede">What {firstName} has chosen to share with you. {firstName} can change this at any time.</p>
      </div>
      <div className="stack">
        {plan ? <SharedPlanCard plan={plan} firstName={firstName} /> : null}
        {attendance ? <SharedAttendanceCard attendance={attendance} firstName={firstName} /> : null}
        {schedule ? <SharedScheduleCard schedule={schedule} firstName={firstName} /> : null}
        {shared.familySessions ? (
          <section className="card" aria-labelledby="shared-family-sessions-heading">
            <h2 id="shared-family-sessions-heading">Family sessions</h2>
            <p>{firstName} would like you to be able to join family therapy sessions. See the sessions open to you, and sign up, on the family sessions page.</p>
            <p>
              <Link className="button" href="/family-sessions">
                See family sessions
              </Link>
            </p>
          </section>
        ) : null}
      </div>
    </>
  );
}
