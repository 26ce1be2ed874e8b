import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { PlanGoals, PlanInterventions, PlanProblems } from "~/components/treatment-plan/plan-sections";
import { PlanSignatures } from "~/components/treatment-plan/plan-signatures";
import { SignedNotice } from "~/components/treatment-plan/signed-notice";
import { requireClientUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "My treatment plan" };

/**
 * The client's treatment plan in plain words: what they're working on, their goals and the steps
 * toward each, what they'll do with the care team, and their signature, given here.
 */
export default async function TreatmentPlanPage({ searchParams }: { searchParams: Promise<{ signed?: string }> }) {
  await requireClientUser();
  let mine;
  try {
    mine = await getQueryClient().fetchQuery(trpc.treatmentPlan.mine.queryOptions());
  } catch (error) {
    handleApiError(error);
  }
  const { plan, signatureNames } = mine;
  const justSigned = (await searchParams).signed === "1" && Boolean(plan?.yourSignature);

  return (
    <>
      <div className="page-intro">
        <p className="eyebrow">
          <Link href="/">My plan</Link>
        </p>
        <h1>Your treatment plan</h1>
        {plan ? (
          <p className="lede">What you and your care team are working on together, in your words and theirs.</p>
        ) : null}
      </div>
      {!plan ? (
        <section className="card" aria-label="Your plan">
          <p>Your care team is writing your plan with you. You&apos;ll see it here to review and sign.</p>
        </section>
      ) : (
        <div className="stack plan-page">
          {justSigned ? <SignedNotice /> : null}
          {plan.beingUpdated ? (
            <p className="notice">Your care team is updating your plan. You&apos;ll be asked to sign the new version.</p>
          ) : null}
          {plan.state === "awaiting_client_signature" ? (
            <p className="notice">
              Your plan is ready for you to review. Read it through, then <a href="#sign">sign it at the end</a>.
            </p>
          ) : null}
          <PlanProblems problems={plan.problems} />
          <PlanGoals goals={plan.goals} objectives={plan.objectives} />
          <PlanInterventions interventions={plan.interventions} />
          <PlanSignatures plan={plan} signatureNames={signatureNames} />
        </div>
      )}
    </>
  );
}
