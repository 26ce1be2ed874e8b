import { type CalendarDate, type ConsentExpiry, consentExpiryWording, defaultTimeZone, instantToZonedDate } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";

/** The day an instant fell on at the center, e.g. "Mar 2, 2026". */
export const dayOf = (instant: Date) => formatCalendarDate(instantToZonedDate(instant, defaultTimeZone), "medium");

/** "until Mar 1, 2027" or "until my treatment here ends". */
export const untilWords = (expiry: ConsentExpiry) => consentExpiryWording(expiry, (date: CalendarDate) => formatCalendarDate(date, "medium"));
