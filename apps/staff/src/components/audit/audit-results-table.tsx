import type { StaffOutputs } from "@stepwise/api/staff";
import { auditActionWords, auditOutcomeWords, defaultTimeZone, moreClientsWords, nobodySignedInWords } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatInstant, isoInstant } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import Link from "next/link";

export type AuditRow = StaffOutputs["audit"]["search"]["rows"][number];

/** Who acted, in words: the role for staff, the kind of account for everyone else. */
function roleOf(actor: AuditRow["actor"]): string {
  if (!actor) return "—";
  if (actor.role) return staffLabels.role[actor.role];
  return actor.kind ? staffLabels.accountKind[actor.kind] : "—";
}

/** One page of the audit, newest first; each client links to their accounting of disclosures. */
export function AuditResultsTable({ rows, caption }: { rows: readonly AuditRow[]; caption: string }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="audit-table">
        <caption id="audit-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Role</th>
            <th scope="col">What they did</th>
            <th scope="col">Client(s)</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const more = row.clientCount - row.clients.length;
            return (
              <tr key={row.id}>
                <td>
                  <time dateTime={isoInstant(row.at)}>{formatInstant(row.at, defaultTimeZone)}</time>
                </td>
                <th scope="row">{row.actor?.name ?? <span className="muted">{nobodySignedInWords}</span>}</th>
                <td>{roleOf(row.actor)}</td>
                <td>{auditActionWords(row.action)}</td>
                <td>
                  {row.clients.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <ul className="audit-clients">
                      {row.clients.map((client) => (
                        <li key={client.id}>
                          <Link href={`/audit/clients/${client.id}`}>{client.name}</Link>
                        </li>
                      ))}
                      {more > 0 ? <li className="muted">{moreClientsWords(more)}</li> : null}
                    </ul>
                  )}
                </td>
                <td><Badge tone={row.outcome === "allowed" ? "ok" : "alert"}>{auditOutcomeWords[row.outcome]}</Badge></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
