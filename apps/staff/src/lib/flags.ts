import {
  type ComplianceFilterFlag,
  type ComplianceFlag,
  complianceFlagWords,
  describeComplianceFlag,
  formatHours,
  formatWeeklyBand,
  type WeekInProgressStanding,
  weekStandingWords,
} from "@stepwise/domain";
import type { BadgeTone } from "@stepwise/ui/components";
import { formatCalendarDate } from "@stepwise/ui/format";

/** Hours for staff tables: "7.5 h", by the domain's one rounding rule, so a client reads the same number. */
export function hoursShort(minutes: number): string {
  return `${formatHours(minutes)} h`;
}

/** "9–15 h" for a weekly band in minutes. */
export function bandShort(band: { min: number; max: number }): string {
  return `${formatWeeklyBand({ weeklyMinutes: band })} h`;
}

/** Where a week stands against its band, in the domain's words (weekStandingWords), with a tone. */
export const standingLabels: Record<WeekInProgressStanding, { label: string; tone: BadgeTone }> = {
  under_floor: { label: weekStandingWords.under_floor, tone: "warn" },
  on_track: { label: weekStandingWords.on_track, tone: "info" },
  within_band: { label: weekStandingWords.within_band, tone: "ok" },
  over_band: { label: weekStandingWords.over_band, tone: "info" },
};

const flagTones: Record<ComplianceFlag["kind"], BadgeTone> = {
  safety_alert_open: "alert",
  check_in_overdue: "warn",
  under_floor_this_week: "warn",
  level_review_due: "alert",
  outreach_due: "alert",
  level_review_suggested: "alert",
  authorization_ending: "warn",
  plan_awaiting_signature: "info",
  plan_review_due: "warn",
};

/** The compliance board's flag filter, in the same words as the badges (the domain's complianceFlagWords). */
export const complianceFilterLabels: Record<ComplianceFilterFlag, string> = complianceFlagWords;

/** A compliance flag as a short badge, and the domain's sentence for its title and the detail page. */
export function describeFlag(flag: ComplianceFlag): { label: string; detail: string; tone: BadgeTone } {
  const detail = describeComplianceFlag(flag, { formatDate: (date) => formatCalendarDate(date, "medium") });
  return { label: complianceFlagWords[flag.kind], tone: flagTones[flag.kind], detail };
}
