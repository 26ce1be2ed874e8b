import type { Executor } from "@stepwise/db/client";
import {
  addDays,
  careLevelDefinitions,
  closedBeforeStart,
  closedReferralNextStep,
  defaultTimeZone,
  deliveredMinutes,
  describeDaysAttended,
  describeProgramProgress,
  describeWeeklyHours,
  enrollmentNextStep,
  formatExpectedLength,
  instantToZonedDate,
  isAlumnus,
  weekStartOf,
  zonedWallClockToInstant,
} from "@stepwise/domain";
import { findCareTeam } from "../../care-team.queries";
import { programPolicyOf } from "../../program-policy";
import { findClientSessionScope, toClientSession } from "../client-session";
import { findClientSessions } from "../client-sessions.queries";
import { continuingCareOf } from "./continuing-care";
import { findClientAttendance, findClientWithCurrentEnrollment, findEnrollmentOutcomes } from "./plan.queries";

/** How far ahead "upcoming" looks, after this week. */
const upcomingWeeks = 2;

/** Everything the client's "My plan" page shows, for the client in scope only. */
export async function getPlan(db: Executor, scope: { clientId: string }, now: Date) {
  const found = await findClientWithCurrentEnrollment(db, scope.clientId);
  if (!found) return null;
  const { client, enrollment, program, scheduleOption } = found;
  const greetingName = client.preferredName ?? client.firstName;
  if (!enrollment || !program) {
    return { greetingName, nextStep: enrollmentNextStep(null), enrollment: null, alumnus: false, continuingCare: null };
  }
  if (closedBeforeStart(enrollment)) {
    // A referral closed before it started: nothing ended, so no plan and no "your time has ended".
    // An earlier enrollment that did run still makes the person an alumnus.
    const alumnus = isAlumnus(await findEnrollmentOutcomes(db, scope.clientId));
    return { greetingName, nextStep: closedReferralNextStep(program.name), enrollment: null, alumnus, continuingCare: null };
  }

  const policy = programPolicyOf(program);
  const timeZone = program.timeZone ?? defaultTimeZone;
  const today = instantToZonedDate(now, timeZone);
  const weekStart = weekStartOf(now, timeZone);
  const weekFrom = zonedWallClockToInstant(weekStart, "00:00", timeZone);
  const weekTo = zonedWallClockToInstant(addDays(weekStart, 7), "00:00", timeZone);
  const upcomingTo = zonedWallClockToInstant(addDays(weekStart, 7 * (1 + upcomingWeeks)), "00:00", timeZone);

  const [careTeam, sessionRows, attended] = await Promise.all([
    findCareTeam(db, enrollment.id),
    findClientSessionScope(db, scope.clientId, enrollment, timeZone).then((sessionScope) =>
      findClientSessions(db, sessionScope, { from: weekFrom, to: upcomingTo }),
    ),
    findClientAttendance(db, scope.clientId, weekFrom, weekTo),
  ]);
  const sessions = sessionRows.map((row) => toClientSession(row, now));

  const delivered = deliveredMinutes(attended, timeZone);
  const thisWeek = delivered.byWeek.find((week) => week.weekStart === weekStart) ?? {
    weekStart,
    minutes: 0,
    daysAttended: 0,
  };
  const definition = careLevelDefinitions[enrollment.level];
  const discharged = enrollment.status === "discharged";

  return {
    greetingName,
    nextStep: enrollmentNextStep(enrollment.status),
    enrollment: {
      status: enrollment.status,
      startsOn: enrollment.startsOn,
      intakeOn: enrollment.intakeOn,
      /** The last day in the program, once it has ended (the stored end is exclusive). */
      lastDayOn: enrollment.endsOn ? addDays(enrollment.endsOn, -1) : null,
      expectedEndOn: addDays(enrollment.startsOn, 7 * program.expectedLengthWeeks),
      expectedLengthWeeks: program.expectedLengthWeeks,
      expectedLength: formatExpectedLength(program.expectedLengthWeeks),
      progress: discharged
        ? null
        : describeProgramProgress({ startsOn: enrollment.startsOn, today, expectedLengthWeeks: program.expectedLengthWeeks }),
      level: { code: enrollment.level, label: definition.label, shortLabel: definition.shortLabel, ...definition.description },
      program: { name: program.name, track: program.track, timeZone },
      scheduleOption,
      weeklyMinutes: policy.weeklyMinutes,
    },
    // The open enrollment is always the one read, so the latest being discharged means none is open.
    alumnus: isAlumnus([enrollment]),
    continuingCare: discharged ? continuingCareOf(enrollment) : null,
    careTeam,
    thisWeek: {
      weekStart,
      minutesAttended: thisWeek.minutes,
      daysAttended: thisWeek.daysAttended,
      summary: describeWeeklyHours({ minutes: thisWeek.minutes, policy }),
      days: describeDaysAttended(thisWeek.daysAttended, "this_week"),
      sessions: sessions.filter((session) => session.startsAt < weekTo),
    },
    upcoming: sessions.filter((session) => session.startsAt >= weekTo),
  };
}

export type Plan = NonNullable<Awaited<ReturnType<typeof getPlan>>>;
