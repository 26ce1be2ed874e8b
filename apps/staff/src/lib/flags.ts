import type { ComplianceFlag, WeeklyStanding } from "@stepwise/domain";
import type { BadgeTone } from "@stepwise/ui/components";
import { formatCalendarDate } from "@stepwise/ui/format";

/** Hours for staff tables: "7.5 h". */
export function hoursShort(minutes: number): string {
  return `${Math.round((minutes / 60) * 10) / 10} h`;
}

/** "9–15 h" for a weekly band in minutes. */
export function bandShort(band: { min: number; max: number }): string {
  const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
  return `${hours(band.min)}–${hours(band.max)} h`;
}

export const standingLabels: Record<WeeklyStanding, { label: string; tone: BadgeTone }> = {
  under_floor: { label: "Under band", tone: "warn" },
  within_band: { label: "In band", tone: "ok" },
  over_band: { label: "Over band", tone: "info" },
};

/** A compliance flag as a short badge and a longer sentence (for the badge's title and the detail page). */
export function describeFlag(flag: ComplianceFlag): { label: string; detail: string; tone: BadgeTone } {
  switch (flag.kind) {
    case "under_floor_this_week":
      return {
        label: "Under floor this week",
        detail: `${hoursShort(flag.minutes)} so far, ${hoursShort(flag.minutesShort)} short of the ${hoursShort(flag.floor)} floor; ${
          flag.remainingScheduledMinutes === null ? "no" : hoursShort(flag.remainingScheduledMinutes)
        } still scheduled, ${flag.daysLeftInWeek} ${flag.daysLeftInWeek === 1 ? "day" : "days"} left.`,
        tone: "warn",
      };
    case "level_review_due":
      return {
        label: "Level-of-care review due",
        detail: `Under the ${hoursShort(flag.floor)} floor two weeks running (${flag.weeks
          .map((week) => `week of ${formatCalendarDate(week.weekStart, "medium")}: ${hoursShort(week.minutes)}`)
          .join("; ")}).`,
        tone: "alert",
      };
    case "outreach_due":
      return {
        label: "Outreach due",
        detail: `${flag.consecutiveAbsences} absences in a row (outreach after ${flag.threshold}).`,
        tone: "alert",
      };
  }
}
