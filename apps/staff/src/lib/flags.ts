import {
  type ComplianceFilterFlag,
  type ComplianceFlag,
  describeComplianceFlag,
  formatHours,
  formatWeeklyBand,
  type WeekInProgressStanding,
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

/** Where a week stands against its band, in the domain's words (a week short of the band is under its floor). */
export const standingLabels: Record<WeekInProgressStanding, { label: string; tone: BadgeTone }> = {
  under_floor: { label: "Under floor", tone: "warn" },
  on_track: { label: "On track", tone: "info" },
  within_band: { label: "In band", tone: "ok" },
  over_band: { label: "Over band", tone: "info" },
};

const flagBadges: Record<ComplianceFlag["kind"], { label: string; tone: BadgeTone }> = {
  // The same words as the week's standing, so a client short this week reads one way on every screen.
  under_floor_this_week: { label: `${standingLabels.under_floor.label} this week`, tone: "warn" },
  level_review_due: { label: "Level-of-care review due", tone: "alert" },
  outreach_due: { label: "Outreach due", tone: "alert" },
};

/** The compliance board's flag filter, in the same words as the badges. */
export const complianceFilterLabels: Record<ComplianceFilterFlag, string> = {
  under_floor_this_week: flagBadges.under_floor_this_week.label,
  level_review_due: flagBadges.level_review_due.label,
  outreach_due: flagBadges.outreach_due.label,
  review_overdue: "Recertification overdue",
};

/** A compliance flag as a short badge, and the domain's sentence for its title and the detail page. */
export function describeFlag(flag: ComplianceFlag): { label: string; detail: string; tone: BadgeTone } {
  const detail = describeComplianceFlag(flag, { formatDate: (date) => formatCalendarDate(date, "medium") });
  return { ...flagBadges[flag.kind], detail };
}
