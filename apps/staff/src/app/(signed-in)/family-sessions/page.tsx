import type { StaffOutputs } from "@stepwise/api/staff";
import { staffMay } from "@stepwise/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { requireSignedInUser } from "~/server/session";
import { handleApiError } from "@stepwise/ui/trpc-server";
import { getQueryClient, trpc } from "~/trpc/server";
import { FamilySessionsTable } from "~/components/family-sessions/family-sessions-table";

export const metadata: Metadata = { title: "Family sessions" };

export default async function FamilySessionsPage() {
  const user = await requireSignedInUser();
  let sessions: StaffOutputs["familySessions"]["list"];
  try {
    sessions = await getQueryClient().fetchQuery(trpc.familySessions.list.queryOptions());
  } catch (error) {
    handleApiError(error);
  }
  const canSchedule = user.staff !== null && staffMay(user.staff.role, "family_session.write");
  const upcoming = sessions.filter((session) => !session.ended);
  // The most recent first: the one just held is the one staff look for.
  const past = sessions.filter((session) => session.ended).reverse();

  return (
    <>
      <div className="page-intro">
        <h1>Family sessions</h1>
        <p className="lede">
          Family therapy sessions for one family or several. Clients and their consented family members sign up in the
          portal; when the seats are taken, they join the waitlist in order.
        </p>
        {canSchedule ? (
          <p>
            <Link href="/family-sessions/new" className="button">
              Schedule a family session
            </Link>
          </p>
        ) : null}
      </div>

      {upcoming.length === 0 ? (
        <p className="card">{past.length > 0 ? "No family sessions are coming up." : "No family sessions are scheduled yet."}</p>
      ) : (
        <FamilySessionsTable id="upcoming" caption="Coming up" sessions={upcoming} />
      )}
      {past.length > 0 ? <FamilySessionsTable id="past" caption="The past two weeks" sessions={past} /> : null}
    </>
  );
}
