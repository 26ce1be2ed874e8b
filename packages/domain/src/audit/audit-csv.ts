import type { AccountKind } from "../accounts/account";
import type { StaffRole } from "../staff/staff-permission";
import { auditActionWords } from "./audit-actions";
import type { AuditOutcome } from "./audit-search";
import { auditOutcomeWords, moreClientsWords, nobodySignedInWords } from "./audit-words";

/**
 * The audit as a CSV file a spreadsheet opens safely: one line per audit row, the columns below,
 * RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
 */

/** One audit row as the search reads it, names joined in. */
export interface AuditRowRead {
  id: number;
  at: Date;
  /** Null when nobody was signed in: a scheduled job, a public link before it proved who used it. */
  actor: { userId: string; name: string; kind: AccountKind | null; role: StaffRole | null } | null;
  action: string;
  outcome: AuditOutcome;
  /** The first few clients the row names (those searched for first), by name. */
  clients: readonly { id: string; name: string }[];
  /** How many clients the row names in all. */
  clientCount: number;
  resourceType: string | null;
  resourceId: string | null;
  hash: string | null;
}

/** A row as the file has it: with every client it names, by id. */
export interface AuditRowExported extends AuditRowRead {
  clientIds: readonly string[];
}

/** The words the file uses for accounts and roles: the staff app's labels, so the file and the page agree. */
export interface AuditCsvWords {
  accountKind: Record<AccountKind, string>;
  role: Record<StaffRole, string>;
}

/** "Morgan, Alex; Reyes, Dana and 3 more". */
export function clientsNamed(row: Pick<AuditRowRead, "clients" | "clientCount">): string {
  const names = row.clients.map((client) => client.name).join("; ");
  const more = row.clientCount - row.clients.length;
  return more > 0 ? `${names} ${moreClientsWords(more)}` : names;
}

/** The file's columns, in order. */
export function auditCsvColumns(words: AuditCsvWords): { header: string; value: (row: AuditRowExported) => string | number | null }[] {
  return [
    { header: "Event", value: (row) => row.id },
    { header: "When (UTC)", value: (row) => row.at.toISOString() },
    { header: "Who", value: (row) => row.actor?.name ?? nobodySignedInWords },
    { header: "Account", value: (row) => (row.actor?.kind ? words.accountKind[row.actor.kind] : null) },
    { header: "Role", value: (row) => (row.actor?.role ? words.role[row.actor.role] : null) },
    { header: "Action", value: (row) => row.action },
    { header: "What they did", value: (row) => auditActionWords(row.action) },
    { header: "Outcome", value: (row) => auditOutcomeWords[row.outcome] },
    { header: "Clients", value: (row) => clientsNamed(row) },
    { header: "Client ids", value: (row) => row.clientIds.join(" ") },
    { header: "Resource", value: (row) => row.resourceType },
    { header: "Resource id", value: (row) => row.resourceId },
    { header: "Hash", value: (row) => row.hash },
  ];
}

// What a spreadsheet reads as the start of a formula (or, for tab and carriage return, of a
// cell it re-parses): such a cell gets a leading apostrophe, so it is shown as text, never run.
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One cell: formula starts defused, then quoted when it holds a comma, a quote or a line break
 * (quotes doubled, as RFC 4180 says). Null is an empty cell. A finite number is written as it is:
 * a spreadsheet reads "-3.5" as the number, never a formula, so a negative one keeps its sign.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  const text = String(value);
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One line of cells, ended with CRLF as RFC 4180 says. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** The header line and a function that writes each row's line, for a file written a page at a time. */
export function auditCsv(words: AuditCsvWords): { header: string; line: (row: AuditRowExported) => string } {
  const columns = auditCsvColumns(words);
  return {
    header: csvLine(columns.map((column) => column.header)),
    line: (row) => csvLine(columns.map((column) => column.value(row))),
  };
}
