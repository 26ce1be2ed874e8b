import { type CalendarDate, addDays, mondayOf } from "./calendar-date";
import type { EnrollmentStatus } from "./enrollment-status";
import { zonedWallClockToInstant } from "./time-zone";

/**
 * Which sessions are a client's own, and which weeks of them "My schedule" shows. A client's
 * sessions are their schedule option's groups while the enrollment runs, their individual
 * sessions, and any session they have an attendance record for.
 */

/**
 * The span in which the current schedule option's group sessions belong to the client: from the
 * day the client was placed on it (the enrollment's first day, or the latest change of level of
 * care) to the end of the enrollment. Groups of an earlier placement are not the client's any
 * more, except those they attended. Nothing before the program starts (referral, intake), and
 * while on hold nothing after now: a paused client is not expected at the next group.
 */
export function groupSessionSpan(
  enrollment: {
    status: EnrollmentStatus;
    startsOn: CalendarDate;
    endsOn: CalendarDate | null;
    placedOn?: CalendarDate | null;
  },
  timeZone: string,
  now: Date,
): { from: Date; until: Date | null } | null {
  if (enrollment.status === "referred" || enrollment.status === "intake_scheduled") return null;
  const placedOn = enrollment.placedOn && enrollment.placedOn > enrollment.startsOn ? enrollment.placedOn : enrollment.startsOn;
  const from = zonedWallClockToInstant(placedOn, "00:00", timeZone);
  const end = enrollment.endsOn ? zonedWallClockToInstant(enrollment.endsOn, "00:00", timeZone) : null;
  if (enrollment.status === "on_hold") return { from, until: end && end < now ? end : now };
  return { from, until: end };
}

/** "My schedule" shows this many weeks at a time: the week asked for and those after it. */
export const scheduleWeeksPerPage = 4;
/** How far ahead of this week the schedule can be paged: sessions are generated a season ahead at most. */
export const scheduleWeeksAheadLimit = 26;

export interface ScheduleWindow {
  /** Mondays of the weeks shown, oldest first. */
  weekStarts: CalendarDate[];
  /** Where "earlier weeks" and "later weeks" go; null where there is nothing more to see. */
  previousWeekOf: CalendarDate | null;
  nextWeekOf: CalendarDate | null;
  includesThisWeek: boolean;
}

/**
 * The weeks to show for a requested date (any day of a week; this week when none), kept between
 * the week the program started (or this week, whichever is earlier) and the paging limit ahead.
 */
export function scheduleWindow(input: {
  requestedWeekOf?: CalendarDate | undefined;
  today: CalendarDate;
  programStartsOn: CalendarDate | null;
}): ScheduleWindow {
  const thisWeek = mondayOf(input.today);
  const programWeek = input.programStartsOn ? mondayOf(input.programStartsOn) : thisWeek;
  const earliest = programWeek < thisWeek ? programWeek : thisWeek;
  const latest = addDays(thisWeek, 7 * (scheduleWeeksAheadLimit - scheduleWeeksPerPage + 1));
  const requested = mondayOf(input.requestedWeekOf ?? input.today);
  const start = requested < earliest ? earliest : requested > latest ? latest : requested;

  const weekStarts = Array.from({ length: scheduleWeeksPerPage }, (_, index) => addDays(start, 7 * index));
  const previous = addDays(start, -7 * scheduleWeeksPerPage);
  const next = addDays(start, 7 * scheduleWeeksPerPage);
  return {
    weekStarts,
    previousWeekOf: start > earliest ? (previous < earliest ? earliest : previous) : null,
    nextWeekOf: start < latest ? (next > latest ? latest : next) : null,
    includesThisWeek: weekStarts.includes(thisWeek),
  };
}
