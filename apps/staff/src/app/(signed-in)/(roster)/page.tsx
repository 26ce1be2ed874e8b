import { staffMay } from "@stepwise/domain";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import { ForbiddenNotice } from "~/components/forbidden-notice";
import { RosterTable, type RosterRow } from "~/components/roster/roster-table";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Roster" };

export default async function RosterPage() {
  const user = await requireSignedInUser();
  // Only a presentation choice: the API refuses client records to roles without client.read anyway.
  const canOpenClients = user.staff !== null && staffMay(user.staff.role, "client.read");
  let rows: RosterRow[];
  try {
    rows = await getQueryClient().fetchQuery(trpc.roster.list.queryOptions());
  } catch (error) {
    if (trpcErrorCode(error) === "FORBIDDEN") return <ForbiddenNotice what="the roster" />;
    handleApiError(error);
  }
  const flagged = rows.filter((row) => row.flags.length > 0 || row.reviewOverdue).length;

  return (
    <>
      <div className="page-intro">
        <h1>Roster</h1>
        <p className="lede">
          Hours this week and last week against each client&apos;s band, with what needs attention today.{" "}
          {flagged === 0
            ? "No client needs follow-up right now."
            : `${flagged} ${flagged === 1 ? "client needs" : "clients need"} follow-up.`}
        </p>
      </div>
      {rows.length > 0 ? (
        <RosterTable rows={rows} canOpenClients={canOpenClients} />
      ) : (
        <p className="card">No clients are enrolled in an open program right now.</p>
      )}
    </>
  );
}
