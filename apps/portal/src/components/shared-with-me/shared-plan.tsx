import { capitalize, formatCalendarDate } from "@stepwise/ui/format";
import type { SharedPlan } from "./types";

const stageWords = {
  before_start: "Getting ready to start",
  in_care: "Taking part in the program",
  ended: "The program has ended",
} as const;

/** The level of care, the program and its timing, and the goals the client shares: the summary the client chose to share. */
export function SharedPlanCard({ plan, firstName }: { plan: SharedPlan; firstName: string }) {
  const { enrollment } = plan;
  return (
    <section className="card" aria-labelledby="shared-plan-heading">
      <h2 id="shared-plan-heading">{firstName}&apos;s plan</h2>
      {!enrollment ? (
        <p className="muted">There&apos;s no program plan to show right now.</p>
      ) : (
        <dl className="facts">
          <dt>Where things stand</dt>
          <dd>{stageWords[enrollment.stage]}</dd>
          <dt>Level of care</dt>
          <dd>
            {enrollment.level.label}
            <br />
            <span className="muted">
              {enrollment.level.supportLevel}. {enrollment.level.schedule}.
            </span>
          </dd>
          {enrollment.level.weeklyHours ? (
            <>
              <dt>Hours a week</dt>
              <dd>{enrollment.level.weeklyHours}</dd>
            </>
          ) : null}
          <dt>Program</dt>
          <dd>{enrollment.programName}</dd>
          <dt>{enrollment.stage === "before_start" ? "Starts" : "Started"}</dt>
          <dd>{formatCalendarDate(enrollment.startsOn)}</dd>
          {enrollment.lastDayOn ? (
            <>
              <dt>Last day</dt>
              <dd>{formatCalendarDate(enrollment.lastDayOn)}</dd>
            </>
          ) : (
            <>
              <dt>Usual length</dt>
              <dd>{capitalize(enrollment.expectedLength)}; the care team adjusts this as {firstName} makes progress.</dd>
            </>
          )}
        </dl>
      )}
      {enrollment && enrollment.goals.length > 0 ? (
        <section aria-labelledby="shared-goals-heading">
          <h3 id="shared-goals-heading">Goals {firstName} shares with you</h3>
          <p className="muted">In {firstName}&apos;s own words.</p>
          <ul>
            {enrollment.goals.map((goal) => (
              <li key={goal.key}>{goal.clientWords}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
