import type { Executor } from "@stepwise/db/client";
import { auditEvents, consents, familyMembers, staffMembers } from "@stepwise/db/schema";
import type { AccountKind } from "@stepwise/domain";
import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";

/**
 * Who has seen one client's information: the allowed audit rows that name the client, written by
 * someone other than the client (a family member, under a consent; a staff member, by role). Both
 * the client's own page and the privacy officer's accounting of disclosures read it. Every join is
 * scoped to this client: a family member is named as this client named them, and only this
 * client's consents are read, so no other client's information can come along.
 */

/**
 * Rows newest first, `limit` of them after `before` (an audit row's id), one statement served by
 * the index on the rows' client arrays. A family read carries the consents it noted
 * (`detail.consents[clientId]`) and the scopes it read (`detail.scope`, or `detail.scopes[clientId]`
 * for a read of what is shared at all); rows from before reads noted their consents carry none.
 */
export function findInformationSeen(db: Executor, clientId: string, options: { actorKinds: readonly AccountKind[]; before?: number; limit: number }) {
  const key = sql`${clientId}::text`;
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorKind: auditEvents.actorKind,
      familyMemberName: familyMembers.name,
      relationship: familyMembers.relationship,
      role: staffMembers.role,
      consentIds: sql<string[]>`coalesce(array(select jsonb_array_elements_text(${auditEvents.detail} -> 'consents' -> ${key})), '{}')`,
      scopes: sql<unknown>`coalesce(${auditEvents.detail} -> 'scopes' -> ${key}, case when ${auditEvents.detail} ? 'scope' then jsonb_build_array(${auditEvents.detail} -> 'scope') end, '[]'::jsonb)`,
    })
    .from(auditEvents)
    .leftJoin(familyMembers, and(eq(auditEvents.actorKind, "family"), eq(familyMembers.userId, auditEvents.actorUserId), eq(familyMembers.clientId, clientId)))
    .leftJoin(staffMembers, and(eq(auditEvents.actorKind, "staff"), eq(staffMembers.userId, auditEvents.actorUserId)))
    .where(
      and(
        sql`${auditEvents.subjectClientIds} @> array[${clientId}]::uuid[]`,
        eq(auditEvents.outcome, "allowed"),
        inArray(auditEvents.actorKind, [...options.actorKinds]),
        options.before === undefined ? undefined : lt(auditEvents.id, options.before),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(options.limit);
}

/** The client's own consents among `consentIds`: when each was signed, what it shares, until when, and whether it was taken back. */
export function findConsentsNamed(db: Executor, clientId: string, consentIds: readonly string[]) {
  if (consentIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: consents.id,
      scopes: consents.scopes,
      signedAt: consents.signedAt,
      expiresOn: consents.expiresOn,
      expiresOnEvent: consents.expiresOnEvent,
      revokedAt: consents.revokedAt,
    })
    .from(consents)
    .where(and(eq(consents.clientId, clientId), inArray(consents.id, [...consentIds])));
}
