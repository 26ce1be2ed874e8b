import { addDays, type CalendarDate } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";

/** "Mar 2 – Mar 8, 2026": a Monday-to-Sunday week as people read it. */
export function formatWeekRange(weekStart: CalendarDate): string {
  const start = formatCalendarDate(weekStart, "medium").replace(/, \d{4}$/, "");
  return `${start} – ${formatCalendarDate(addDays(weekStart, 6), "medium")}`;
}
