"use client";

import { useMemo, useState } from "react";
import { FlagList } from "~/components/common/flag-list";
import { type ClientLink, ClientName, NextReview, Scores } from "./roster-parts";
import type { RosterRow } from "./roster-row";
import { LastWeek, ThisWeek } from "./roster-week";


type SortKey = "urgency" | "name" | "program" | "thisWeek" | "lastWeek" | "review";

const comparators: Record<Exclude<SortKey, "urgency">, (a: RosterRow, b: RosterRow) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  program: (a, b) => a.program.name.localeCompare(b.program.name),
  thisWeek: (a, b) => a.thisWeek.minutes - b.thisWeek.minutes,
  lastWeek: (a, b) => a.lastWeek.minutes - b.lastWeek.minutes,
  // No review date sorts last.
  review: (a, b) => (a.nextReviewDue ?? "9999-12-31").localeCompare(b.nextReviewDue ?? "9999-12-31"),
};

/**
 * One page of the roster as a table staff can sort. It arrives sorted by urgency (the API's
 * order: flags first); a column's button sorts the page by it, a second press reverses.
 */
export function RosterTable({
  rows,
  clientLink,
  caption,
}: {
  rows: readonly RosterRow[];
  clientLink: ClientLink;
  caption: string;
}) {
  const [sort, setSort] = useState<{ key: SortKey; direction: "ascending" | "descending" }>({
    key: "urgency",
    direction: "ascending",
  });
  // Scores come only to roles that read measures: the front desk's board has no such column.
  const showScores = rows.some((row) => row.scores.length > 0);
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
    <div className="table-wrap roster-wide" role="region" aria-labelledby="roster-caption" tabIndex={0}>
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
            {header("thisWeek", "This week")}
            {header("lastWeek", "Last week")}
            <th scope="col">Flags</th>
            {showScores ? <th scope="col">PHQ-9 · GAD-7</th> : null}
            {header("review", "Next review")}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.clientId}>
              <th scope="row">
                <ClientName row={row} clientLink={clientLink} />
              </th>
              <td>
                {row.program.name}
                <br />
                <span className="small muted">{row.level.shortLabel}</span>
              </td>
              <td>
                <ThisWeek row={row} />
              </td>
              <td>
                <LastWeek row={row} />
              </td>
              <td>
                <FlagList flags={row.flags} reviewOverdue={row.reviewOverdue} />
              </td>
              {showScores ? (
                <td>
                  <Scores row={row} />
                </td>
              ) : null}
              <td>
                <NextReview row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
