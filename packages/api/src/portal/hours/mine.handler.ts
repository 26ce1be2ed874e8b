import type { Executor } from "@stepwise/db/client";
import {
  addDays,
  type CalendarDate,
  closedReferralNextStep,
  deliveredMinutes,
  describeDaysAttended,
  describePastWeekHours,
  describeSessionsLeft,
  describeWeeklyHours,
  enrollmentNextStep,
  formatHoursPhrase,
  formatWeeklyBand,
  instantToZonedDate,
  isBeforeStart,
  lastDayOfEnrollment,
  levelHasWeeklyBand,
  mondayOf,
  policyForWeek,
  programPolicyOf,
  weekBounds,
} from "@stepwise/domain";
import { findClientHistoriesWithBands } from "../../queries/enrollment-history.queries";
import { clientSessionScope } from "../../services/client-sessions";
import { findClientSessions } from "../../queries/client-sessions.queries";
import { findClientAttendance } from "../plan/plan.queries";
import { findClientEpisode } from "../../queries/client-episode.queries";

/** "My hours" shows the week it is about (this week, or the program's last) and the weeks before it. */
const weeksShown = 6;

/** The client's attended hours week by week, against their plan, in plain words. */
export async function getHours(db: Executor, scope: { clientId: string }, now: Date) {
  const [found, { historyOf, bandOfProgram }] = await Promise.all([
    findClientEpisode(db, scope.clientId),
    findClientHistoriesWithBands(db, scope.clientId),
  ]);
  if (!found) return null;
  const { episode: enrollment, closedReferral } = found;
  // A closed referral has no hours to show; it is only mentioned, after any episode that ran.
  const closedReferralStep = closedReferral ? closedReferralNextStep(closedReferral.program.name) : null;
  if (!enrollment) return { nextStep: closedReferralStep ?? enrollmentNextStep(null), plan: null, weeks: [] };
  if (isBeforeStart(enrollment.status)) {
    return { nextStep: enrollmentNextStep(enrollment.status), plan: null, weeks: [] };
  }
  const { program } = enrollment;

  const policy = programPolicyOf(program);
  const timeZone = program.timeZone;
  const today = instantToZonedDate(now, timeZone);
  const thisWeek = mondayOf(today);
  const lastDay = enrollment.endsOn ? lastDayOfEnrollment(enrollment.endsOn) : today;
  const newestWeek = mondayOf(lastDay < today ? lastDay : today);
  const programWeek = mondayOf(enrollment.startsOn);
  const earliest = addDays(newestWeek, -7 * (weeksShown - 1));
  const oldestWeek = programWeek > earliest ? programWeek : earliest;
  const weekTo = weekBounds(thisWeek, timeZone).to;

  const history = historyOf.get(enrollment.id) ?? null;
  const [attended, stillAhead] = await Promise.all([
    findClientAttendance(db, scope.clientId, weekBounds(oldestWeek, timeZone).from, weekBounds(newestWeek, timeZone).to),
    enrollment.status === "active" && newestWeek === thisWeek && now < weekTo
      ? findClientSessions(db, clientSessionScope(scope.clientId, history, timeZone), { from: now, to: weekTo })
      : Promise.resolve([]),
  ]);
  // Each week is read against the band of the program it was run under.
  const weekPolicy = (weekStart: CalendarDate) => policyForWeek(policy, history, bandOfProgram, weekStart);
  const delivered = deliveredMinutes(attended, timeZone);

  const weeks = [];
  for (let weekStart = newestWeek; weekStart >= oldestWeek; weekStart = addDays(weekStart, -7)) {
    const total = delivered.byWeek.find((week) => week.weekStart === weekStart);
    const minutes = total?.minutes ?? 0;
    const daysAttended = total?.daysAttended ?? 0;
    const isThisWeek = weekStart === thisWeek;
    const ofWeek = weekPolicy(weekStart);
    weeks.push({
      weekStart,
      isThisWeek,
      minutes,
      daysAttended,
      weeklyMinutes: ofWeek.weeklyMinutes,
      hasBand: levelHasWeeklyBand(ofWeek.level),
      summary: isThisWeek ? describeWeeklyHours({ minutes, policy: ofWeek }) : describePastWeekHours({ minutes, policy: ofWeek }),
      days: describeDaysAttended(daysAttended, isThisWeek ? "this_week" : "past_week"),
      datesAttended: delivered.byDay
        .filter((day) => day.minutes > 0 && mondayOf(day.date) === weekStart)
        .map((day) => ({ date: day.date, minutes: day.minutes, hours: formatHoursPhrase(day.minutes) })),
    });
  }

  return {
    nextStep: closedReferralStep ?? enrollmentNextStep(enrollment.status),
    plan: {
      status: enrollment.status,
      timeZone,
      weeklyMinutes: policy.weeklyMinutes,
      band: formatWeeklyBand(policy),
      hasBand: levelHasWeeklyBand(policy.level),
      stillAhead: describeSessionsLeft(stillAhead.filter((session) => !session.cancelled).length),
    },
    weeks,
  };
}

export type Hours = NonNullable<Awaited<ReturnType<typeof getHours>>>;
