import { type AuditCsvWords, type AuditSearch, auditCursorParamSchema, auditSearchSchema, defaultAuditPeriod, defaultTimeZone, instantToZonedDate } from "@stepwise/domain";
import { staffLabels } from "@stepwise/ui/labels";

type SearchParams = Record<string, string | string[] | undefined>;

/** The search form's fields as the URL names them: short, and the same in the page and the download. */
export interface AuditSearchFields {
  client: string;
  clientId: string;
  staff: string;
  action: string;
  outcome: string;
  from: string;
  to: string;
}

/** The words the CSV file uses, so it says what the page says. */
export const auditCsvWords: AuditCsvWords = { accountKind: staffLabels.accountKind, role: staffLabels.role };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.trim() : "");

/**
 * The search in the URL, read by the domain's schema: an empty field is no filter, a missing period
 * is the last 30 days (in the center's zone). A search that does not read comes back with the
 * schema's words for each field, and no search is run.
 */
export function auditSearchFrom(params: SearchParams, now = new Date()): {
  fields: AuditSearchFields;
  search: AuditSearch | null;
  problems: Partial<Record<keyof AuditSearchFields, string>>;
} {
  const period = defaultAuditPeriod(instantToZonedDate(now, defaultTimeZone));
  const fields: AuditSearchFields = {
    client: one(params.client),
    clientId: one(params.clientId),
    staff: one(params.staff),
    action: one(params.action),
    outcome: one(params.outcome),
    from: one(params.from) || period.from,
    to: one(params.to) || period.to,
  };
  const parsed = auditSearchSchema.safeParse({
    clientId: fields.clientId || undefined,
    // An id chosen from the results stands for the client; the name field then is not asked too.
    clientName: fields.clientId ? undefined : fields.client || undefined,
    actorUserId: fields.staff || undefined,
    action: fields.action || undefined,
    outcome: fields.outcome || undefined,
    from: fields.from,
    to: fields.to,
    before: auditCursorParamSchema.parse(params.before),
  });
  if (parsed.success) return { fields, search: parsed.data, problems: {} };
  const fieldOf: Record<string, keyof AuditSearchFields> = { clientName: "client", actorUserId: "staff", clientId: "clientId", action: "action", outcome: "outcome", from: "from", to: "to" };
  const problems: Partial<Record<keyof AuditSearchFields, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf[String(issue.path[0])];
    if (field && !problems[field]) problems[field] = issue.message;
  }
  return { fields, search: null, problems };
}

/** The URL of a search: the audit page (with `before` for a later page) or the download. */
export function auditSearchHref(path: "/audit" | "/audit/export", fields: Partial<AuditSearchFields>, before?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value) params.set(key, value);
  if (before !== undefined) params.set("before", String(before));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
