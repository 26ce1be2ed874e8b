import { defaultTimeZone, staffMay } from "@stepwise/domain";
import { formatInstant, isoInstant } from "@stepwise/ui/format";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ClientDetail } from "~/components/enrollment/types";
import { Recommendation } from "~/components/level-of-care/assessment-summary";
import { decisionWords } from "~/components/level-of-care/level-words";
import { TrendCard } from "~/components/measures/trend-card";
import { AuthorizationForm } from "~/components/utilization-review/authorization-form";
import { PacketAttendance } from "~/components/utilization-review/packet-attendance";
import { PacketAuthorizations } from "~/components/utilization-review/packet-authorizations";
import { PacketFacts } from "~/components/utilization-review/packet-facts";
import { PacketPlan } from "~/components/utilization-review/packet-plan";
import { PacketWeeks } from "~/components/utilization-review/packet-weeks";
import { PrintButton } from "~/components/utilization-review/print-button";
import type { ClientAuthorizations, ReviewPacket } from "~/components/utilization-review/types";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

// The client's name stays out of the tab title and browser history: this is PHI on a shared screen.
export const metadata: Metadata = { title: "Utilization review packet" };

/**
 * The one page a payer's reviewer needs to renew an IOP or PHP authorization, printable: who, the
 * level and since when, hours per week against the floor, attendance, measure trends, the latest
 * level-of-care assessment, the plan's goals and objectives, and the authorizations. Minimum
 * necessary: no notes, care team or family. Below it, off paper, recording a new authorization.
 */
export default async function ReviewPacketPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const user = await requireSignedInUser();
  let packet: ReviewPacket | null;
  let detail: ClientDetail;
  let authorizations: ClientAuthorizations;
  try {
    // The packet first: a role without it is refused before the record is read.
    ({ packet } = await getQueryClient().fetchQuery(trpc.utilizationReview.packet.queryOptions({ clientId })));
    [detail, authorizations] = await Promise.all([
      getQueryClient().fetchQuery(trpc.clients.detail.queryOptions({ clientId })),
      getQueryClient().fetchQuery(trpc.authorizations.ofClient.queryOptions({ clientId })),
    ]);
  } catch (error) {
    // A malformed id names no client: the same answer as one that doesn't exist.
    if (trpcErrorCode(error) === "BAD_REQUEST") notFound();
    handleApiError(error);
  }

  const { inCare } = detail;
  const timeZone =
    (inCare ? detail.enrollments.find((enrollment) => enrollment.id === inCare.enrollmentId)?.program.timeZone : undefined) ?? defaultTimeZone;
  const mayRecord = user.staff !== null && staffMay(user.staff.role, "authorizations.write");

  return (
    <>
      <Link href={`/clients/${clientId}`} className="back-link">
        ← {detail.client.name}&apos;s record
      </Link>
      {packet === null ? (
        <>
          <div className="page-intro">
            <h1>{detail.client.name}: utilization review packet</h1>
          </div>
          <p className="muted">A packet is for a client in care. This client isn&apos;t in care now.</p>
        </>
      ) : (
        <>
          <div className="review-packet__tools">
            <p className="small muted">Only what a payer&apos;s reviewer needs: no notes, care team or family.</p>
            <PrintButton clientId={clientId} />
          </div>
          <p className="review-packet__unrecorded">
            Print the packet with the Print button on its page, so the disclosure is recorded.
          </p>
          <article className="review-packet" aria-labelledby="packet-heading">
            <h1 id="packet-heading">Utilization review: {packet.client.name}</h1>
            <PacketFacts packet={packet} />

            <section className="review-packet__section" aria-labelledby="packet-weeks-heading">
              <h2 id="packet-weeks-heading">Hours by week at this level</h2>
              <PacketWeeks packet={packet} />
            </section>

            <section className="review-packet__section" aria-labelledby="packet-attendance-heading">
              <h2 id="packet-attendance-heading">Attendance</h2>
              <PacketAttendance packet={packet} />
            </section>

            <section className="review-packet__section stack" aria-labelledby="packet-trends-heading">
              <h2 id="packet-trends-heading">Measures</h2>
              {packet.trends.length === 0 ? (
                <p className="muted">No check-ins answered in this enrollment yet.</p>
              ) : (
                packet.trends.map((trend) => (
                  <TrendCard key={trend.instrument} trend={trend} headingId={`packet-trend-${trend.instrument}`} context={null} />
                ))
              )}
            </section>

            <section className="review-packet__section" aria-labelledby="packet-loc-heading">
              <h2 id="packet-loc-heading">Latest level-of-care assessment</h2>
              {packet.assessment ? (
                <>
                  <p className="small muted">
                    Assessed <time dateTime={isoInstant(packet.assessment.assessedAt)}>{formatInstant(packet.assessment.assessedAt, timeZone)}</time>.
                    Decision support: a clinician confirms or declines it.
                  </p>
                  <Recommendation assessment={packet.assessment} />
                  <p>
                    {packet.assessment.decision ? (
                      <>
                        <strong>{decisionWords[packet.assessment.decision.decision]}</strong> by a clinician,{" "}
                        <time dateTime={isoInstant(packet.assessment.decision.decidedAt)}>{formatInstant(packet.assessment.decision.decidedAt, timeZone)}</time>.
                      </>
                    ) : (
                      "No decision recorded yet."
                    )}
                  </p>
                </>
              ) : (
                <p className="muted">No level-of-care assessment in this enrollment yet.</p>
              )}
            </section>

            <section className="review-packet__section" aria-labelledby="packet-plan-heading">
              <h2 id="packet-plan-heading">Treatment plan goals and objectives</h2>
              {packet.plan ? <PacketPlan plan={packet.plan} /> : <p className="muted">No treatment plan in this enrollment yet.</p>}
            </section>

            <section className="review-packet__section" aria-labelledby="packet-authorizations-heading">
              <h2 id="packet-authorizations-heading">Payer authorizations</h2>
              <PacketAuthorizations packet={packet} />
            </section>
          </article>

          {mayRecord && authorizations.enrollmentId ? (
            <section className="card review-packet__record" aria-labelledby="record-authorization-heading">
              <h2 id="record-authorization-heading">Record a payer authorization</h2>
              <AuthorizationForm
                clientId={clientId}
                enrollmentId={authorizations.enrollmentId}
                unit={packet.unit}
                today={packet.preparedOn}
              />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
