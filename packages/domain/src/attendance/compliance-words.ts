import type { ComplianceFilterFlag } from "./compliance-filter";
import type { WeekInProgressStanding } from "./weekly-standing";

/**
 * The compliance board's words, one term per idea, for every staff screen: where a week stands
 * against its band, and each flag (or an overdue recertification) as a short badge. A client short
 * this week reads "Under floor" as a standing and as a flag, never in two wordings.
 */
export const weekStandingWords: Record<WeekInProgressStanding, string> = {
  under_floor: "Under floor",
  on_track: "On track",
  within_band: "In band",
  over_band: "Over band",
};

export const complianceFlagWords: Record<ComplianceFilterFlag, string> = {
  safety_alert_open: "Safety alert",
  under_floor_this_week: "Under floor",
  level_review_due: "Level-of-care review due",
  outreach_due: "Outreach due",
  check_in_overdue: "Check-in overdue",
  level_review_suggested: "Level review suggested",
  plan_awaiting_signature: "Plan awaiting signature",
  plan_review_due: "Plan review due",
  authorization_ending: "Authorization ending",
  review_overdue: "Recertification overdue",
};

/**
 * Why two weeks with the same hours so far stand differently: "On track" has enough sessions
 * still scheduled this week to reach the floor, "Under floor" does not. `formatHours` writes the
 * hours as the screen does ("6 h").
 */
export function weekStandingReason(
  standing: WeekInProgressStanding,
  stillScheduledMinutes: number,
  formatHours: (minutes: number) => string,
): string | null {
  const still = `${formatHours(stillScheduledMinutes)} still scheduled`;
  switch (standing) {
    case "on_track":
      return `${still}: enough to reach the floor`;
    case "under_floor":
      return stillScheduledMinutes > 0 ? `${still}: not enough to reach the floor` : "Nothing more scheduled this week";
    default:
      return null;
  }
}
