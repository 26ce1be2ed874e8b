import type { ComplianceFlag } from "../attendance/compliance-flags";
import type { CareLevel } from "../care-levels/care-level";
import type { LocDecision } from "../care-levels/level-of-care-assessment";
import type { RecommendedLevel } from "../care-levels/level-of-care-policy";
import type { CalendarDate } from "../time/calendar-date";
import type { AuthorizationStanding } from "../utilization-review/authorization";
import { isPlanReviewDue } from "./plan-review";

/** What the board knows of a client's plan, latest assessment and current authorization. */
export interface PlanBoardInput {
  currentLevel: CareLevel;
  today: CalendarDate;
  /** The current plan version; null before one is written. */
  plan: { staffSigned: boolean; clientSigned: boolean; reviewDue: CalendarDate } | null;
  /** The latest assessment in this enrollment, with its decision once made. */
  latestAssessment: { recommended: RecommendedLevel; decision: LocDecision | null } | null;
  authorization: AuthorizationStanding | null;
}

/**
 * The board's flags from the plan of care: a plan version waiting for a signature (the care team
 * signs first, then the client), a plan review past its date, a recommendation of another level
 * that no one has declined (a confirmed one stays until the level is changed), and a current
 * authorization ending or running out of units.
 */
export function planBoardFlags(input: PlanBoardInput): ComplianceFlag[] {
  const flags: ComplianceFlag[] = [];
  const { plan, latestAssessment, authorization } = input;
  if (latestAssessment && latestAssessment.recommended !== input.currentLevel && latestAssessment.decision !== "decline") {
    flags.push({ kind: "level_review_suggested", recommended: latestAssessment.recommended });
  }
  if (authorization?.current && (authorization.endingSoon || authorization.exhaustedSoon)) {
    const { endsOn, unitsUsed, unitsApproved, unitsRemaining, daysLeft } = authorization;
    flags.push({ kind: "authorization_ending", endsOn, unitsUsed, unitsApproved, unitsRemaining, daysLeft });
  }
  if (plan && !plan.staffSigned) flags.push({ kind: "plan_awaiting_signature", by: "staff" });
  else if (plan && !plan.clientSigned) flags.push({ kind: "plan_awaiting_signature", by: "client" });
  if (plan && isPlanReviewDue(plan.reviewDue, input.today)) flags.push({ kind: "plan_review_due", dueOn: plan.reviewDue });
  return flags;
}
