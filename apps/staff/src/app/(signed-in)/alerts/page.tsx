import type { StaffOutputs } from "@stepwise/api/staff";
import { defaultTimeZone } from "@stepwise/domain";
import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import { AlertCards } from "~/components/alerts/alert-cards";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Safety alerts" };

/** The open safety alerts of every client, most urgent first: the list staff work from. */
export default async function AlertsPage() {
  let queue: StaffOutputs["alerts"]["queue"];
  try {
    queue = await getQueryClient().fetchQuery(trpc.alerts.queue.queryOptions());
  } catch (error) {
    handleApiError(error);
  }
  const { alerts } = queue;
  return (
    <>
      <div className="page-intro">
        <h1>Safety alerts</h1>
        <p className="muted">
          Open alerts, most urgent first: overdue ones, then those nobody has taken up, then those taken up but not yet resolved.
        </p>
      </div>
      {alerts.length === 0 ? (
        <p className="notice">No open safety alerts.</p>
      ) : (
        <AlertCards alerts={alerts} timeZone={defaultTimeZone} />
      )}
    </>
  );
}
