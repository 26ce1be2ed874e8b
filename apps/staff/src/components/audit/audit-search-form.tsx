import { type StaffRole, auditActionChoices, auditOutcomeWords, auditOutcomes } from "@stepwise/domain";
import { staffLabels } from "@stepwise/ui/labels";
import Link from "next/link";
import type { AuditSearchFields } from "~/lib/audit-search";

function Problem({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null;
}

/**
 * The audit search as a plain GET form: the URL holds the search, so it can be bookmarked, shared
 * with a colleague who also reads the audit, or downloaded as it stands.
 */
export function AuditSearchForm({
  fields,
  problems,
  staff,
  chosenClient,
}: {
  fields: AuditSearchFields;
  problems: Partial<Record<keyof AuditSearchFields, string>>;
  staff: readonly { userId: string; name: string; role: StaffRole }[];
  /** The client the search is narrowed to by id (a link from the results), by name when known. */
  chosenClient: { id: string; name: string | null } | null;
}) {
  const described = (field: keyof AuditSearchFields, hint?: string) =>
    [problems[field] ? `audit-${field}-problem` : null, hint ?? null].filter(Boolean).join(" ") || undefined;
  return (
    <form method="get" action="/audit" className="filters card" aria-labelledby="audit-search-heading" noValidate>
      <h2 id="audit-search-heading" className="visually-hidden">
        Search the audit
      </h2>
      {chosenClient ? (
        <div className="field">
          <input type="hidden" name="clientId" value={chosenClient.id} />
          <span className="field-hint" id="audit-client-chosen">
            Client
          </span>
          <p aria-describedby="audit-client-chosen">
            {chosenClient.name ?? "The client you chose"} · <Link href="/audit">Any client</Link>
          </p>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="audit-client">Client&apos;s name</label>
          <input
            id="audit-client"
            name="client"
            type="search"
            defaultValue={fields.client}
            autoComplete="off"
            aria-invalid={problems.client ? true : undefined}
            aria-describedby={described("client", "audit-client-hint")}
          />
          <p id="audit-client-hint" className="field-hint">
            Part of a first or last name, or “Last, First”.
          </p>
          <Problem id="audit-client-problem" message={problems.client ?? problems.clientId} />
        </div>
      )}
      <div className="field">
        <label htmlFor="audit-staff">Staff member</label>
        <select id="audit-staff" name="staff" defaultValue={fields.staff} aria-invalid={problems.staff ? true : undefined} aria-describedby={described("staff")}>
          <option value="">Anyone</option>
          {staff.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name} ({staffLabels.role[member.role]})
            </option>
          ))}
        </select>
        <Problem id="audit-staff-problem" message={problems.staff} />
      </div>
      <div className="field">
        <label htmlFor="audit-action">What they did</label>
        <select id="audit-action" name="action" defaultValue={fields.action} aria-invalid={problems.action ? true : undefined} aria-describedby={described("action")}>
          <option value="">Anything</option>
          {auditActionChoices().map((group) => (
            <optgroup key={group.group} label={group.label}>
              {group.actions.map((choice) => (
                <option key={choice.action} value={choice.action}>
                  {choice.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <Problem id="audit-action-problem" message={problems.action} />
      </div>
      <div className="field">
        <label htmlFor="audit-outcome">Outcome</label>
        <select id="audit-outcome" name="outcome" defaultValue={fields.outcome} aria-invalid={problems.outcome ? true : undefined} aria-describedby={described("outcome")}>
          <option value="">Allowed or denied</option>
          {auditOutcomes.map((outcome) => (
            <option key={outcome} value={outcome}>
              {auditOutcomeWords[outcome]}
            </option>
          ))}
        </select>
        <Problem id="audit-outcome-problem" message={problems.outcome} />
      </div>
      <div className="field">
        <label htmlFor="audit-from">From</label>
        <input id="audit-from" name="from" type="date" defaultValue={fields.from} aria-invalid={problems.from ? true : undefined} aria-describedby={described("from")} />
        <Problem id="audit-from-problem" message={problems.from} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">To</label>
        <input
          id="audit-to"
          name="to"
          type="date"
          defaultValue={fields.to}
          aria-invalid={problems.to ? true : undefined}
          aria-describedby={described("to", "audit-period-hint")}
        />
        <p id="audit-period-hint" className="field-hint">
          Both days included, up to a year.
        </p>
        <Problem id="audit-to-problem" message={problems.to} />
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          Search
        </button>
        <Link href="/audit">Start over</Link>
      </div>
    </form>
  );
}
