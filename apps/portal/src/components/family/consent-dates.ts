import { defaultTimeZone, instantToZonedDate } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";

/** The day an instant fell on at the center, e.g. "Mar 2, 2026". */
export const dayOf = (instant: Date) => formatCalendarDate(instantToZonedDate(instant, defaultTimeZone), "medium");
