import { describeObjectiveMeasure } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import { clientLabels } from "@stepwise/ui/labels";
import { progressBadges, timesAWeek } from "./plan-words";
import { ShareGoalForm } from "./share-goal-form";
import type { ClientPlan, PlanObjective } from "./types";
import "~/styles/treatment-plan.css";

/** What the client is working on: their own words first, then how the care team describes it. */
export function PlanProblems({ problems }: { problems: ClientPlan["problems"] }) {
  return (
    <section className="card" aria-labelledby="problems-heading">
      <h2 id="problems-heading">What you&apos;re working on</h2>
      <ul className="plan-list">
        {problems.map((problem) => (
          <li key={problem.key} className="plan-item">
            <p className="plan-item__words">{problem.clientWords}</p>
            <p className="plan-item__aside">
              <span className="plan-item__aside-label">How your care team describes it:</span> {problem.clinicianWords}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One step toward a goal: what, by when, how it is known, and how it is going, the state in words. */
function Objective({ objective }: { objective: PlanObjective }) {
  const badge = progressBadges[objective.progress.state];
  return (
    <li className="plan-objective">
      <p className="plan-objective__description">{objective.description}</p>
      <p className="muted small">
        By {formatCalendarDate(objective.targetOn)}. How it&apos;s measured: {describeObjectiveMeasure(objective.measure)}.
      </p>
      <p className="plan-objective__progress">
        <span className={badge.className}>{badge.label}</span> {objective.progress.detail}
      </p>
    </li>
  );
}

/** The client's goals in their own words, each with its steps and its sharing choice. */
export function PlanGoals({ goals, objectives }: { goals: ClientPlan["goals"]; objectives: ClientPlan["objectives"] }) {
  return (
    <section className="card" aria-labelledby="goals-heading">
      <h2 id="goals-heading">Your goals</h2>
      <ol className="plan-list">
        {goals.map((goal, index) => {
          const steps = objectives.filter((objective) => objective.goalKey === goal.key);
          return (
            <li key={goal.key} className="plan-item">
              <h3 className="plan-goal__words">{goal.clientWords}</h3>
              {goal.sharedWithFamily ? (
                <p>
                  <span className="badge badge--info">Shared with family</span>
                </p>
              ) : null}
              {steps.length > 0 ? (
                <>
                  <p className="plan-goal__steps-heading">Steps toward this goal</p>
                  <ul className="plan-objectives">
                    {steps.map((objective) => (
                      <Objective key={objective.key} objective={objective} />
                    ))}
                  </ul>
                </>
              ) : null}
              <ShareGoalForm goalKey={goal.key} shared={goal.sharedWithFamily} goalNumber={index + 1} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** What the client and the care team do together: the kind of session, how often, and who leads it. */
export function PlanInterventions({ interventions }: { interventions: ClientPlan["interventions"] }) {
  return (
    <section className="card" aria-labelledby="together-heading">
      <h2 id="together-heading">What you&apos;ll do together</h2>
      <ul className="plan-list">
        {interventions.map((intervention) => (
          <li key={intervention.key} className="plan-item">
            <p className="plan-item__words">{clientLabels.sessionKind[intervention.sessionKind]}</p>
            <p className="muted">
              {timesAWeek(intervention.timesPerWeek)}, with {intervention.responsible ?? "your care team"}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
