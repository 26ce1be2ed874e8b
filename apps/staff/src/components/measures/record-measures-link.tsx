import Link from "next/link";
import { getQueryClient, trpc } from "~/trpc/server";

/**
 * Near the top of a client's record, for roles that read measures: a prominent notice for each
 * open safety alert, linking to it, and the way to the client's check-ins and measures.
 */
export async function RecordMeasuresLink({ clientId }: { clientId: string }) {
  const { alerts: open } = await getQueryClient().fetchQuery(trpc.alerts.ofClient.queryOptions({ clientId }));
  return (
    <>
      {open.length > 0 ? (
        <section className="open-alerts-notice" aria-labelledby="record-alerts-heading">
          <h2 id="record-alerts-heading" className="open-alerts-notice__heading">
            {open.length === 1 ? "Open safety alert" : `${open.length} open safety alerts`}
          </h2>
          <ul className="open-alerts-notice__list">
            {open.map((alert) => (
              <li key={alert.id}>
                <p>
                  {alert.reasonWords}
                  {alert.overdue ? " Overdue: nobody has taken it up yet." : alert.state === "open" ? " Nobody has taken it up yet." : ""}
                </p>
                <Link href={`/alerts/${alert.id}`}>Open the alert</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="record-measures-link">
        <Link href={`/clients/${clientId}/measures`} className="target-link">
          Check-ins and measures
        </Link>
      </p>
    </>
  );
}
