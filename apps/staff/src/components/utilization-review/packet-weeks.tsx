import { formatHoursPhrase, weekStandingWords } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import type { ReviewPacket } from "./types";

/** Each week at this level, oldest first: hours delivered against the band's floor, days attended, where it stands. */
export function PacketWeeks({ packet }: { packet: ReviewPacket }) {
  const floor = formatHoursPhrase(packet.enrollment.weeklyBand.min);
  if (packet.weeks.length === 0) return <p className="muted">No attendance recorded at this level yet.</p>;
  return (
    <div className="table-wrap" role="region" aria-labelledby="packet-weeks-caption" tabIndex={0}>
      <table className="review-packet__table">
        <caption id="packet-weeks-caption">
          Hours delivered per week against the floor of {floor}
          <span className="caption__hint">Weeks run Monday to Sunday in the program&apos;s time zone.</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Hours (floor {floor})</th>
            <th scope="col" className="numeric">
              Days attended
            </th>
            <th scope="col">Standing</th>
          </tr>
        </thead>
        <tbody>
          {packet.weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">
                {formatCalendarDate(week.weekStart, "medium")} – {formatCalendarDate(week.weekEnd, "medium")}
              </th>
              <td>{formatHoursPhrase(week.minutes)}</td>
              <td className="numeric">{week.daysAttended}</td>
              <td>{week.standing ? weekStandingWords[week.standing] : "Week in progress, not judged"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
