import { type LocReason, locReasonWords } from "@stepwise/domain";
import type { AssessmentRow } from "./level-of-care.queries";

/** An assessment as staff read it: the ratings, the recommendation with each reason in words, and what was decided. */
export function toAssessmentView(row: AssessmentRow) {
  return {
    id: row.id,
    enrollmentId: row.enrollmentId,
    ratings: row.ratings,
    composite: row.composite,
    currentLevel: row.currentLevel,
    recommended: row.recommended,
    differsFromCurrent: row.recommended !== row.currentLevel,
    reasons: row.reasons.map((reason: LocReason) => ({ rule: reason.rule, effect: reason.effect, words: locReasonWords(reason) })),
    note: row.note,
    assessedAt: row.assessedAt,
    assessedBy: row.assessedBy,
    decision: row.decision ? { decision: row.decision, reason: row.decisionReason!, decidedAt: row.decidedAt!, decidedBy: row.decidedBy } : null,
  };
}

export type AssessmentView = ReturnType<typeof toAssessmentView>;
