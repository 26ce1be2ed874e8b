import { defaultTimeZone, instantToZonedDate } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ClientDetail } from "~/components/enrollment/types";
import { AssessmentForm } from "~/components/level-of-care/assessment-form";
import { AssessmentHistory } from "~/components/level-of-care/assessment-history";
import { AssessmentFacts, DecisionFacts, Recommendation } from "~/components/level-of-care/assessment-summary";
import { DecisionForm } from "~/components/level-of-care/decision-form";
import { recommendedLevelLabel } from "~/components/level-of-care/level-words";
import type { StaffAssessment } from "~/components/level-of-care/types";
import { getQueryClient, trpc } from "~/trpc/server";

// The client's name stays out of the tab title and browser history: this is PHI on a shared screen.
export const metadata: Metadata = { title: "Level-of-care review" };

/**
 * A level-of-care review: the latest assessment first, its recommendation with every reason and a
 * clinician's confirm or decline; then rating the seven dimensions anew; then the earlier
 * assessments. Roles without level_of_care.assess are answered as any page outside their role.
 */
export default async function LevelOfCarePage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  let assessments: StaffAssessment[];
  let detail: ClientDetail;
  try {
    // The assessments first: a role without them is refused before the record is read.
    assessments = await getQueryClient().fetchQuery(trpc.levelOfCare.assessments.queryOptions({ clientId }));
    detail = await getQueryClient().fetchQuery(trpc.clients.detail.queryOptions({ clientId }));
  } catch (error) {
    // A malformed id names no client: the same answer as one that doesn't exist.
    if (trpcErrorCode(error) === "BAD_REQUEST") notFound();
    handleApiError(error);
  }

  const { inCare } = detail;
  const timeZone =
    (inCare ? detail.enrollments.find((enrollment) => enrollment.id === inCare.enrollmentId)?.program.timeZone : undefined) ??
    detail.enrollments[0]?.program.timeZone ??
    defaultTimeZone;
  const today = instantToZonedDate(new Date(), timeZone);
  // Only an assessment of the enrollment in care can still be decided on.
  const [latest, ...earlier] = assessments;
  const latestDecidable = latest && !latest.decision && inCare?.enrollmentId === latest.enrollmentId ? latest : null;

  return (
    <>
      <Link href={`/clients/${clientId}`} className="back-link">
        ← {detail.client.name}&apos;s record
      </Link>
      <div className="page-intro">
        <h1>{detail.client.name}: level-of-care review</h1>
        <p className="muted">
          {inCare ? `${inCare.program.name} · ${inCare.level.label} since ${formatCalendarDate(inCare.levelSince, "medium")}` : "Not in care now."}
        </p>
      </div>
      <p className="notice loc-support-note">
        Decision support only: the recommendation never changes a level by itself. A clinician confirms or declines it, and a change is
        made on the record&apos;s level-change form.
      </p>

      {latest ? (
        <section className="card loc-section" aria-labelledby="loc-latest-heading">
          <h2 id="loc-latest-heading">Latest assessment</h2>
          <Recommendation assessment={latest} />
          <AssessmentFacts assessment={latest} timeZone={timeZone} />
          {latestDecidable ? (
            <>
              <h3 className="loc-subheading">Confirm or decline</h3>
              <DecisionForm
                clientId={clientId}
                assessmentId={latestDecidable.id}
                differsFromCurrent={latestDecidable.differsFromCurrent}
                recommendedLabel={recommendedLevelLabel(latestDecidable.recommended)}
              />
            </>
          ) : (
            <DecisionFacts assessment={latest} timeZone={timeZone} />
          )}
        </section>
      ) : null}

      <section className="card loc-section" aria-labelledby="loc-assess-heading">
        <h2 id="loc-assess-heading">{latest ? "Rate the dimensions again" : "Rate the seven dimensions"}</h2>
        {inCare ? (
          <AssessmentForm clientId={clientId} today={today} />
        ) : (
          <p className="muted">A level-of-care review is for a client in care. This client isn&apos;t in care now.</p>
        )}
      </section>

      <section className="card loc-section" aria-labelledby="loc-history-heading">
        <h2 id="loc-history-heading">Earlier assessments ({earlier.length})</h2>
        <AssessmentHistory assessments={earlier} timeZone={timeZone} />
      </section>
    </>
  );
}
