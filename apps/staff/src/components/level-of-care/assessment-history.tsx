import { formatInstant } from "@stepwise/ui/format";
import { AssessmentFacts, DecisionFacts, Recommendation } from "./assessment-summary";
import { decisionWords, recommendedLevelLabel } from "./level-words";
import type { StaffAssessment } from "./types";

/** Earlier assessments, newest first, each folded away with its ratings, reasons and decision. */
export function AssessmentHistory({ assessments, timeZone }: { assessments: readonly StaffAssessment[]; timeZone: string }) {
  if (assessments.length === 0) return <p className="muted">No earlier assessments.</p>;
  return (
    <div className="stack">
      {assessments.map((assessment) => (
        <details key={assessment.id} className="action-panel">
          <summary>
            {formatInstant(assessment.assessedAt, timeZone)} · Recommended {recommendedLevelLabel(assessment.recommended)} ·{" "}
            {assessment.decision ? decisionWords[assessment.decision.decision] : "No decision"}
          </summary>
          <div className="stack">
            <Recommendation assessment={assessment} />
            <AssessmentFacts assessment={assessment} timeZone={timeZone} />
            <DecisionFacts assessment={assessment} timeZone={timeZone} />
          </div>
        </details>
      ))}
    </div>
  );
}
