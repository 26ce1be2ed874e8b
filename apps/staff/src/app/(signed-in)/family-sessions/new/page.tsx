import type { StaffOutputs } from "@stepwise/api/staff";
import { instantToZonedDate } from "@stepwise/domain";
import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { getQueryClient, trpc } from "~/trpc/server";
import { FamilySessionForm } from "~/components/family-sessions/family-session-form";

export const metadata: Metadata = { title: "Schedule a family session" };

export default async function NewFamilySessionPage() {
  let choices: StaffOutputs["familySessions"]["options"];
  try {
    choices = await getQueryClient().fetchQuery(trpc.familySessions.options.queryOptions());
  } catch (error) {
    handleApiError(error);
  }
  return (
    <>
      <Link href="/family-sessions" className="back-link">
        ← Family sessions
      </Link>
      <div className="page-intro">
        <h1>Schedule a family session</h1>
        <p className="muted">
          Clients and the family members they consented to share family sessions with can sign up in the portal until the
          cutoff. When the seats are taken, they join the waitlist in order.
        </p>
      </div>
      <section className="card" aria-labelledby="session-heading">
        <h2 id="session-heading">The session</h2>
        {choices.programs.length === 0 ? (
          <p className="muted">No program is running, so there is nothing to schedule a family session in.</p>
        ) : (
          <FamilySessionForm
            choices={choices}
            todayInProgram={Object.fromEntries(choices.programs.map((program) => [program.id, instantToZonedDate(new Date(), program.timeZone)]))}
          />
        )}
      </section>
    </>
  );
}
