import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import Link from "next/link";
import type { RosterRow } from "./roster-row";

/** The client's name, a link to their record for roles that may open it, and "On hold" when they are. */
export function ClientName({ row, canOpenClients }: { row: RosterRow; canOpenClients: boolean }) {
  return (
    <>
      {canOpenClients ? <Link href={`/clients/${row.clientId}`}>{row.name}</Link> : row.name}
      {row.status === "on_hold" ? (
        <>
          {" "}
          <Badge tone="neutral">{staffLabels.enrollmentStatus.on_hold}</Badge>
        </>
      ) : null}
    </>
  );
}

/** The next level-of-care review or recertification date, or that the level needs none. */
export function NextReview({ row }: { row: RosterRow }) {
  return row.nextReviewDue ? (
    <time dateTime={row.nextReviewDue}>{formatCalendarDate(row.nextReviewDue, "medium")}</time>
  ) : (
    <span className="muted">Not required at this level</span>
  );
}
