import { careLevelDefinitions, planVersionReasonLabels, staffMay } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate, formatInstant } from "@stepwise/ui/format";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ClientDetail } from "~/components/enrollment/types";
import { MarkMetForm } from "~/components/plans/mark-met-form";
import { PlanContentView } from "~/components/plans/plan-content-view";
import { PlanHistory } from "~/components/plans/plan-history";
import { PlanOutcome } from "~/components/plans/plan-outcome";
import { PlanSignaturesView } from "~/components/plans/plan-signatures";
import type { ClientPlan } from "~/components/plans/plan-types";
import { planStateWords } from "~/components/plans/plan-words";
import { SignPlanForm } from "~/components/plans/sign-plan-form";
import "~/components/plans/plans.css";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

// The client's name stays out of the tab title and browser history: this is PHI on a shared screen.
export const metadata: Metadata = { title: "Treatment plan" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * A client's treatment plan: the current version with its state, signatures and each objective's
 * progress, the review due, and every earlier version read only. Roles with plans.write sign it
 * for the care team, mark clinician-judged objectives met, and write a new version. Roles without
 * plans.read are answered as any page outside their role.
 */
export default async function ClientPlanPage({ params, searchParams }: { params: Promise<{ clientId: string }>; searchParams: SearchParams }) {
  const { clientId } = await params;
  const { saved } = await searchParams;
  const user = await requireSignedInUser();
  let plan: ClientPlan;
  let detail: ClientDetail;
  try {
    // The plan first: a role without it is refused before the record is read.
    plan = await getQueryClient().fetchQuery(trpc.plans.ofClient.queryOptions({ clientId }));
    detail = await getQueryClient().fetchQuery(trpc.clients.detail.queryOptions({ clientId }));
  } catch (error) {
    // A malformed id names no client: the same answer as one that doesn't exist.
    if (trpcErrorCode(error) === "BAD_REQUEST") notFound();
    handleApiError(error);
  }

  const mayWrite = user.staff !== null && staffMay(user.staff.role, "plans.write");
  const { enrollment, plan: overview } = plan;
  const current = overview?.current ?? null;
  const names = new Map<string, string>(plan.staffOptions.map((option) => [option.staffMemberId, option.name]));
  for (const intervention of current?.interventions ?? []) if (intervention.responsible) names.set(intervention.responsibleStaffId, intervention.responsible);
  const responsibleName = (staffMemberId: string) => names.get(staffMemberId) ?? null;
  // Only a version number the editor puts in the address is ever shown back: never free text.
  const savedVersion = typeof saved === "string" && /^\d{1,4}$/.test(saved) ? Number(saved) : null;
  const savedMessage =
    savedVersion !== null && current?.version === savedVersion
      ? `Version ${savedVersion} of the plan is saved.${current.signatures.staff ? "" : " Sign it for the care team below, so the client can read and sign it."}`
      : null;

  return (
    <>
      <Link href={`/clients/${clientId}`} className="back-link">
        ← {detail.client.name}&apos;s record
      </Link>
      <div className="page-intro">
        <h1>{detail.client.name}: treatment plan</h1>
        {enrollment ? <p className="muted">{careLevelDefinitions[enrollment.level].label}</p> : null}
      </div>

      {savedMessage ? <PlanOutcome key={savedMessage} message={savedMessage} /> : <div role="status" aria-atomic="true" />}

      {!enrollment ? (
        <section className="card plan-section">
          <p>The client isn&apos;t in care now, so there is no plan to read or write.</p>
        </section>
      ) : !overview || !current ? (
        <section className="card plan-section" aria-labelledby="plan-none-heading">
          <h2 id="plan-none-heading">No plan yet</h2>
          <p>A plan names the client&apos;s problems and goals in their own words, measurable objectives and the care that serves them.</p>
          {mayWrite ? (
            <p>
              <Link href={`/clients/${clientId}/plan/edit`} className="button">
                Write the first plan
              </Link>
            </p>
          ) : null}
        </section>
      ) : (
        <>
          <section className="card plan-section" aria-labelledby="plan-current-heading">
            <h2 id="plan-current-heading">Current plan: version {current.version}</h2>
            <p className="badges">
              <Badge tone={planStateWords[current.state].tone}>{planStateWords[current.state].words}</Badge>
              {overview.reviewOverdue ? <Badge tone="alert">Review overdue</Badge> : null}
            </p>
            <dl className="facts">
              <dt>Why written</dt>
              <dd>{planVersionReasonLabels[current.reason]}</dd>
              <dt>Written by</dt>
              <dd>
                {current.writtenBy}, {formatInstant(current.writtenAt, enrollment.timeZone)}
              </dd>
              {current.changeSummary ? (
                <>
                  <dt>What changed</dt>
                  <dd className="plan-words">{current.changeSummary}</dd>
                </>
              ) : null}
              <dt>Review due</dt>
              <dd>
                {formatCalendarDate(overview.reviewDue, "medium")}
                {overview.reviewOverdue ? <strong> (overdue)</strong> : null}
              </dd>
              <dt>Next recertification</dt>
              <dd>{overview.nextRecertificationDue ? formatCalendarDate(overview.nextRecertificationDue, "medium") : "None at this level"}</dd>
            </dl>
            {mayWrite ? (
              <p>
                <Link href={`/clients/${clientId}/plan/edit`} className="button button--quiet">
                  Write a new version (a change or a review)
                </Link>
              </p>
            ) : null}
            <PlanSignaturesView signatures={current.signatures} timeZone={enrollment.timeZone} headingLevel={3} />
            {mayWrite ? <SignPlanForm key={current.id} clientId={clientId} versionId={current.id} version={current.version} signed={current.signatures.staff !== null} /> : null}
          </section>

          <section className="card plan-section" aria-labelledby="plan-content-heading">
            <h2 id="plan-content-heading">What the plan says</h2>
            <PlanContentView
              content={current.content}
              objectives={current.objectives}
              responsibleName={responsibleName}
              sharedGoalKeys={overview.sharedGoalKeys}
              idPrefix="plan-current"
              headingLevel={3}
              objectiveAction={(objective) =>
                mayWrite && objective.measure.kind === "clinician_marked" ? (
                  <MarkMetForm clientId={clientId} objectiveKey={objective.key} description={objective.description} markedMetOn={objective.markedMetOn ?? null} />
                ) : objective.markedMetOn ? (
                  <p className="small muted">Marked met on {formatCalendarDate(objective.markedMetOn, "medium")}.</p>
                ) : null
              }
            />
          </section>

          <PlanHistory history={overview.history} timeZone={enrollment.timeZone} responsibleName={responsibleName} />
        </>
      )}
    </>
  );
}
