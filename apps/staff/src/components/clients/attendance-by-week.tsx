import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate } from "@stepwise/ui/format";
import { bandShort, hoursShort, standingLabels } from "~/lib/flags";
import type { ClientDetail } from "~/components/enrollment/types";

/** Delivered hours week by week, each judged against the band in force that week. */
export function AttendanceByWeek({ detail }: { detail: ClientDetail }) {
  const { compliance } = detail;
  if (!compliance) return null;
  const weeks = [...compliance.byWeek].reverse();
  return (
    <section className="card" aria-labelledby="weeks-heading">
      <h2 id="weeks-heading">Attendance by week</h2>
      {weeks.length === 0 ? (
        <p className="muted">No attendance recorded in the last 8 weeks.</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="weeks-caption" tabIndex={0}>
          <table>
            <caption id="weeks-caption">
              Hours per week against the band in force that week
              <span className="caption__hint">
                Weeks run Monday to Sunday in the program&apos;s time zone. A week split by a change of level of care is judged by
                the level it spent most days at.
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col" className="numeric">
                  Hours
                </th>
                <th scope="col" className="numeric">
                  Days
                </th>
                <th scope="col">Band</th>
                <th scope="col">Against band</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => {
                // The API judges each week against its own band; the week still running with the sessions it has left.
                const standing = standingLabels[week.standing];
                return (
                  <tr key={week.weekStart}>
                    <th scope="row">{formatCalendarDate(week.weekStart, "medium")}</th>
                    <td className="numeric">{hoursShort(week.minutes)}</td>
                    <td className="numeric">{week.daysAttended}</td>
                    <td>{bandShort(week.band)}</td>
                    <td>
                      <Badge tone={standing.tone}>{standing.label}</Badge>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
