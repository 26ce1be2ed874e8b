import { formatCalendarDate } from "@stepwise/ui/format";
import { TrendLine } from "./trend-line";
import type { Trend } from "./types";
import "~/styles/check-ins.css";

/** One questionnaire over time: the trend sentence, a line for the eye, and each check-in by date in plain words. */
export function TrendCard({ trend }: { trend: Trend }) {
  const headingId = `trend-${trend.instrument}-heading`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{trend.name}</h2>
      {trend.sinceYouStarted ? (
        <p className="check-in__trend">{trend.sinceYouStarted}</p>
      ) : (
        <p className="muted">Once you&apos;ve sent this check-in twice, you&apos;ll see how things have changed since you started.</p>
      )}
      <div className="trend">
        <TrendLine trend={trend} />
        <div className="table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
          <table>
            <caption id={`${headingId}-caption`} className="visually-hidden">{trend.name}: each time you checked in</caption>
            <thead>
              <tr>
                <th scope="col">Check-in</th>
                <th scope="col">How things were</th>
              </tr>
            </thead>
            <tbody>
              {trend.points.map((point, index) => (
                <tr key={`${point.dueOn}-${index}`}>
                  <th scope="row">{formatCalendarDate(point.dueOn, "medium")}</th>
                  <td>{point.words ? `${point.words.charAt(0).toUpperCase()}${point.words.slice(1)}` : "Sent"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
