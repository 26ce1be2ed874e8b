import type { CareLevel } from "../care-levels/care-level";
import { nextReviewDue } from "../care-levels/recertification";
import type { IntRange } from "../common/range";
import { type EnrollmentHistory, expectedOnOption, weeklyBandForWeek } from "../enrollment/enrollment-history";
import { type StoredProgramBand, programPolicyOf } from "../programs/program-policy";
import { type CalendarDate, addDays, mondayOf } from "../time/calendar-date";
import { instantToZonedDate } from "../time/time-zone";
import type { AttendanceStatus } from "./attendance-status";
import { complianceFlags } from "./compliance-flags";
import type { WeekTotal } from "./delivered-minutes";
import { weekInProgressStanding, weeklyStanding } from "./weekly-standing";

/**
 * Where one client stands against their program's band today, from what they attended: the
 * minutes and days of each week (deliveredMinutes' byWeek, or the same sums read in SQL for a
 * board of thousands) and the statuses of their recent sessions.
 */
export function assessCompliance(input: {
  program: StoredProgramBand;
  level: CareLevel;
  /** The day the current level of care began (admission, or the latest level change). */
  levelSince: CalendarDate;
  /** The latest recertification at this level; before `levelSince` it is ignored. */
  lastRecertifiedOn: CalendarDate | null;
  /** Minutes and days attended per Monday–Sunday week in the program's zone, oldest first; weeks with only absences at 0. */
  weeks: readonly WeekTotal[];
  /** The statuses of the client's recent sessions, oldest first (for consecutive absences). */
  recentStatuses: readonly AttendanceStatus[];
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
  // A week before a change of level is read against the band it was run under, not today's.
  // Each week's band is looked up once: a board assesses thousands of clients.
  const bands = new Map<CalendarDate, { weeklyMinutes: IntRange }>();
  const bandOf = (weekStart: CalendarDate) => {
    let band = bands.get(weekStart);
    if (!band) {
      band = { weeklyMinutes: weeklyBandForWeek(input.history, weekStart, input.bandOfProgram)?.weeklyMinutes ?? policy.weeklyMinutes };
      bands.set(weekStart, band);
    }
    return band;
  };
  const week = (weekStart: CalendarDate) => {
    const total = input.weeks.find((w) => w.weekStart === weekStart);
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
    weeks: input.weeks.filter((w) => w.weekStart >= mondayOf(input.levelSince)),
    recentSessions: input.recentStatuses,
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
    /** The week still running, with the minutes of its sessions still scheduled (why "on track" and "under floor" can differ). */
    thisWeek: { ...thisWeek, standing: standingOf(thisWeekStart, thisWeek.minutes), stillScheduledMinutes: input.remainingScheduledMinutes },
    lastWeek: { ...lastWeek, standing: standingOf(lastWeekStart, lastWeek.minutes) },
    /** Each week with the band it is judged against and where it stands; the week still running with the sessions it has left. */
    byWeek: input.weeks.map((w) => ({ ...w, band: bandOf(w.weekStart).weeklyMinutes, standing: standingOf(w.weekStart, w.minutes) })),
    flags,
    nextReviewDue: reviewDue,
    reviewOverdue: reviewDue !== null && reviewDue < today,
  };
}

export type ComplianceAssessment = ReturnType<typeof assessCompliance>;

/** A session not yet held, dated on its program's calendar. */
export interface UpcomingSession {
  /** The group's schedule option; null for an individual session. */
  scheduleOptionId: string | null;
  /** The individual session's client; null for a group. */
  clientId: string | null;
  startsAt: Date;
  /** The local date it falls on in its program's zone. */
  date: CalendarDate;
  minutes: number;
}

/**
 * Minutes of the client's sessions still to come before their program's week ends (`weekEnd`,
 * from weekBounds): their own individual sessions, and the group sessions of the option they are
 * placed on and in care for on each session's day (the same history the attendance roster
 * reads). `upcoming` may hold anyone's sessions; for a board of thousands, pass each client only
 * those of the options in their history and their own.
 */
export function remainingMinutesThisWeek(input: {
  upcoming: readonly UpcomingSession[];
  clientId: string;
  history: EnrollmentHistory;
  weekEnd: Date;
  now: Date;
}): number {
  return input.upcoming
    .filter(
      (session) =>
        session.startsAt >= input.now &&
        session.startsAt < input.weekEnd &&
        (session.clientId === input.clientId ||
          (session.scheduleOptionId !== null && expectedOnOption(input.history, session.scheduleOptionId, session.date))),
    )
    .reduce((sum, session) => sum + session.minutes, 0);
}
