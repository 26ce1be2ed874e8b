import { type ObjectiveProgress, type PlanContent, describeObjectiveMeasure } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import type { ReactNode } from "react";
import { objectiveStateWords } from "./plan-words";

/** An objective as the view reads it: the current version's carry their progress, earlier ones don't. */
export type ViewedObjective = PlanContent["objectives"][number] & { progress?: ObjectiveProgress; markedMetOn?: string | null };

/**
 * What one plan version says: problems in both voices, each goal in the client's words with its
 * objectives under it, and the interventions. `objectiveAction` adds a control beside an
 * objective (the current version's "Mark met"); `headingLevel` keeps the outline right where it sits.
 */
export function PlanContentView({
  content,
  objectives,
  responsibleName,
  sharedGoalKeys = [],
  objectiveAction,
  idPrefix,
  headingLevel = 3,
}: {
  content: PlanContent;
  objectives: readonly ViewedObjective[];
  responsibleName: (staffMemberId: string) => string | null;
  sharedGoalKeys?: readonly string[];
  objectiveAction?: (objective: ViewedObjective) => ReactNode;
  idPrefix: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  const Subheading = `h${headingLevel + 1}` as "h3" | "h4";
  const shared = new Set(sharedGoalKeys);
  return (
    <div className="stack plan-content">
      <section aria-labelledby={`${idPrefix}-problems`}>
        <Heading id={`${idPrefix}-problems`} className="plan-subheading">
          Problems
        </Heading>
        <ol className="plan-list">
          {content.problems.map((problem) => (
            <li key={problem.key}>
              <dl className="facts">
                <dt>In the client&apos;s words</dt>
                <dd className="plan-words">{problem.clientWords}</dd>
                <dt>In the clinician&apos;s words</dt>
                <dd className="plan-words">{problem.clinicianWords}</dd>
              </dl>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby={`${idPrefix}-goals`}>
        <Heading id={`${idPrefix}-goals`} className="plan-subheading">
          Goals and objectives
        </Heading>
        <ol className="plan-list">
          {content.goals.map((goal) => {
            const underGoal = objectives.filter((objective) => objective.goalKey === goal.key);
            return (
              <li key={goal.key} className="plan-goal">
                <Subheading className="plan-goal__words">
                  <span className="plan-words">{goal.clientWords}</span>
                </Subheading>
                {shared.has(goal.key) ? (
                  <p className="badges">
                    <Badge tone="info">Shared with family</Badge>
                  </p>
                ) : null}
                {underGoal.length === 0 ? (
                  <p className="muted small">No objective under this goal.</p>
                ) : (
                  <ul className="plan-objectives">
                    {underGoal.map((objective) => (
                      <li key={objective.key} className="plan-objective">
                        <p className="plan-words">{objective.description}</p>
                        <p className="small">
                          {describeObjectiveMeasure(objective.measure)} · target {formatCalendarDate(objective.targetOn, "medium")}
                        </p>
                        {objective.progress ? (
                          <p className="plan-objective__progress">
                            <Badge tone={objectiveStateWords[objective.progress.state].tone}>{objectiveStateWords[objective.progress.state].words}</Badge>{" "}
                            <span className="small">{objective.progress.detail}</span>
                          </p>
                        ) : null}
                        {objectiveAction?.(objective)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby={`${idPrefix}-interventions`}>
        <Heading id={`${idPrefix}-interventions`} className="plan-subheading">
          Interventions
        </Heading>
        <ul className="plan-list">
          {content.interventions.map((intervention) => (
            <li key={intervention.key}>
              <strong>{staffLabels.sessionKind[intervention.sessionKind]}</strong>, {intervention.timesPerWeek}{" "}
              {intervention.timesPerWeek === 1 ? "time" : "times"} a week · responsible:{" "}
              {responsibleName(intervention.responsibleStaffId) ?? "a former member of staff"}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
