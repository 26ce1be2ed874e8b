import { formatCalendarDate } from "@stepwise/ui/format";
import type { Trend } from "./types";

const width = 320;
const height = 120;
const pad = 12;

/**
 * The totals over time as a simple line, for the eye only: the table beside it says the same in
 * words for everyone (and screen readers). A lower line is fewer troubles on every questionnaire here.
 */
export function TrendLine({ trend }: { trend: Trend }) {
  const { points, range } = trend;
  if (points.length < 2) return null;
  const span = Math.max(range.max - range.min, 1);
  const x = (index: number) => pad + (index * (width - 2 * pad)) / (points.length - 1);
  const y = (total: number) => pad + ((range.max - total) * (height - 2 * pad)) / span;
  const line = points.map((point, index) => `${x(index).toFixed(1)},${y(point.total).toFixed(1)}`).join(" ");
  return (
    <figure className="trend-line" aria-hidden="true">
      <svg viewBox={`0 0 ${width} ${height}`} role="presentation" focusable="false">
        <line className="trend-line__axis" x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} />
        <polyline className="trend-line__path" points={line} />
        {points.map((point, index) => (
          <circle key={`${point.dueOn}-${index}`} className="trend-line__point" cx={x(index)} cy={y(point.total)} r={4} />
        ))}
      </svg>
      <figcaption>
        <span className="trend-line__ends">
          <span>{formatCalendarDate(points[0]!.dueOn, "medium")}</span>
          <span>{formatCalendarDate(points[points.length - 1]!.dueOn, "medium")}</span>
        </span>
        <span className="muted small">The line goes down as things get easier.</span>
      </figcaption>
    </figure>
  );
}
