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

/** The next recertification date (or that the level needs none), and the treatment plan's next review beside it. */
export function NextReview({ row }: { row: RosterRow }) {
  return (
    <>
      {row.nextReviewDue ? (
        <time dateTime={row.nextReviewDue}>{formatCalendarDate(row.nextReviewDue, "medium")}</time>
      ) : (
        <span className="muted">Not required at this level</span>
      )}
      {row.planReviewDue ? (
        <span className="small muted">
          {" "}
          · plan <time dateTime={row.planReviewDue}>{formatCalendarDate(row.planReviewDue, "medium")}</time>
        </span>
      ) : null}
    </>
  );
}

/** The change since baseline as staff read it: "−13 since baseline, reliably better". */
function changeWords(score: RosterRow["scores"][number]): string | null {
  if (score.change === null) return null;
  const signed = score.change > 0 ? `+${score.change}` : score.change < 0 ? `−${Math.abs(score.change)}` : "no change";
  const reliably = score.reliably === "better" ? ", reliably better" : score.reliably === "worse" ? ", reliably worse" : "";
  return `${signed} since baseline${reliably}`;
}

/** The latest PHQ-9 and GAD-7, each with its band and the change since baseline; words, never colour alone. */
export function Scores({ row }: { row: RosterRow }) {
  if (row.scores.length === 0) return <span className="muted">No check-ins yet</span>;
  return (
    <ul className="score-list">
      {row.scores.map((score) => {
        const change = changeWords(score);
        return (
          <li key={score.instrument}>
            {score.shortName} {score.latest} · {score.bandLabel}
            {change ? (
              <>
                <br />
                <span className={score.reliably === "worse" ? "small score-change--worse" : "small muted"}>{change}</span>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
