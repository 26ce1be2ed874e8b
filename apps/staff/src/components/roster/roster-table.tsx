"use client";

import type { StaffOutputs } from "@stepwise/api/staff";
import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import Link from "next/link";
import { useMemo, useState } from "react";
import { FlagList } from "~/components/common/flag-list";
import { bandShort, hoursShort, standingLabels } from "~/lib/flags";

export type RosterRow = StaffOutputs["roster"]["list"]["rows"][number];

type SortKey = "urgency" | "name" | "program" | "level" | "thisWeek" | "lastWeek" | "days" | "review";

const comparators: Record<Exclude<SortKey, "urgency">, (a: RosterRow, b: RosterRow) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  program: (a, b) => a.program.name.localeCompare(b.program.name),
  level: (a, b) => a.level.shortLabel.localeCompare(b.level.shortLabel),
  thisWeek: (a, b) => a.thisWeek.minutes - b.thisWeek.minutes,
  lastWeek: (a, b) => a.lastWeek.minutes - b.lastWeek.minutes,
  days: (a, b) => a.thisWeek.daysAttended - b.thisWeek.daysAttended,
  // No review date sorts last.
  review: (a, b) => (a.nextReviewDue ?? "9999-12-31").localeCompare(b.nextReviewDue ?? "9999-12-31"),
};

/**
 * One page of the roster as a table staff can sort. It arrives sorted by urgency (the API's
 * order: flags first); a column's button sorts the page by it, a second press reverses.
 */
export function RosterTable({
  rows,
  canOpenClients,
  caption,
}: {
  rows: readonly RosterRow[];
  canOpenClients: boolean;
  caption: string;
}) {
  const [sort, setSort] = useState<{ key: SortKey; direction: "ascending" | "descending" }>({
    key: "urgency",
    direction: "ascending",
  });
  const sorted = useMemo(() => {
    if (sort.key === "urgency") return rows;
    const compare = comparators[sort.key];
    const copy = [...rows].sort((a, b) => compare(a, b) || a.name.localeCompare(b.name));
    return sort.direction === "ascending" ? copy : copy.reverse();
  }, [rows, sort]);

  function header(key: Exclude<SortKey, "urgency">, label: string, className?: string) {
    const active = sort.key === key;
    return (
      <th scope="col" className={className} aria-sort={active ? sort.direction : undefined}>
        <button
          type="button"
          className="sort-button"
          onClick={() =>
            setSort((current) => ({
              key,
              direction: current.key === key && current.direction === "ascending" ? "descending" : "ascending",
            }))
          }
        >
          {label}
          <span aria-hidden="true" className="sort-indicator">
            {active ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  }

  return (
    <div className="table-wrap" role="region" aria-labelledby="roster-caption" tabIndex={0}>
      <table className="roster">
        <caption id="roster-caption">
          {caption}
          <span className="caption__hint">
            {sort.key === "urgency"
              ? "Sorted by urgency: clients with flags first. Use a column heading to sort by it."
              : "Use a column heading to sort by it; press again to reverse."}
          </span>
        </caption>
        <thead>
          <tr>
            {header("name", "Client")}
            {header("program", "Program")}
            {header("level", "Level")}
            {header("thisWeek", "This week", "numeric")}
            {header("lastWeek", "Last week", "numeric")}
            {header("days", "Days attended this week", "numeric")}
            <th scope="col">Flags</th>
            {header("review", "Next review / recertification")}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const standing = standingLabels[row.thisWeek.standing];
            const lastStanding = standingLabels[row.lastWeek.standing];
            return (
              <tr key={row.clientId}>
                <th scope="row">
                  {canOpenClients ? <Link href={`/clients/${row.clientId}`}>{row.name}</Link> : row.name}
                  {row.status === "on_hold" ? (
                    <>
                      {" "}
                      <Badge tone="neutral">{staffLabels.enrollmentStatus.on_hold}</Badge>
                    </>
                  ) : null}
                </th>
                <td>{row.program.name}</td>
                <td>{row.level.shortLabel}</td>
                <td className="numeric">
                  {hoursShort(row.thisWeek.minutes)} <span className="muted">of {bandShort(row.band)}</span>
                  <br />
                  <Badge tone={standing.tone}>{standing.label}</Badge>
                </td>
                <td className="numeric">
                  {hoursShort(row.lastWeek.minutes)} <span className="muted">of {bandShort(row.band)}</span>
                  <br />
                  <span className="small muted">
                    {lastStanding.label}, {row.lastWeek.daysAttended} {row.lastWeek.daysAttended === 1 ? "day" : "days"}
                  </span>
                </td>
                <td className="numeric">{row.thisWeek.daysAttended}</td>
                <td>
                  <FlagList flags={row.flags} reviewOverdue={row.reviewOverdue} />
                </td>
                <td>
                  {row.nextReviewDue ? (
                    <time dateTime={row.nextReviewDue}>{formatCalendarDate(row.nextReviewDue, "medium")}</time>
                  ) : (
                    <span className="muted">Not required at this level</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
