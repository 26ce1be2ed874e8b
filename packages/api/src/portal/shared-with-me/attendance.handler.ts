import type { Executor } from "@stepwise/db/client";
import { describeDaysAttended, describeWeekHours, describeWeeklyBand, formatHoursPhrase } from "@stepwise/domain";
import { getHours } from "../hours/mine.handler";

/** This week and the three before it (or the program's last four weeks, once it has ended). */
const weeksShared = 4;

/**
 * The client's attendance summary, read exactly as their own "My hours" reads it: hours and days
 * per week against the band in force that week. No sessions, dates or notes.
 */
export async function getSharedAttendance(db: Executor, client: { clientId: string; firstName: string }, now: Date) {
  const hours = await getHours(db, client, now);
  if (!hours) return null;
  const { plan } = hours;
  return {
    firstName: client.firstName,
    /** The band of the program now, e.g. "9–15 hours a week"; null before it starts. */
    weeklyBand: plan?.hasBand ? describeWeeklyBand(plan) : null,
    weeks: hours.weeks.slice(0, weeksShared).map((week) => {
      // The client's own "My hours" words, said about them by name.
      const about = { firstName: client.firstName };
      return {
        weekStart: week.weekStart,
        isThisWeek: week.isThisWeek,
        minutes: week.minutes,
        hours: formatHoursPhrase(week.minutes),
        daysAttended: week.daysAttended,
        weeklyMinutes: week.weeklyMinutes,
        hasBand: week.hasBand,
        summary: describeWeekHours({ minutes: week.minutes, band: week.hasBand ? week.weeklyMinutes : null, isThisWeek: week.isThisWeek }, about),
        days: describeDaysAttended(week.daysAttended, week.isThisWeek ? "this_week" : "past_week", about),
      };
    }),
  };
}

export type SharedAttendance = NonNullable<Awaited<ReturnType<typeof getSharedAttendance>>>;
