import type { StaffOutputs } from "@stepwise/api/staff";
import { auditActionWords, consentScopeWordingFor, defaultTimeZone } from "@stepwise/domain";
import { formatCalendarDate, formatConsentUntil, formatInstant, isoInstant } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";

export type Disclosure = StaffOutputs["audit"]["disclosures"]["entries"][number];

/**
 * A client's accounting of disclosures: each family read, with who it was (as the client named
 * them), their relationship, what was read, and every consent it was allowed under, with its dates.
 */
export function DisclosuresTable({ entries, caption }: { entries: readonly Disclosure[]; caption: string }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="disclosures-caption" tabIndex={0}>
      <table className="audit-table">
        <caption id="disclosures-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Family member</th>
            <th scope="col">Relationship</th>
            <th scope="col">What was shown</th>
            <th scope="col">Under the consent</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={isoInstant(entry.at)}>{formatInstant(entry.at, defaultTimeZone)}</time>
              </td>
              <th scope="row">{entry.seenBy.kind === "family" ? entry.seenBy.name : "—"}</th>
              <td>{entry.seenBy.kind === "family" ? staffLabels.familyRelationship[entry.seenBy.relationship] : "—"}</td>
              <td>
                {auditActionWords(entry.action)}
                {entry.scopes.length > 0 ? (
                  <span className="small muted">
                    <br />
                    {entry.scopes.map((scope) => consentScopeWordingFor(scope, "staff").label).join(", ")}
                  </span>
                ) : null}
              </td>
              <td>
                {entry.consents.length === 0 ? (
                  <span className="muted">Not recorded (a read from before consents were named)</span>
                ) : (
                  <ul className="audit-clients">
                    {entry.consents.map((consent) => (
                      <li key={consent.id}>
                        Signed {formatCalendarDate(consent.signedOn, "medium")}, {formatConsentUntil(consent.expiry, "staff")}
                        {consent.revokedAt ? `, taken back ${formatInstant(consent.revokedAt, defaultTimeZone)}` : ""}
                        <br />
                        <span className="small muted">
                          {consent.scopes.map((scope) => consentScopeWordingFor(scope, "staff").label).join(", ")} · consent {consent.id}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
