import type { Executor } from "@stepwise/db/client";
import {
  addDays,
  careLevelDefinitions,
  defaultTimeZone,
  deliveredMinutes,
  describeWeeklyHours,
  weekStartOf,
  zonedWallClockToInstant,
} from "@stepwise/domain";
import { programPolicyOf } from "../../program-policy";
import { findCareTeam } from "../../care-team.queries";
import {
  findClientAttendance,
  findClientSessions,
  findClientWithCurrentEnrollment,
} from "./plan.queries";

/** How far ahead "upcoming" looks, after this week. */
const upcomingWeeks = 2;

/** Everything the client's "My plan" page shows, for the client in scope only. */
export async function getPlan(db: Executor, scope: { clientId: string }, now: Date) {
  const found = await findClientWithCurrentEnrollment(db, scope.clientId);
  if (!found) return null;
  const { client, enrollment, program, scheduleOption } = found;
  const greetingName = client.preferredName ?? client.firstName;
  if (!enrollment || !program) return { greetingName, enrollment: null };

  const policy = programPolicyOf(program);
  const timeZone = program.timeZone ?? defaultTimeZone;
  const weekStart = weekStartOf(now, timeZone);
  const weekFrom = zonedWallClockToInstant(weekStart, "00:00", timeZone);
  const weekTo = zonedWallClockToInstant(addDays(weekStart, 7), "00:00", timeZone);
  const upcomingTo = zonedWallClockToInstant(addDays(weekStart, 7 * (1 + upcomingWeeks)), "00:00", timeZone);
  const enrolledFrom = zonedWallClockToInstant(enrollment.startsOn, "00:00", timeZone);

  const [careTeam, sessions, attended] = await Promise.all([
    findCareTeam(db, enrollment.id),
    findClientSessions(
      db,
      { clientId: scope.clientId, scheduleOptionId: enrollment.scheduleOptionId, notBefore: enrolledFrom },
      weekFrom,
      upcomingTo,
    ),
    findClientAttendance(db, scope.clientId, weekFrom, weekTo),
  ]);

  const delivered = deliveredMinutes(attended, timeZone);
  const thisWeek = delivered.byWeek.find((week) => week.weekStart === weekStart) ?? {
    weekStart,
    minutes: 0,
    daysAttended: 0,
  };
  const definition = careLevelDefinitions[enrollment.level];

  return {
    greetingName,
    enrollment: {
      status: enrollment.status,
      startsOn: enrollment.startsOn,
      expectedEndOn: addDays(enrollment.startsOn, 7 * program.expectedLengthWeeks),
      expectedLengthWeeks: program.expectedLengthWeeks,
      level: { code: enrollment.level, label: definition.label, shortLabel: definition.shortLabel, ...definition.description },
      program: { name: program.name, track: program.track, timeZone },
      scheduleOption,
      weeklyMinutes: policy.weeklyMinutes,
    },
    careTeam,
    thisWeek: {
      weekStart,
      minutesAttended: thisWeek.minutes,
      daysAttended: thisWeek.daysAttended,
      summary: describeWeeklyHours({ minutes: thisWeek.minutes, policy }),
      sessions: sessions.filter((session) => session.startsAt < weekTo),
    },
    upcoming: sessions.filter((session) => session.startsAt >= weekTo),
  };
}

export type Plan = NonNullable<Awaited<ReturnType<typeof getPlan>>>;
