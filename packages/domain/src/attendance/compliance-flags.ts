import type { RecommendedLevel } from "../care-levels/level-of-care-policy";
import { recommendedLevelWords } from "../care-levels/level-of-care-wording";
import type { AttendanceStatus } from "./attendance-status";
import { type CalendarDate, addDays, isoWeekdayOf, mondayOf } from "../time/calendar-date";
import type { ProgramPolicy } from "../programs/program-policy";
import { minutesText } from "../programs/schedule-violation";

export interface WeekMinutes {
  weekStart: CalendarDate;
  minutes: number;
}

export interface ComplianceInput {
  policy: Pick<ProgramPolicy, "weeklyMinutes" | "consecutiveAbsencesForOutreach">;
  /**
   * Delivered minutes per week, this week and earlier, from the client's first week in the
   * program. A week missing between the earliest week given and this week counts as 0 minutes
   * (nothing attended); weeks before the earliest one given are unknown and never flagged.
   */
  weeks: readonly WeekMinutes[];
  /** Attendance statuses of past sessions, oldest first. */
  recentSessions: readonly AttendanceStatus[];
  /** The program's local date today. */
  today: CalendarDate;
  /**
   * Minutes still scheduled for the client later this week. When given, the in-progress week
   * is flagged only once the floor can no longer be reached as scheduled; when omitted, it is
   * flagged whenever the minutes so far are under the floor.
   */
  remainingScheduledMinutesThisWeek?: number;
}

export type ComplianceFlag =
  | {
      kind: "under_floor_this_week";
      weekStart: CalendarDate;
      minutes: number;
      floor: number;
      minutesShort: number;
      /** Days left in the week after today (Sunday: 0). */
      daysLeftInWeek: number;
      remainingScheduledMinutes: number | null;
    }
  | { kind: "level_review_due"; floor: number; weeks: [WeekMinutes, WeekMinutes] }
  | { kind: "outreach_due"; consecutiveAbsences: number; threshold: number }
  /** A safety alert no one has resolved (measures/board-flags.ts); `overdue`: past its deadline unacknowledged. */
  | { kind: "safety_alert_open"; count: number; overdue: boolean }
  /** Check-ins left unanswered past their reminder, or expired in the last week (measures/board-flags.ts). */
  | { kind: "check_in_overdue"; instruments: readonly string[] }
  /** The current plan version waits for a signature (treatment-plans/plan-board-flags.ts). */
  | { kind: "plan_awaiting_signature"; by: "client" | "staff" }
  /** The plan's review date has passed (treatment-plans/plan-board-flags.ts). */
  | { kind: "plan_review_due"; dueOn: CalendarDate }
  /** The latest level-of-care assessment recommends another level, and no one has declined it. */
  | { kind: "level_review_suggested"; recommended: RecommendedLevel }
  /** The current payer authorization ends soon or is running out of units (utilization-review). */
  | { kind: "authorization_ending"; endsOn: CalendarDate; unitsUsed: number; unitsApproved: number; unitsRemaining: number; daysLeft: number };

export type ComplianceFlagKind = ComplianceFlag["kind"];

/**
 * What staff should act on today.
 *
 * "This week" is the Monday–Sunday week containing `today`, still in progress; it raises only
 * `under_floor_this_week`. The level-of-care review looks at *completed* weeks only (the two
 * weeks before this one), because a week in progress is not yet a shortfall: on a Monday every
 * client is "under the floor" so far, and a review must not hinge on that.
 */
export function complianceFlags(input: ComplianceInput): ComplianceFlag[] {
  const flags: ComplianceFlag[] = [];
  const floor = input.policy.weeklyMinutes.min;
  const thisWeek = mondayOf(input.today);
  const minutesByWeek = totalByWeek(input.weeks, thisWeek);

  const minutesThisWeek = minutesByWeek.get(thisWeek) ?? 0;
  const remaining = input.remainingScheduledMinutesThisWeek ?? null;
  const reachable = remaining !== null && minutesThisWeek + remaining >= floor;
  if (minutesThisWeek < floor && !reachable) {
    flags.push({
      kind: "under_floor_this_week",
      weekStart: thisWeek,
      minutes: minutesThisWeek,
      floor,
      minutesShort: floor - minutesThisWeek,
      daysLeftInWeek: 7 - isoWeekdayOf(input.today),
      remainingScheduledMinutes: remaining,
    });
  }

  const lastWeek = addDays(thisWeek, -7);
  const weekBefore = addDays(thisWeek, -14);
  if (completedWeeksUnderFloor(input.weeks, floor, input.today) >= levelReviewAfterWeeksUnderFloor) {
    const completed: [WeekMinutes, WeekMinutes] = [
      { weekStart: weekBefore, minutes: minutesByWeek.get(weekBefore) ?? 0 },
      { weekStart: lastWeek, minutes: minutesByWeek.get(lastWeek) ?? 0 },
    ];
    flags.push({ kind: "level_review_due", floor, weeks: completed });
  }

  const threshold = input.policy.consecutiveAbsencesForOutreach;
  const absences = trailingAbsences(input.recentSessions);
  if (absences >= threshold) {
    flags.push({ kind: "outreach_due", consecutiveAbsences: absences, threshold });
  }
  return flags;
}

