import type { Executor } from "@stepwise/db/client";
import { type AuditRowExported, type AuditSearch, lastNameFirst } from "@stepwise/domain";
import { searchAuditEvents } from "./audit.queries";

/**
 * A page of the audit, newest first, as the privacy officer reads it: who acted (by name, with their
 * account and role), what, how it ended, and whose information, by name. `nextBefore` continues
 * after the last row shown; null on the last page.
 */
export async function getAuditPage(db: Executor, search: AuditSearch, page: { size: number; namesPerRow: number; withClientIds: boolean }) {
  const rows = await searchAuditEvents(db, search, { limit: page.size, namesPerRow: page.namesPerRow, withClientIds: page.withClientIds });
  const shown = rows.slice(0, page.size).map(
    (row): AuditRowExported => ({
      id: row.id,
      at: row.at,
      actor: row.actorUserId === null ? null : { userId: row.actorUserId, name: row.actorName ?? "An account no longer on record", kind: row.actorKind, role: row.actorRole },
      action: row.action,
      outcome: row.outcome,
      clients: row.clients.slice(0, page.namesPerRow).map((client) => ({ id: client.id, name: lastNameFirst(client) })),
      clientCount: row.clientCount,
      clientIds: row.clientIds,
      resourceType: row.resourceType,
      resourceId: row.resourceId,
      hash: row.hash,
    }),
  );
  const last = shown.at(-1);
  return { rows: shown, nextBefore: rows.length > page.size && last ? last.id : null };
}

/** What was searched for, for the search's own audit row: the filters, never a typed name (it may be anyone's). */
export function searchNote(search: AuditSearch) {
  const { clientName, ...filters } = search;
  return { ...filters, byName: clientName !== undefined };
}
