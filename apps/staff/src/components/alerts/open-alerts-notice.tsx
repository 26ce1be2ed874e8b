import Link from "next/link";
import { getQueryClient, trpc } from "~/trpc/server";

/** How many names the notice gives before "and N more": enough to know who, small enough to stay a line. */
const namesShown = 3;

/**
 * Above everything else on a first screen, for roles that read measures: how many safety alerts
 * are open, the most urgent clients by name, and the way to the queue. Nothing when none is open.
 */
export async function OpenAlertsNotice() {
  const { alerts } = await getQueryClient().fetchQuery(trpc.alerts.queue.queryOptions());
  if (alerts.length === 0) return null;
  const names = [...new Set(alerts.map((alert) => alert.clientName))];
  const shown = names.slice(0, namesShown).join("; ");
  const more = names.length - namesShown;
  const overdue = alerts.filter((alert) => alert.overdue).length;
  return (
    <section className="open-alerts-notice" aria-labelledby="open-alerts-heading">
      <p>
        <strong id="open-alerts-heading">
          {alerts.length === 1 ? "1 open safety alert" : `${alerts.length} open safety alerts`}
        </strong>
        {overdue > 0 ? ` (${overdue} overdue)` : null}: {shown}
        {more > 0 ? ` and ${more} more` : null}.{" "}
        <Link href="/alerts">Review the alerts</Link>
      </p>
    </section>
  );
}
