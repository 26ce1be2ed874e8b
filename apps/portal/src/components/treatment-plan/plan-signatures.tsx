import { formatCalendarDate } from "@stepwise/ui/format";
import { dayOfInstant } from "./plan-words";
import { SignPlanForm } from "./sign-plan-form";
import type { ClientPlan } from "./types";

/**
 * The signatures on the plan: the client's own (to give, while the plan awaits it, or as given,
 * with their comment), the care team's, and when the plan is next reviewed.
 */
export function PlanSignatures({ plan, signatureNames }: { plan: ClientPlan; signatureNames: readonly string[] }) {
  const signature = plan.yourSignature;
  return (
    <section className="card" aria-labelledby="sign-heading" id="sign">
      <h2 id="sign-heading">{plan.state === "awaiting_client_signature" ? "Sign your plan" : "Signatures"}</h2>
      {plan.state === "awaiting_client_signature" ? (
        <>
          <p>
            Signing says you&apos;ve read this plan and had your say. It stays the same until your care team writes a new
            version with you.
          </p>
          <SignPlanForm versionId={plan.versionId} signatureNames={signatureNames} />
        </>
      ) : signature ? (
        <>
          <p>
            You signed this on {dayOfInstant(signature.signedAt, plan.timeZone)}
            {signature.agrees ? ", agreeing with it." : ", saying you don't agree with all of it."}
          </p>
          {signature.comment ? (
            <>
              <p className="plan-goal__steps-heading">Your comment</p>
              <blockquote className="plan-quote">{signature.comment}</blockquote>
            </>
          ) : null}
        </>
      ) : null}
      {plan.careTeamSignedAt ? (
        <p className="muted">
          Signed by your care team{plan.careTeamSignedBy ? ` (${plan.careTeamSignedBy})` : ""} on {dayOfInstant(plan.careTeamSignedAt, plan.timeZone)}.
        </p>
      ) : null}
      <p className="muted">Your care team reviews this plan with you by {formatCalendarDate(plan.reviewDue)}.</p>
    </section>
  );
}
