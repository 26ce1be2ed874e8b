import { type CalendarDate, daysBetween, instruments } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import type { StaffTrend } from "./measure-types";

// The drawing's own units: the SVG scales to its box, so the numbers only set its proportions.
const width = 400;
const height = 240;
const pad = { left: 30, right: 10, top: 10, bottom: 26 };

// Light fills for the bands, least to most severe: decoration only (the table says each band).
const bandFills = ["#eaf4ec", "#f4f6ee", "#fdf5e2", "#fcebe3", "#f9e0e0", "#f5d6d6"];

/**
 * One instrument's totals over time as an inline SVG: each check-in a point at its due date, the
 * instrument's bands as light horizontal stripes, and the baseline as a dashed line with its
 * point ringed. A picture for sighted staff (role="img", summarized in its label); the table
 * beside it carries the same numbers for everyone.
 */
export function TrendChart({ trend }: { trend: StaffTrend }) {
  const instrument = instruments[trend.instrument];
  const { min, max } = trend.range;
  const first = trend.points[0]?.dueOn;
  const last = trend.points.at(-1)?.dueOn;
  if (!first || !last) return null;
  const span = Math.max(daysBetween(first, last), 1);
  const x = (date: CalendarDate) =>
    trend.points.length === 1 ? (pad.left + width - pad.right) / 2 : pad.left + ((width - pad.left - pad.right) * daysBetween(first, date)) / span;
  const y = (total: number) => pad.top + ((height - pad.top - pad.bottom) * (max - total)) / Math.max(max - min, 1);
  const line = trend.points.map((point) => `${x(point.dueOn).toFixed(1)},${y(point.total).toFixed(1)}`).join(" ");
  const latest = trend.points.at(-1)!;

  const label =
    `${trend.instrumentName} totals, lower is better: ${trend.baseline.total} at baseline on ${formatCalendarDate(trend.baseline.dueOn, "medium")}` +
    (trend.points.length > 1 ? `, ${latest.total} most recently on ${formatCalendarDate(latest.dueOn, "medium")}, over ${trend.points.length} check-ins.` : ", the only check-in so far.");

  return (
    <svg className="trend-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {instrument.bands.map((band, index) => {
        // Each band reaches halfway to its neighbours, so the stripes meet without a gap.
        const top = y(Math.min(band.max + 0.5, max));
        const bottom = y(Math.max(band.min - 0.5, min));
        return (
          <rect
            key={band.key}
            x={pad.left}
            width={width - pad.left - pad.right}
            y={top}
            height={Math.max(bottom - top, 0)}
            fill={bandFills[Math.min(index, bandFills.length - 1)]}
          />
        );
      })}
      <line x1={pad.left} x2={pad.left} y1={pad.top} y2={height - pad.bottom} className="trend-chart__axis" />
      <line x1={pad.left} x2={width - pad.right} y1={height - pad.bottom} y2={height - pad.bottom} className="trend-chart__axis" />
      {[min, max].map((value) => (
        <text key={value} x={pad.left - 6} y={y(value) + 4} textAnchor="end" className="trend-chart__tick">
          {value}
        </text>
      ))}
      <text x={pad.left} y={height - 8} className="trend-chart__tick">
        {formatCalendarDate(first, "medium")}
      </text>
      {first !== last ? (
        <text x={width - pad.right} y={height - 8} textAnchor="end" className="trend-chart__tick">
          {formatCalendarDate(last, "medium")}
        </text>
      ) : null}
      <line
        x1={pad.left}
        x2={width - pad.right}
        y1={y(trend.baseline.total)}
        y2={y(trend.baseline.total)}
        className="trend-chart__baseline"
        vectorEffect="non-scaling-stroke"
      />
      <polyline points={line} className="trend-chart__line" vectorEffect="non-scaling-stroke" />
      {trend.points.map((point, index) => (
        <circle
          key={point.responseId}
          cx={x(point.dueOn)}
          cy={y(point.total)}
          r={index === 0 ? 7 : 4.5}
          className={index === 0 ? "trend-chart__point trend-chart__point--baseline" : "trend-chart__point"}
        />
      ))}
    </svg>
  );
}
