import { weekdayName } from "../programs/schedule-violation";
import { type CalendarDate, type IsoWeekday, isoWeekdayOf } from "../time/calendar-date";
import { zonedWallClockToInstant } from "../time/time-zone";
import type { WallClockTime } from "../time/wall-clock-time";

/** A session of the template still to come that nobody edited or cancelled one by one. */
export interface UntouchedSession {
  id: string;
  occursOn: CalendarDate;
}

/** The days and hours a template meets on from now on. */
export interface TemplateTiming {
  weekdays: readonly IsoWeekday[];
  startTime: WallClockTime;
  endTime: WallClockTime;
}

export interface TemplateChangePlan {
  /** Sessions on a weekday the template still meets, with their new start and end. */
  follow: { id: string; startsAt: Date; endsAt: Date }[];
  /** Sessions on a weekday it no longer meets, one entry per weekday, with the reason people are told. */
  drop: { weekday: IsoWeekday; sessionIds: string[]; reason: string }[];
}

/**
 * What a change of a template's days or hours does to its untouched future sessions: on a day it
 * still meets, a session keeps its date and takes the new hours, read in the program's zone (so a
 * session after a change of clocks keeps its wall-clock time); on a day it no longer meets, the
 * session goes. Sessions are followed in the order given, and weekdays dropped in the order first met.
 */
export function planTemplateChange(sessions: readonly UntouchedSession[], change: TemplateTiming, timeZone: string): TemplateChangePlan {
  const follow: TemplateChangePlan["follow"] = [];
  const droppedByWeekday = new Map<IsoWeekday, string[]>();
  for (const session of sessions) {
    const weekday = isoWeekdayOf(session.occursOn);
    if (change.weekdays.includes(weekday)) {
      follow.push({
        id: session.id,
        startsAt: zonedWallClockToInstant(session.occursOn, change.startTime, timeZone),
        endsAt: zonedWallClockToInstant(session.occursOn, change.endTime, timeZone),
      });
    } else {
      droppedByWeekday.set(weekday, [...(droppedByWeekday.get(weekday) ?? []), session.id]);
    }
  }
  const drop = [...droppedByWeekday].map(([weekday, sessionIds]) => ({
    weekday,
    sessionIds,
    reason: `The group no longer meets on ${weekdayName(weekday)}s.`,
  }));
  return { follow, drop };
}
