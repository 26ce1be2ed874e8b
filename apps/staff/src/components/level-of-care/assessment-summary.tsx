import { locDimensionLabels, locDimensions, locRatingMax } from "@stepwise/domain";
import { formatInstant, isoInstant } from "@stepwise/ui/format";
import { Fragment } from "react";
import { decisionWords, recommendedLevelLabel } from "./level-words";
import type { StaffAssessment } from "./types";

/** "Recommended: Intensive outpatient (now: Partial hospitalization)", then the composite and every reason. */
export function Recommendation({
  assessment,
}: {
  assessment: Pick<StaffAssessment, "recommended" | "currentLevel" | "composite" | "differsFromCurrent" | "reasons">;
}) {
  return (
    <>
      <p className="loc-recommended">
        Recommended: <strong>{recommendedLevelLabel(assessment.recommended)}</strong>{" "}
        <span className="muted">(now: {recommendedLevelLabel(assessment.currentLevel)})</span>
      </p>
      <p>
        Composite {assessment.composite} of {locDimensions.length * locRatingMax}{assessment.differsFromCurrent ? "" : " · the same level as now"}
      </p>
      <h3 className="loc-subheading">Why</h3>
      <ul className="loc-reasons">
        {assessment.reasons.map((reason) => (
          <li key={`${reason.rule}-${reason.words}`}>{reason.words}</li>
        ))}
      </ul>
    </>
  );
}

/** The seven ratings as rated, a note when there is one, and who assessed when. */
export function AssessmentFacts({ assessment, timeZone }: { assessment: StaffAssessment; timeZone: string }) {
  return (
    <dl className="facts loc-ratings">
      {locDimensions.map((dimension) => (
        <Fragment key={dimension}>
          <dt>{locDimensionLabels[dimension]}</dt>
          <dd>{assessment.ratings[dimension]}</dd>
        </Fragment>
      ))}
      {assessment.note ? (
        <>
          <dt>Note</dt>
          <dd className="loc-pre-line">{assessment.note}</dd>
        </>
      ) : null}
      <dt>Assessed</dt>
      <dd>
        <time dateTime={isoInstant(assessment.assessedAt)}>{formatInstant(assessment.assessedAt, timeZone)}</time> by {assessment.assessedBy}
      </dd>
    </dl>
  );
}

/** What was decided, by whom and why; or that a decision is still awaited. */
export function DecisionFacts({ assessment, timeZone }: { assessment: StaffAssessment; timeZone: string }) {
  const { decision } = assessment;
  if (!decision) return <p className="muted">No decision recorded yet.</p>;
  return (
    <p>
      <strong>{decisionWords[decision.decision]}</strong> by {decision.decidedBy ?? "a staff member"},{" "}
      <time dateTime={isoInstant(decision.decidedAt)}>{formatInstant(decision.decidedAt, timeZone)}</time>:{" "}
      <span className="loc-pre-line">{decision.reason}</span>
    </p>
  );
}
