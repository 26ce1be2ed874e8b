import type { StaffOutputs } from "@stepwise/api/staff";
import { defaultTimeZone, staffMay } from "@stepwise/domain";
import { formatInstant, isoInstant } from "@stepwise/ui/format";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlertDeadlineBadge, AlertStateBadge, AlertTimeline } from "~/components/alerts/alert-parts";
import { AlertStepForms } from "~/components/alerts/alert-step-forms";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

// The client's name stays out of the tab title: an alert is PHI on a shared screen.
export const metadata: Metadata = { title: "Safety alert" };

/** One safety alert: why it opened, every step taken on it, and, for those who may, taking the next. */
export default async function AlertPage({ params }: { params: Promise<{ alertId: string }> }) {
  const { alertId } = await params;
  const user = await requireSignedInUser();
  let alert: StaffOutputs["alerts"]["detail"]["alert"];
  try {
    ({ alert } = await getQueryClient().fetchQuery(trpc.alerts.detail.queryOptions({ alertId })));
  } catch (error) {
    // A malformed id names no alert: the same answer as one that doesn't exist.
    if (trpcErrorCode(error) === "BAD_REQUEST") notFound();
    handleApiError(error);
  }
  const timeZone = defaultTimeZone;
  const mayAct = user.staff !== null && staffMay(user.staff.role, "alerts.acknowledge");

  return (
    <>
      <Link href="/alerts" className="back-link">
        ← Safety alerts
      </Link>
      <div className="page-intro">
        <h1>Safety alert: {alert.clientName}</h1>
        <p className="badges alert-badges">
          <AlertStateBadge alert={alert} />
          <AlertDeadlineBadge alert={alert} timeZone={timeZone} />
        </p>
      </div>

      <div className="stack">
        <section className="card" aria-labelledby="alert-about-heading">
          <h2 id="alert-about-heading">Why it opened</h2>
          <p>{alert.reasonWords}</p>
          <dl className="facts">
            <dt>Client</dt>
            <dd>
              <Link href={`/clients/${alert.clientId}/measures`} className="target-link">
                {alert.clientName}: check-ins and measures
              </Link>
            </dd>
            <dt>Opened</dt>
            <dd>
              <time dateTime={isoInstant(alert.openedAt)}>{formatInstant(alert.openedAt, timeZone)}</time>
            </dd>
            <dt>To be taken up by</dt>
            <dd>
              <time dateTime={isoInstant(alert.deadline)}>{formatInstant(alert.deadline, timeZone)}</time>
            </dd>
          </dl>
          {alert.state === "resolved" ? <p className="notice">This alert is resolved. Its steps are kept below.</p> : null}
        </section>

        <section className="card" aria-labelledby="alert-timeline-heading">
          <h2 id="alert-timeline-heading">Timeline</h2>
          <p className="small muted">Every step, oldest first, with who took it.</p>
          <AlertTimeline steps={alert.steps} timeZone={timeZone} />
        </section>

        {mayAct ? <AlertStepForms alertId={alert.id} state={alert.state} /> : null}
      </div>
    </>
  );
}
