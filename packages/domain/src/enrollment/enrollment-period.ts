import { type CalendarDate, addDays } from "../time/calendar-date";

/** Enrollment periods are half-open: the last day in the program is the day before the stored end. */
export function lastDayOfEnrollment(endsOn: CalendarDate): CalendarDate {
  return addDays(endsOn, -1);
}

/** Enrollment periods are half-open: the stored end is the day after the last day in the program. */
export function enrollmentEndFromLastDay(lastDayOn: CalendarDate): CalendarDate {
  return addDays(lastDayOn, 1);
}
