import { describeObjectiveMeasure, type ObjectiveState } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import type { ReviewPacket } from "./types";

const progressLabels = { met: "Met", on_track: "On track", not_yet: "Not yet" } satisfies Record<ObjectiveState, string>;

/** The plan's goals in the client's words, each with its objectives, their measure, target date and progress. */
export function PacketPlan({ plan }: { plan: NonNullable<ReviewPacket["plan"]> }) {
  return (
    <>
      <p className="small muted">
        Version {plan.version}
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
                      : <strong>{progressLabels[objective.progress.state]}</strong>
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
