import { type CalendarDate, addDays, compareCalendarDates } from "../time/calendar-date";

/** The furthest ahead staff may date a template's sessions in one go: about six months. */
export const longestSessionGenerationDays = 26 * 7;

/**
 * Why a template can't end on that date: it has already ended (a later date would bring it back
 * with none of its sessions dated), or the date is before its own first date. Null when it can.
 */
export function templateEndRefusal(
  template: { startsOn: CalendarDate; endsOn: CalendarDate | null },
  endsOn: CalendarDate,
  today: CalendarDate,
): string | null {
  if (template.endsOn && compareCalendarDates(template.endsOn, today) < 0) {
    return `This template has already ended on ${template.endsOn}; create a new one to run the group again.`;
  }
  if (compareCalendarDates(endsOn, template.startsOn) < 0) {
    return `A template can't end before its first date (${template.startsOn}).`;
  }
  return null;
}

/**
 * Why sessions can't be dated through that day: not in the past, not more than about six
 * months ahead, and not for a template that has already ended. Null when they can.
 */
export function generationThroughRefusal(
  template: { endsOn: CalendarDate | null },
  through: CalendarDate,
  today: CalendarDate,
): string | null {
  if (template.endsOn && compareCalendarDates(template.endsOn, today) < 0) {
    return `This template ended on ${template.endsOn}; create a new one to run the group again.`;
  }
  if (compareCalendarDates(through, today) < 0) return "Choose a date from today on.";
  const furthest = addDays(today, longestSessionGenerationDays);
  if (compareCalendarDates(through, furthest) > 0) return `Sessions can be dated at most 26 weeks ahead (through ${furthest}).`;
  return null;
}
