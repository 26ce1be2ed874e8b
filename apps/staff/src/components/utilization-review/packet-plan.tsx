import { describeObjectiveMeasure, objectiveStateLabels } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import type { ReviewPacket } from "./types";

/** The plan's goals in the client's words, each with its objectives, their measure, target date and progress. */
export function PacketPlan({ plan }: { plan: NonNullable<ReviewPacket["plan"]> }) {
  return (
    <>
      <p className="small muted">
        Version {plan.version}, signed by the care team{plan.signedByClientAt ? " and the client" : "; the client has not signed it yet"}
        {plan.reviewDue ? ` · review due ${formatCalendarDate(plan.reviewDue, "medium")}` : ""}
      </p>
      <ol className="review-packet__goals">
        {plan.goals.map((goal) => {
          const objectives = plan.objectives.filter((objective) => objective.goalKey === goal.key);
          return (
            <li key={goal.key}>
              <p className="review-packet__goal">{goal.clientWords}</p>
              {objectives.length === 0 ? null : (
                <ul>
                  {objectives.map((objective) => (
                    <li key={objective.key}>
                      {objective.description}{" "}
                      <span className="muted">
                        ({describeObjectiveMeasure(objective.measure)}, by {formatCalendarDate(objective.targetOn, "medium")})
                      </span>
                      : <strong>{objectiveStateLabels[objective.progress.state]}</strong>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
