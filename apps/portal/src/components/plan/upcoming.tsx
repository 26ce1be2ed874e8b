import { SessionList } from "./session-list";
import type { EnrolledPlan } from "./types";

export function Upcoming({ plan, now }: { plan: EnrolledPlan; now: Date }) {
  return (
    <section className="card" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">Coming up</h2>
      {plan.upcoming.length > 0 ? (
        <SessionList sessions={plan.upcoming} timeZone={plan.enrollment.program.timeZone} now={now} />
      ) : (
        <p className="muted">Nothing is scheduled after this week yet. Your care team will add sessions here.</p>
      )}
    </section>
  );
}
