import type { Executor } from "@stepwise/db/client";
import {
  type CalendarDate,
  closedReferralNextStep,
  defaultTimeZone,
  instantToZonedDate,
  mondayOf,
  programAddressOf,
  scheduleWindow,
  weekBounds,
  weekStartOf,
} from "@stepwise/domain";
import { clientSessionScope, toClientSession } from "../../services/client-sessions";
import { findClientHistoriesWithBands } from "../../queries/enrollment-history.queries";
import { findClientSessions } from "../../queries/client-sessions.queries";
import { findClientEpisode } from "../../queries/client-episode.queries";

/** The client's own sessions, week by week, for "My schedule". */
export async function getSchedule(db: Executor, scope: { clientId: string }, input: { weekOf?: CalendarDate }, now: Date) {
  const [found, { historyOf }] = await Promise.all([findClientEpisode(db, scope.clientId), findClientHistoriesWithBands(db, scope.clientId)]);
  if (!found) return null;
  // The sessions of the episode that ran (or is open); a closed referral is only mentioned.
  const { episode: enrollment, closedReferral } = found;
  const timeZone = enrollment?.program.timeZone ?? closedReferral?.program.timeZone ?? defaultTimeZone;
  const today = instantToZonedDate(now, timeZone);
  const window = scheduleWindow({ requestedWeekOf: input.weekOf, today, programStartsOn: enrollment?.startsOn ?? null });
  const firstWeek = window.weekStarts[0] ?? mondayOf(today);
  const lastWeek = window.weekStarts.at(-1) ?? firstWeek;

  const rows = await findClientSessions(
    db,
    clientSessionScope(scope.clientId, enrollment ? (historyOf.get(enrollment.id) ?? null) : null, timeZone),
    { from: weekBounds(firstWeek, timeZone).from, to: weekBounds(lastWeek, timeZone).to },
  );
  const sessions = rows.map((row) => toClientSession(row, now));
  const thisWeek = mondayOf(today);
  // Where the program's in-person sessions meet: its own address, or the center's.
  const address = enrollment ? programAddressOf(enrollment.program, found.center) : null;

  return {
    timeZone,
    address,
    enrollmentStatus: enrollment?.status ?? null,
    nextStep: closedReferral ? closedReferralNextStep(closedReferral.program.name) : null,
    previousWeekOf: window.previousWeekOf,
    nextWeekOf: window.nextWeekOf,
    includesThisWeek: window.includesThisWeek,
    weeks: window.weekStarts.map((weekStart) => ({
      weekStart,
      isThisWeek: weekStart === thisWeek,
      sessions: sessions.filter((session) => weekStartOf(session.startsAt, timeZone) === weekStart),
    })),
  };
}

export type Schedule = NonNullable<Awaited<ReturnType<typeof getSchedule>>>;
