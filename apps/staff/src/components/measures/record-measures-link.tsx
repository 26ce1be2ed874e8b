import Link from "next/link";
import { ClientAlertsNotice } from "~/components/alerts/client-alerts-notice";
import { getQueryClient, trpc } from "~/trpc/server";

/**
 * Near the top of a client's record, for roles that read measures: a prominent notice for each
 * open safety alert, linking to it, and the way to the client's check-ins and measures.
 */
export async function RecordMeasuresLink({ clientId, timeZone }: { clientId: string; timeZone: string }) {
  const { alerts: open } = await getQueryClient().fetchQuery(trpc.alerts.ofClient.queryOptions({ clientId }));
  return (
    <>
      <ClientAlertsNotice alerts={open} timeZone={timeZone} />
      <p className="record-measures-link">
        <Link href={`/clients/${clientId}/measures`} className="target-link">
          Check-ins and measures
        </Link>
      </p>
    </>
  );
}
