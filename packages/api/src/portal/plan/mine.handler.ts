import type { Executor } from "@stepwise/db/client";
import { addDays, careLevelDefinitions, closedReferralNextStep, continuingCareOf, defaultTimeZone, deliveredMinutes, describeDaysAttended, describeProgramProgress, describeWeeklyHours, enrollmentNextStep, formatExpectedLength, instantToZonedDate, lastDayOfEnrollment, nameGoneBy, policyForWeek, programAddressOf, programPolicyOf, weekBounds, weekStartOf, zonedWallClockToInstant } from "@stepwise/domain";
import { findCareTeamMembers } from "../../queries/care-team.queries";
import { findClientHistoriesWithBands } from "../../queries/enrollment-history.queries";
import { clientSessionScope, toClientSession } from "../../services/client-sessions";
import { findClientSessions } from "../../queries/client-sessions.queries";
import { findClientEpisode } from "../../queries/client-episode.queries";
import { findClientAttendance } from "./plan.queries";

/** How far ahead "upcoming" looks, after this week. */
const upcomingWeeks = 2;

/** Everything the client's "My plan" page shows, for the client in scope only. */
export async function getPlan(db: Executor, scope: { clientId: string }, now: Date) {
  const [found, { historyOf, bandOfProgram }] = await Promise.all([
    findClientEpisode(db, scope.clientId),
    findClientHistoriesWithBands(db, scope.clientId),
  ]);
  if (!found) return null;
  const { client, center, episode: enrollment, closedReferral, alumnus } = found;
  const greetingName = nameGoneBy(client);
  // A referral closed before it started ended nothing: it is mentioned only as a next step, and
  // an episode that did run (a graduate's) is still the plan shown.
  const closedReferralStep = closedReferral ? closedReferralNextStep(closedReferral.program.name) : null;
  if (!enrollment) {
    return { greetingName, nextStep: closedReferralStep ?? enrollmentNextStep(null), enrollment: null, alumnus, continuingCare: null };
  }
  const { program, scheduleOption } = enrollment;

  const policy = programPolicyOf(program);
  const timeZone = program.timeZone ?? defaultTimeZone;
  const today = instantToZonedDate(now, timeZone);
  const weekStart = weekStartOf(now, timeZone);
  const { from: weekFrom, to: weekTo } = weekBounds(weekStart, timeZone);
  const upcomingTo = zonedWallClockToInstant(addDays(weekStart, 7 * (1 + upcomingWeeks)), "00:00", timeZone);

  const history = historyOf.get(enrollment.id) ?? null;
  const [careTeam, sessionRows, attended] = await Promise.all([
    // The client reads who cares for them and how; the staff ids stay with staff.
    findCareTeamMembers(db, enrollment.id).then((team) => team.map(({ name, credentials, responsibility }) => ({ name, credentials, responsibility }))),
    findClientSessions(db, clientSessionScope(scope.clientId, history, timeZone), { from: weekFrom, to: upcomingTo }),
    findClientAttendance(db, scope.clientId, weekFrom, weekTo),
  ]);
  const sessions = sessionRows.map((row) => toClientSession(row, now));

  const delivered = deliveredMinutes(attended, timeZone);
  const thisWeek = delivered.byWeek.find((week) => week.weekStart === weekStart) ?? {
    weekStart,
    minutes: 0,
    daysAttended: 0,
  };
  // This week is read against the band in force this week, as "My hours" reads it.
  const weekPolicy = policyForWeek(policy, history, bandOfProgram, weekStart);
  const definition = careLevelDefinitions[enrollment.level];
  const discharged = enrollment.status === "discharged";

  return {
    greetingName,
    nextStep: closedReferralStep ?? enrollmentNextStep(enrollment.status),
    enrollment: {
      status: enrollment.status,
      startsOn: enrollment.startsOn,
      intakeOn: enrollment.intakeOn,
      /** The last day in the program, once it has ended (the stored end is exclusive). */
      lastDayOn: enrollment.endsOn ? lastDayOfEnrollment(enrollment.endsOn) : null,
      expectedEndOn: addDays(enrollment.startsOn, 7 * program.expectedLengthWeeks),
      expectedLengthWeeks: program.expectedLengthWeeks,
      expectedLength: formatExpectedLength(program.expectedLengthWeeks),
      progress: discharged
        ? null
        : describeProgramProgress({ startsOn: enrollment.startsOn, today, expectedLengthWeeks: program.expectedLengthWeeks }),
      level: { code: enrollment.level, label: definition.label, shortLabel: definition.shortLabel, ...definition.description },
      // Where its in-person sessions meet (the center's address unless it has its own).
      program: { name: program.name, track: program.track, timeZone, address: programAddressOf(program, center) },
      scheduleOption,
      weeklyMinutes: policy.weeklyMinutes,
    },
    alumnus,
    continuingCare: discharged ? continuingCareOf(enrollment) : null,
    careTeam,
    thisWeek: {
      weekStart,
      minutesAttended: thisWeek.minutes,
      daysAttended: thisWeek.daysAttended,
      weeklyMinutes: weekPolicy.weeklyMinutes,
      summary: describeWeeklyHours({ minutes: thisWeek.minutes, policy: weekPolicy }),
      days: describeDaysAttended(thisWeek.daysAttended, "this_week"),
      sessions: sessions.filter((session) => session.startsAt < weekTo),
    },
    upcoming: sessions.filter((session) => session.startsAt >= weekTo),
  };
}

export type Plan = NonNullable<Awaited<ReturnType<typeof getPlan>>>;