/** Completed weeks in a row under the floor that call for a review of the level of care. */
export const levelReviewAfterWeeksUnderFloor = 2;

/**
 * Completed weeks in a row, back from last week, under the weekly floor: the week still running
 * is never a shortfall yet, and weeks before the first on record (`weeks` starts there) are not
 * counted, so a client two days into the program is not "two weeks under".
 */
export function completedWeeksUnderFloor(weeks: readonly WeekMinutes[], floor: number, today: CalendarDate): number {
  const thisWeek = mondayOf(today);
  const minutesByWeek = totalByWeek(weeks, thisWeek);
  const earliestWeek = [...minutesByWeek.keys()].sort()[0];
  if (earliestWeek === undefined) return 0;
  let count = 0;
  for (let week = addDays(thisWeek, -7); week >= earliestWeek && (minutesByWeek.get(week) ?? 0) < floor; week = addDays(week, -7)) count += 1;
  return count;
}

/** Sums entries per Monday and drops weeks after this one (they cannot have happened yet). */
function totalByWeek(weeks: readonly WeekMinutes[], thisWeek: CalendarDate): Map<CalendarDate, number> {
  const totals = new Map<CalendarDate, number>();
  for (const week of weeks) {
    const monday = mondayOf(week.weekStart);
    if (monday > thisWeek) continue;
    totals.set(monday, (totals.get(monday) ?? 0) + week.minutes);
  }
  return totals;
}

/**
 * Unexcused absences at the end of the list. An excused absence ends the run: the client was
 * in touch about it, which is what outreach is for.
 */
export function trailingAbsences(statuses: readonly AttendanceStatus[]): number {
  let count = 0;
  for (let i = statuses.length - 1; i >= 0 && statuses[i] === "absent"; i--) count++;
  return count;
}

/**
 * For staff dashboards: factual, with the numbers; the client never sees these. Dates read as
 * ISO (2026-03-09) unless the screen passes its own `formatDate`.
 */
export function describeComplianceFlag(
  flag: ComplianceFlag,
  options: { formatDate?: (date: CalendarDate) => string } = {},
): string {
  const date = options.formatDate ?? ((value: CalendarDate) => value);
  switch (flag.kind) {
    case "under_floor_this_week": {
      const left = flag.daysLeftInWeek === 1 ? "1 day" : `${flag.daysLeftInWeek} days`;
      const scheduled =
        flag.remainingScheduledMinutes === null ? "" : `, ${minutesText(flag.remainingScheduledMinutes)} still scheduled`;
      return `${minutesText(flag.minutes)} delivered this week (week of ${date(flag.weekStart)}); ${minutesText(flag.minutesShort)} short of the ${minutesText(flag.floor)} floor with ${left} left${scheduled}.`;
    }
    case "level_review_due": {
      const [first, second] = flag.weeks;
      return `Under the ${minutesText(flag.floor)} floor two weeks running (${minutesText(first.minutes)} week of ${date(first.weekStart)}, ${minutesText(second.minutes)} week of ${date(second.weekStart)}): level-of-care review due.`;
    }
    case "outreach_due":
      return `${flag.consecutiveAbsences} absences in a row (outreach after ${flag.threshold}): reach out to the client.`;
    case "safety_alert_open":
      return `${flag.count === 1 ? "A safety alert is" : `${flag.count} safety alerts are`} open${flag.overdue ? ", past the time to take it up" : ""}: see the alerts queue.`;
    case "check_in_overdue":
      return `Check-in not answered (${flag.instruments.join(", ")}): remind the client, or record one given on paper.`;
    case "plan_awaiting_signature":
      return flag.by === "client"
        ? "The current treatment plan waits for the client's signature: go over it with them."
        : "The current treatment plan waits for the care team's signature.";
    case "plan_review_due":
      return `Treatment plan review was due ${date(flag.dueOn)}: review the plan with the client.`;
    case "level_review_suggested":
      return `The latest level-of-care assessment recommends ${recommendedLevelWords(flag.recommended)}: confirm or decline it.`;
    case "authorization_ending":
      return `Authorization ends ${date(flag.endsOn)} (${flag.daysLeft === 1 ? "1 day" : `${flag.daysLeft} days`} left), ${flag.unitsUsed} of ${flag.unitsApproved} units used: request a renewal.`;
  }
}
