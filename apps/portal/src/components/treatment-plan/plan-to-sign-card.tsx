import Link from "next/link";
import "~/styles/treatment-plan.css";

/** On My plan, while the treatment plan waits for the client's signature: one link to it. */
export function PlanToSignCard() {
  return (
    <section className="card plan-to-sign" aria-labelledby="plan-to-sign-heading">
      <h2 id="plan-to-sign-heading">Your treatment plan is ready for you to review and sign</h2>
      <p>Read what you and your care team will work on, and say whether you agree.</p>
      <p>
        <Link className="button" href="/treatment-plan">
          Review my plan
        </Link>
      </p>
    </section>
  );
}
