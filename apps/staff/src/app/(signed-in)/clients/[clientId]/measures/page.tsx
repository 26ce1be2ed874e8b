import { defaultTimeZone, staffMay } from "@stepwise/domain";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientAlertsNotice } from "~/components/alerts/client-alerts-notice";
import type { ClientDetail } from "~/components/enrollment/types";
import { CheckInList } from "~/components/measures/check-in-list";
import type { ClientMeasures } from "~/components/measures/measure-types";
import { type PaperCheckIn, PaperCheckInForms } from "~/components/measures/paper-check-in-forms";
import { ResponseList } from "~/components/measures/response-list";
import { TrendCard } from "~/components/measures/trend-card";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

// The client's name stays out of the tab title and browser history: this is PHI on a shared screen.
export const metadata: Metadata = { title: "Check-ins and measures" };

/**
 * A client's check-ins and scores: each instrument's course from its baseline (a chart and the
 * same numbers as a table), the current enrollment's check-ins, every response with its answers,
 * and, for roles that may, entering a check-in given on paper. Roles without measures.read (the
 * front desk) are answered as any page outside their role.
 */
export default async function ClientMeasuresPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const user = await requireSignedInUser();
  let measures: ClientMeasures;
  let detail: ClientDetail;
  try {
    // The measures first: a role without them is refused before the record is read.
    measures = await getQueryClient().fetchQuery(trpc.measures.list.queryOptions({ clientId }));
    detail = await getQueryClient().fetchQuery(trpc.clients.detail.queryOptions({ clientId }));
  } catch (error) {
    // A malformed id names no client: the same answer as one that doesn't exist.
    if (trpcErrorCode(error) === "BAD_REQUEST") notFound();
    handleApiError(error);
  }

  const programOf = new Map(detail.enrollments.map((enrollment) => [enrollment.id, enrollment.program]));
  const currentId = measures.checkIns?.enrollmentId ?? null;
  const timeZoneOf = (enrollmentId: string) => programOf.get(enrollmentId)?.timeZone ?? defaultTimeZone;
  const alertTimeZone = currentId ? timeZoneOf(currentId) : defaultTimeZone;
  // The enrollment in care first, then the earlier ones; each labelled when there is more than one.
  const trends = [...measures.trends].sort((a, b) => Number(b.enrollmentId === currentId) - Number(a.enrollmentId === currentId));
  const severalEnrollments = new Set(trends.map((trend) => trend.enrollmentId)).size > 1;
  const openAlerts = measures.alerts.filter((alert) => alert.state !== "resolved");
  const mayRecord = user.staff !== null && staffMay(user.staff.role, "measures.write");
  const paperCheckIns: PaperCheckIn[] = (measures.checkIns?.checkIns ?? []).flatMap((checkIn) =>
    checkIn.state === "due" || checkIn.state === "expired"
      ? [{ instrument: checkIn.instrument, occasion: checkIn.occasion, dueOn: checkIn.dueOn, state: checkIn.state }]
      : [],
  );
  const responsesTimeZone = currentId ? timeZoneOf(currentId) : (detail.enrollments[0]?.program.timeZone ?? defaultTimeZone);

  return (
    <>
      <Link href={`/clients/${clientId}`} className="back-link">
        ← {detail.client.name}&apos;s record
      </Link>
      <div className="page-intro">
        <h1>{detail.client.name}: check-ins and measures</h1>
        <p className="muted">Lower totals are better on every measure here.</p>
      </div>

      <ClientAlertsNotice alerts={openAlerts} timeZone={alertTimeZone} />

      <section aria-labelledby="trends-heading" className="stack measures-section">
        <h2 id="trends-heading">Trends</h2>
        {trends.length === 0 ? (
          <p className="muted">No check-ins answered yet.</p>
        ) : (
          trends.map((trend) => (
            <TrendCard
              key={`${trend.enrollmentId}-${trend.instrument}`}
              trend={trend}
              headingId={`trend-${trend.enrollmentId}-${trend.instrument}`}
              context={
                severalEnrollments
                  ? `${programOf.get(trend.enrollmentId)?.name ?? "Program"}${trend.enrollmentId === currentId ? " (in care now)" : " (earlier enrollment)"}`
                  : null
              }
            />
          ))
        )}
      </section>

      <section className="card measures-section" aria-labelledby="check-ins-heading">
        <h2 id="check-ins-heading">Check-ins of this enrollment</h2>
        {measures.checkIns ? (
          <>
            <CheckInList checkIns={measures.checkIns.checkIns} />
            {mayRecord ? (
              <>
                <h3 className="measures-subheading">Record a paper check-in</h3>
                <PaperCheckInForms clientId={clientId} checkIns={paperCheckIns} />
              </>
            ) : null}
          </>
        ) : (
          <p className="muted">The client isn&apos;t in care now, so no check-ins are asked.</p>
        )}
      </section>

      <section className="card measures-section" aria-labelledby="responses-heading">
        <h2 id="responses-heading">Responses ({measures.responses.length})</h2>
        {measures.responses.length === 0 ? (
          <p className="muted">No responses yet.</p>
        ) : (
          <>
            <p className="small muted">Newest first. Open one to see every answer.</p>
            <ResponseList responses={measures.responses} timeZone={responsesTimeZone} />
          </>
        )}
      </section>
    </>
  );
}
