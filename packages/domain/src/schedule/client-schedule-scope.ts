import { type CalendarDate, addDays, mondayOf } from "../time/calendar-date";
import { type EnrollmentHistory, careSpans } from "../enrollment/enrollment-history";
import { zonedWallClockToInstant } from "../time/time-zone";

/**
 * Which sessions are a client's own, and which weeks of them "My schedule" shows. A client's
 * sessions are the groups of the schedule option they were placed on, on the days they were in
 * care under that placement, their individual sessions, and any session they have an attendance
 * record for.
 */

/**
 * The client's group sessions as instants to query by: for each span of days in care under one
 * placement (see careSpans, the same history the staff roster reads), its schedule option from
 * local midnight of the first day to local midnight after the last. Groups of an earlier
 * placement stay the client's for the days it was in force; nothing before the program starts
 * and nothing while on hold.
 */
export function groupSessionSpans(
  history: EnrollmentHistory,
  timeZone: string,
): { scheduleOptionId: string; from: Date; until: Date | null }[] {
  return careSpans(history).flatMap((span) =>
    span.placement.scheduleOptionId === null
      ? []
      : [
          {
            scheduleOptionId: span.placement.scheduleOptionId,
            from: zonedWallClockToInstant(span.from, "00:00", timeZone),
            until: span.until === null ? null : zonedWallClockToInstant(span.until, "00:00", timeZone),
          },
        ],
  );
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
