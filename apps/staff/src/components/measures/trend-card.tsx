import { instruments } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import type { StaffTrend } from "./measure-types";
import { TrendChart } from "./trend-chart";

function bandLabel(trend: StaffTrend, bandKey: string): string {
  return instruments[trend.instrument].bands.find((band) => band.key === bandKey)?.staffLabel ?? bandKey;
}

function points(difference: number): string {
  if (difference === 0) return "No change";
  const size = Math.abs(difference);
  return `${difference < 0 ? "Down" : "Up"} ${size} ${size === 1 ? "point" : "points"}`;
}

/**
 * The change from the baseline in the terms outcome reports use, each only where the instrument
 * defines it (changeFromBaseline's null): reliable change, response, remission.
 */
function ChangeFromBaseline({ trend }: { trend: StaffTrend }) {
  const change = trend.changeFromBaseline;
  if (!change) return <p className="muted">Only the baseline so far: the change shows after the next check-in.</p>;
  const instrument = instruments[trend.instrument];
  const reliable =
    change.reliableImprovement === null || change.reliableDeterioration === null
      ? null
      : change.reliableImprovement
        ? "Reliable improvement"
        : change.reliableDeterioration
          ? "Reliable deterioration"
          : `No reliable change (it takes ${instrument.reliableChange} points)`;
  return (
    <dl className="facts">
      <dt>Since the baseline</dt>
      <dd>
        {points(change.difference)} ({trend.baseline.total} → {trend.latest.total})
      </dd>
      {reliable ? (
        <>
          <dt>Reliable change</dt>
          <dd>{reliable}</dd>
        </>
      ) : null}
      <dt>Response</dt>
      <dd>{change.response ? "Response: down by half or more" : "No response (down by less than half)"}</dd>
      {change.remission !== null ? (
        <>
          <dt>Remission</dt>
          <dd>{change.remission ? `Remission: below ${instrument.remissionBelow}` : `Not in remission (${instrument.remissionBelow} or more)`}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** One instrument's course in one enrollment: the change in words, the chart, and its numbers as a table. */
export function TrendCard({ trend, headingId, context }: { trend: StaffTrend; headingId: string; context: string | null }) {
  return (
    <section className="card trend-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {trend.instrumentName}
        {context ? <span className="muted small"> · {context}</span> : null}
      </h3>
      <ChangeFromBaseline trend={trend} />
      <div className="trend-card__body">
        <figure className="trend-card__figure">
          <TrendChart trend={trend} />
          <figcaption className="small muted">
            Lower is better. Shaded stripes are the bands; the dashed line and the ringed point are the baseline.
          </figcaption>
        </figure>
        <div className="table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
          <table>
            <caption id={`${headingId}-caption`}>{trend.instrumentName} totals by date</caption>
            <thead>
              <tr>
                <th scope="col">Due</th>
                <th scope="col" className="numeric">
                  Total
                </th>
                <th scope="col">Band</th>
              </tr>
            </thead>
            <tbody>
              {trend.points.map((point, index) => (
                <tr key={point.responseId}>
                  <th scope="row">
                    {formatCalendarDate(point.dueOn, "medium")}
                    {index === 0 ? <span className="muted"> (baseline)</span> : null}
                  </th>
                  <td className="numeric">{point.total}</td>
                  <td>{bandLabel(trend, point.bandKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
