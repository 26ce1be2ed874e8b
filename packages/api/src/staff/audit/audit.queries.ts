import type { Executor } from "@stepwise/db/client";
import { auditEvents, clients, staffMembers, users } from "@stepwise/db/schema";
import { type AuditSearch, auditActionPaths, auditPeriodInstants, parseNameQuery } from "@stepwise/domain";
import { type SQL, and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { matchesName } from "../clients/list.queries";

/**
 * The privacy officer's reading of the audit trail. One statement a page: keyset paged on the
 * row's id (the database gives ids in the order rows were written, under the same lock as their
 * time, so newest id first is newest first), each filter in a form an index serves: the clients on
 * the GIN index of the rows' client arrays, the staff member and period on (actor_user_id, at).
 */

/** A client named on a row, for the handler to word. */
export interface NamedClientRow {
  id: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
}

/** The clients a search is about, as an array expression: by id, or every client whose name matches. */
function searchedClients(search: AuditSearch): SQL | undefined {
  if (search.clientId !== undefined) return sql`array[${search.clientId}]::uuid[]`;
  if (search.clientName === undefined) return undefined;
  const matching = sql`select ${clients.id} from ${clients} where ${matchesName(parseNameQuery(search.clientName))}`;
  return sql`array(${matching})`;
}

/**
 * Each filter of a search as SQL on audit_events, in the form an index serves: the clients as an
 * overlap with the rows' client arrays (GIN), the staff member as equality and the period as a
 * range on `at` (together, the (actor_user_id, at) index). Absent filters are undefined.
 */
export function auditSearchFilters(search: AuditSearch) {
  const { from, until } = auditPeriodInstants(search);
  const searched = searchedClients(search);
  return {
    searched,
    clients: searched ? sql`${auditEvents.subjectClientIds} && ${searched}` : undefined,
    actor: search.actorUserId === undefined ? undefined : eq(auditEvents.actorUserId, search.actorUserId),
    period: and(gte(auditEvents.at, from), lt(auditEvents.at, until)),
    action: search.action === undefined ? undefined : inArray(auditEvents.action, auditActionPaths(search.action)),
    outcome: search.outcome === undefined ? undefined : eq(auditEvents.outcome, search.outcome),
    after: search.before === undefined ? undefined : lt(auditEvents.id, search.before),
  };
}

/**
 * A page of rows matching the search, newest first, with the actor's name and role and the first
 * `namesPerRow` clients each names (the searched ones first), joined in SQL; `withClientIds` adds
 * every client id (for the file). One more row than `limit` says whether another page follows.
 */
export function searchAuditEvents(db: Executor, search: AuditSearch, page: { limit: number; namesPerRow: number; withClientIds: boolean }) {
  const { searched, ...filters } = auditSearchFilters(search);
  const subjects = sql`"audit_events"."subject_client_ids"`;
  // The searched clients first, then the row's own order; at most twice namesPerRow candidates,
  // so a row naming a board of 2,000 clients joins a handful of names, not 2,000.
  const first = sql.raw(String(page.namesPerRow));
  const candidates = searched
    ? sql`(array(select named from unnest(${subjects}) as named where named = any(${searched}) limit ${first}) || ${subjects}[1:${first}])`
    : sql`${subjects}[1:${first}]`;
  const names = sql<NamedClientRow[]>`coalesce((
    select json_agg(json_build_object('id', c.id, 'firstName', c.first_name, 'lastName', c.last_name, 'preferredName', c.preferred_name) order by picked.ord)
    from (select distinct on (s.id) s.id, s.ord from unnest(${candidates}) with ordinality as s(id, ord) order by s.id, s.ord) picked
    join clients c on c.id = picked.id
  ), '[]'::json)`;

  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorUserId: auditEvents.actorUserId,
      actorKind: auditEvents.actorKind,
      actorName: users.displayName,
      actorRole: staffMembers.role,
      action: auditEvents.action,
      outcome: auditEvents.outcome,
      clients: names,
      clientCount: sql<number>`cardinality(${auditEvents.subjectClientIds})`.mapWith(Number),
      clientIds: page.withClientIds ? auditEvents.subjectClientIds : sql<string[]>`'{}'::uuid[]`,
      resourceType: auditEvents.resourceType,
      resourceId: auditEvents.resourceId,
      hash: auditEvents.hash,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(staffMembers, eq(staffMembers.userId, auditEvents.actorUserId))
    .where(and(...Object.values(filters)))
    .orderBy(desc(auditEvents.id))
    .limit(page.limit + 1);
}

/** Every staff member by name, with their role, for the search form's choice of who acted. */
export function findStaffAccounts(db: Executor) {
  return db
    .select({ userId: users.id, name: users.displayName, role: staffMembers.role })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .orderBy(asc(users.displayName), asc(users.id));
}

/** The client's names, for the heading of their accounting of disclosures. */
export async function findClientNamesOnRecord(db: Executor, clientId: string): Promise<NamedClientRow | null> {
  const [row] = await db
    .select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName, preferredName: clients.preferredName })
    .from(clients)
    .where(eq(clients.id, clientId));
  return row ?? null;
}
