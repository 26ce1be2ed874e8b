import { type CalendarDate, type IsoWeekday, compareCalendarDates } from "../time/calendar-date";
import { instantToZonedDate } from "../time/time-zone";
import type { WallClockTime } from "../time/wall-clock-time";
import { occurrencesOfWeeklyPattern } from "../time/weekly-pattern";

export interface TemplatePattern {
  weekdays: readonly IsoWeekday[];
  startTime: WallClockTime;
  endTime: WallClockTime;
  /** First local date the template meets, inclusive. */
  startsOn: CalendarDate;
  /** Last local date it meets, inclusive; null while it keeps running. */
  endsOn: CalendarDate | null;
}

export interface TemplateOccurrence {
  /** The local date in the program's time zone. */
  occursOn: CalendarDate;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The dated sessions of a template between two local dates (inclusive), clipped to the
 * template's own period. Each is built from its local date and wall-clock time in the
 * program's zone, so a 6 pm group stays 6 pm across daylight-saving changes.
 */
export function occurrencesOfTemplate(
  template: TemplatePattern,
  timeZone: string,
  from: CalendarDate,
  to: CalendarDate,
): TemplateOccurrence[] {
  const first = compareCalendarDates(from, template.startsOn) < 0 ? template.startsOn : from;
  const last = template.endsOn && compareCalendarDates(template.endsOn, to) < 0 ? template.endsOn : to;
  if (compareCalendarDates(first, last) > 0) return [];
  return occurrencesOfWeeklyPattern({
    weekdays: template.weekdays,
    start: template.startTime,
    end: template.endTime,
    timeZone,
    from: first,
    to: last,
  }).map((occurrence) => ({ occursOn: instantToZonedDate(occurrence.startsAt, timeZone), ...occurrence }));
}
