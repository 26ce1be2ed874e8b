import { formatCalendarDate } from "@stepwise/ui/format";
import type { PortalOutputs } from "@stepwise/api/portal";

type Week = PortalOutputs["hours"]["mine"]["weeks"][number];

function dayName(date: string): string {
  return formatCalendarDate(date).split(",")[0] ?? date;
}

/** The days of a week the client joined sessions, with the hours of each: "Monday: 3 hours". */
export function DaysAttended({ week, labelledBy }: { week: Week; labelledBy: string }) {
  if (week.datesAttended.length === 0) return null;
  return (
    <ul className="days-attended" aria-labelledby={labelledBy}>
      {week.datesAttended.map((day) => (
        <li key={day.date}>
          <time dateTime={day.date}>{dayName(day.date)}</time>: {day.hours}
        </li>
      ))}
    </ul>
  );
}
