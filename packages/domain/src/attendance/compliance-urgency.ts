import type { CalendarDate } from "../time/calendar-date";
import type { ComplianceFlag, ComplianceFlagKind } from "./compliance-flags";

export interface ComplianceStanding {
  flags: readonly Pick<ComplianceFlag, "kind">[];
  nextReviewDue: CalendarDate | null;
  reviewOverdue: boolean;
}

/**
 * An open safety alert outranks everything; then a level-of-care review (hours under the floor,
 * or an assessment recommending another level), outreach, an authorization running out, a short
 * week still in progress, and then the paperwork of care: a check-in left unanswered, a plan to
 * sign or review.
 */
const weightOf: Record<ComplianceFlagKind, number> = {
  safety_alert_open: 5,
  level_review_due: 4,
  level_review_suggested: 4,
  outreach_due: 3,
  authorization_ending: 3,
  under_floor_this_week: 2,
  check_in_overdue: 1,
  plan_awaiting_signature: 1,
  plan_review_due: 1,
};

/**
 * Orders clients for the staff who act on them, most urgent first: the weightiest flag, then
 * the most flags, then an overdue recertification, then the earliest review date.
 */
export function compareComplianceUrgency(a: ComplianceStanding, b: ComplianceStanding): number {
  const weight = (standing: ComplianceStanding) => Math.max(0, ...standing.flags.map((flag) => weightOf[flag.kind]));
  const review = (standing: ComplianceStanding) => standing.nextReviewDue ?? "9999-12-31";
  return (
    weight(b) - weight(a) ||
    b.flags.length - a.flags.length ||
    Number(b.reviewOverdue) - Number(a.reviewOverdue) ||
    review(a).localeCompare(review(b))
  );
}
