import type { Executor } from "@stepwise/db/client";
import { placeOf } from "@stepwise/domain";
import { getSchedule } from "../schedule/mine.handler";

/**
 * The client's sessions from the start of this week, four weeks in all, read exactly as the
 * client's own schedule reads them. The consent promises days and times, so a family member
 * learns only when, in person (and then where: the program's address) or by video, and whether it was cancelled. Not the kind of session
 * (medication management or an individual session says something about the treatment), nor
 * rooms, links, titles, other attendees or attendance.
 */
export async function getSharedSchedule(db: Executor, client: { clientId: string }, now: Date) {
  const schedule = await getSchedule(db, client, {}, now);
  if (!schedule) return null;
  return {
    timeZone: schedule.timeZone,
    address: schedule.address,
    weeks: schedule.weeks.map((week) => ({
      weekStart: week.weekStart,
      isThisWeek: week.isThisWeek,
      sessions: week.sessions.map((session) => ({
        id: session.id,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        place: placeOf(session),
        cancelled: session.cancelled,
      })),
    })),
  };
}

export type SharedSchedule = NonNullable<Awaited<ReturnType<typeof getSharedSchedule>>>;
