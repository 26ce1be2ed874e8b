import type { CareLevel } from "../care-levels/care-level";
import { nextReviewDue } from "../care-levels/recertification";
import type { IntRange } from "../common/range";
import { type EnrollmentHistory, expectedOnOption, weeklyBandForWeek } from "../enrollment/enrollment-history";
import { type StoredProgramBand, programPolicyOf } from "../programs/program-policy";
import { type CalendarDate, addDays, mondayOf } from "../time/calendar-date";
import { instantToZonedDate, weekBounds, weekStartOf } from "../time/time-zone";
import { complianceFlags } from "./compliance-flags";
import { type AttendanceRecord, deliveredMinutes } from "./delivered-minutes";
import { weekInProgressStanding, weeklyStanding } from "./weekly-standing";

/** Where one client stands against their program's band today, from their attendance records. */
export function assessCompliance(input: {
  program: StoredProgramBand;
  level: CareLevel;
  /** The day the current level of care began (admission, or the latest level change). */
  levelSince: CalendarDate;
  /** The latest recertification at this level; before `levelSince` it is ignored. */
  lastRecertifiedOn: CalendarDate | null;
  /** The client's attendance, oldest first. */
  records: readonly AttendanceRecord[];
  /** The enrollment's placements and status changes: each week is judged against its own band. */
  history: EnrollmentHistory;
  /** The band of each program the client was placed in. */
  bandOfProgram: ReadonlyMap<string, IntRange>;
  /** Minutes still scheduled for the client later this week. */
  remainingScheduledMinutes: number;
  now: Date;
}) {
  const policy = programPolicyOf(input.program);
  const today = instantToZonedDate(input.now, policy.timeZone);
  const thisWeekStart = mondayOf(today);
  const lastWeekStart = addDays(thisWeekStart, -7);
  const delivered = deliveredMinutes(input.records, policy.timeZone);
  // A week before a change of level is read against the band it was run under, not today's.
  const bandOf = (weekStart: CalendarDate) => ({
    weeklyMinutes: weeklyBandForWeek(input.history, weekStart, input.bandOfProgram)?.weeklyMinutes ?? policy.weeklyMinutes,
  });
  const week = (weekStart: CalendarDate) => {
    const total = delivered.byWeek.find((w) => w.weekStart === weekStart);
    return { weekStart, minutes: total?.minutes ?? 0, daysAttended: total?.daysAttended ?? 0, band: bandOf(weekStart).weeklyMinutes };
  };
  const standingOf = (weekStart: CalendarDate, minutes: number) =>
    weekStart === thisWeekStart
      ? weekInProgressStanding(minutes, input.remainingScheduledMinutes, bandOf(weekStart))
      : weeklyStanding(minutes, bandOf(weekStart));
  const thisWeek = week(thisWeekStart);
  const lastWeek = week(lastWeekStart);
  const flags = complianceFlags({
    policy,
    // Weeks before the current level began belong to another band and are not judged against this one.
    weeks: delivered.byWeek.filter((w) => w.weekStart >= mondayOf(input.levelSince)),
    recentSessions: input.records.map((record) => record.status),
    today,
    remainingScheduledMinutesThisWeek: input.remainingScheduledMinutes,
  });
  const reviewDue = nextReviewDue({
    level: input.level,
    admittedOn: input.levelSince,
    lastReviewOn: input.lastRecertifiedOn,
  });
  return {
    band: policy.weeklyMinutes,
    thisWeek: { ...thisWeek, standing: standingOf(thisWeekStart, thisWeek.minutes) },
    lastWeek: { ...lastWeek, standing: standingOf(lastWeekStart, lastWeek.minutes) },
    /** Each week with the band it is judged against and where it stands; the week still running with the sessions it has left. */
    byWeek: delivered.byWeek.map((w) => ({ ...w, band: bandOf(w.weekStart).weeklyMinutes, standing: standingOf(w.weekStart, w.minutes) })),
    flags,
    nextReviewDue: reviewDue,
    reviewOverdue: reviewDue !== null && reviewDue < today,
  };
}

export type ComplianceAssessment = ReturnType<typeof assessCompliance>;

/**
 * Minutes of the client's sessions still to come before their program's week ends: their own
 * individual sessions, and the group sessions of the option they are placed on and in care for
 * on each session's day (the same history the attendance roster reads).
 */
export function remainingMinutesThisWeek(input: {
  upcoming: readonly { scheduleOptionId: string | null; clientId: string | null; startsAt: Date; endsAt: Date }[];
  clientId: string;
  history: EnrollmentHistory;
  timeZone: string;
  now: Date;
}): number {
  const weekEnd = weekBounds(weekStartOf(input.now, input.timeZone), input.timeZone).to;
  return input.upcoming
    .filter(
      (session) =>
        session.startsAt >= input.now &&
        session.startsAt < weekEnd &&
        (session.clientId === input.clientId ||
          (session.scheduleOptionId !== null &&
            expectedOnOption(input.history, session.scheduleOptionId, instantToZonedDate(session.startsAt, input.timeZone)))),
    )
    .reduce((sum, session) => sum + (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000, 0);
}
