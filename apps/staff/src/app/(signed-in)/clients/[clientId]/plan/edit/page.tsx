import { staffMay } from "@stepwise/domain";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import type { ClientDetail } from "~/components/enrollment/types";
import { PlanEditor } from "~/components/plans/plan-editor";
import type { ClientPlan } from "~/components/plans/plan-types";
import "~/components/plans/plans.css";
import { requireSignedInUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

// The client's name stays out of the tab title and browser history: this is PHI on a shared screen.
export const metadata: Metadata = { title: "Write a treatment plan" };

/**
 * Writing a new version of a client's plan: the first plan, or the current one prefilled to
 * change or review. Only roles with plans.write; the API checks it again on saving.
 */
export default async function EditClientPlanPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const user = await requireSignedInUser();
  if (!user.staff || !staffMay(user.staff.role, "plans.write")) forbidden();
  let plan: ClientPlan;
  let detail: ClientDetail;
  try {
    plan = await getQueryClient().fetchQuery(trpc.plans.ofClient.queryOptions({ clientId }));
    detail = await getQueryClient().fetchQuery(trpc.clients.detail.queryOptions({ clientId }));
  } catch (error) {
    if (trpcErrorCode(error) === "BAD_REQUEST") notFound();
    handleApiError(error);
  }
  const current = plan.plan?.current ?? null;

  return (
    <>
      <Link href={`/clients/${clientId}/plan`} className="back-link">
        ← {detail.client.name}&apos;s treatment plan
      </Link>
      <div className="page-intro">
        <h1>
          {detail.client.name}: {current ? `version ${current.version + 1} of the treatment plan` : "the first treatment plan"}
        </h1>
        <p className="muted">
          {current
            ? "The current plan is filled in below. Change what needs changing; the signed version stays in the history."
            : "Problems and goals in the client's own words, objectives that can be measured, and the care that serves them."}
        </p>
      </div>
      {plan.enrollment ? (
        <section className="card plan-section">
          <PlanEditor
            clientId={clientId}
            enrollmentId={plan.enrollment.id}
            current={current ? { version: current.version, content: current.content } : null}
            staffOptions={plan.staffOptions}
          />
        </section>
      ) : (
        <section className="card plan-section">
          <p>The client isn&apos;t in care now, so there is no plan to write.</p>
        </section>
      )}
    </>
  );
}
