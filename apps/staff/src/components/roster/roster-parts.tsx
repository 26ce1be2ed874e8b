import { type StaffRole, staffMay } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import Link from "next/link";
import type { RosterRow } from "./roster-row";

/** Where a client's name leads: their record, only how to reach them, or nowhere. */
export type ClientLink = "record" | "contact" | "none";

/**
 * A presentation choice only (the API refuses what a role may not open): the record for roles
 * that read it, the contact card for those that only reach out (the front desk).
 */
export function clientLinkFor(role: StaffRole): ClientLink {
  if (staffMay(role, "client.read")) return "record";
  return staffMay(role, "client.contact") ? "contact" : "none";
}

const clientHref: Record<Exclude<ClientLink, "none">, (clientId: string) => string> = {
  record: (clientId) => `/clients/${clientId}`,
  contact: (clientId) => `/clients/${clientId}/contact`,
};

/** The client's name, a link to what this role may open of them, and "On hold" when they are. */
export function ClientName({ row, clientLink }: { row: RosterRow; clientLink: ClientLink }) {
  return (
    <>
      {clientLink === "none" ? row.name : <Link href={clientHref[clientLink](row.clientId)}>{row.name}</Link>}
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
