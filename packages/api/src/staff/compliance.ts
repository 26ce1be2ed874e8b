import {
  type AttendanceRecord,
  type CalendarDate,
  type CareLevel,
  complianceFlags,
  deliveredMinutes,
  instantToZonedDate,
  mondayOf,
  addDays,
  nextReviewDue,
  weekInProgressStanding,
  weeklyStanding,
  zonedWallClockToInstant,
} from "@stepwise/domain";
import { programPolicyOf } from "../program-policy";

export type ProgramRow = {
  level: CareLevel;
  timeZone: string;
  minWeeklyMinutes: number;
  maxWeeklyMinutes: number;
};

/**
 * Where one client stands against their program's band today, from their attendance records.
 * Every rule comes from @stepwise/domain; this only gathers the inputs.
 */
export function assessCompliance(input: {
  program: ProgramRow;
  level: CareLevel;
  /** The day the current level of care began (admission, or the latest level change). */
  levelSince: CalendarDate;
  /** The latest recertification at this level; before `levelSince` it is ignored. */
  lastRecertifiedOn: CalendarDate | null;
  /** The client's attendance, oldest first. */
  records: readonly AttendanceRecord[];
  /** Minutes still scheduled for the client later this week. */
  remainingScheduledMinutes: number;
  now: Date;
}) {
  const policy = programPolicyOf(input.program);
  const today = instantToZonedDate(input.now, policy.timeZone);
  const thisWeekStart = mondayOf(today);
  const lastWeekStart = addDays(thisWeekStart, -7);
  const delivered = deliveredMinutes(input.records, policy.timeZone);
  const week = (weekStart: CalendarDate) => {
    const total = delivered.byWeek.find((w) => w.weekStart === weekStart);
    return { weekStart, minutes: total?.minutes ?? 0, daysAttended: total?.daysAttended ?? 0 };
  };
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
    thisWeek: { ...thisWeek, standing: weekInProgressStanding(thisWeek.minutes, input.remainingScheduledMinutes, policy) },
    lastWeek: { ...lastWeek, standing: weeklyStanding(lastWeek.minutes, policy) },
    byWeek: delivered.byWeek,
    flags,
    nextReviewDue: reviewDue,
    reviewOverdue: reviewDue !== null && reviewDue < today,
  };
}

export type ComplianceAssessment = ReturnType<typeof assessCompliance>;


/** Minutes of the client's sessions still to come before their program's week ends. */
export function remainingMinutesThisWeek(input: {
  upcoming: readonly { scheduleOptionId: string | null; clientId: string | null; startsAt: Date; endsAt: Date }[];
  clientId: string;
  scheduleOptionId: string | null;
  timeZone: string;
  now: Date;
}): number {
  const weekStart = mondayOf(instantToZonedDate(input.now, input.timeZone));
  const weekEnd = zonedWallClockToInstant(addDays(weekStart, 7), "00:00", input.timeZone);
  return input.upcoming
    .filter(
      (session) =>
        session.startsAt >= input.now &&
        session.startsAt < weekEnd &&
        (session.clientId === input.clientId ||
          (session.scheduleOptionId !== null && session.scheduleOptionId === input.scheduleOptionId)),
    )
    .reduce((sum, session) => sum + (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000, 0);
}
