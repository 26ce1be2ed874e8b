import type { Executor } from "@stepwise/db/client";
import {
  type ConsentExpiry,
  type ConsentScope,
  type ConsentStanding,
  type FamilyRelationship,
  consentsAllowing,
  fullNameGoneBy,
  nameGoneBy,
  sharedUnderConsents,
} from "@stepwise/domain";
import { groupBy } from "../core/group-by";
import { notFound } from "../core/errors";
import { consentView, findConsentsTo } from "../queries/consents.queries";

/**
 * What a family member may see of each client, decided on every request from the consents in the
 * database (DOMAIN.md §7): a scope is granted for a client while any active consent of that client
 * to this person includes it. Nothing here is cached, so a revocation or an expiry takes effect on
 * the very next call.
 */

/** A client as a consenting family member may know them, with what the active consents share. */
export interface ConsentedClient {
  clientId: string;
  /** The family member row through which this person is linked to the client. */
  familyMemberId: string;
  /** What the family member calls the client: their preferred (or first) name. */
  firstName: string;
  /** Preferred-or-first name and last name. */
  name: string;
  relationship: FamilyRelationship;
  /** The union of the scopes of every active consent, in the domain's order. */
  scopes: ConsentScope[];
  /** When each active consent ends, latest-ending date first, then any event. */
  until: ConsentExpiry[];
  /** Each consent in force and what it shares: the audit names the ones a read was allowed under. */
  inForce: { id: string; scopes: ConsentScope[]; standing: ConsentStanding }[];
}

/** Every client with at least one active consent to this person, with what they share together; nobody else. */
export async function consentedClients(
  db: Executor,
  userId: string,
  now: Date,
  only?: { clientId: string; lock?: boolean },
): Promise<ConsentedClient[]> {
  const rows = await findConsentsTo(db, userId, only);
  const clients: ConsentedClient[] = [];
  for (const [clientId, ofClient] of groupBy(rows, (row) => row.clientId)) {
    const read = ofClient.map((row) => ({ row, ...consentView(row, now) }));
    const shared = sharedUnderConsents(read);
    // The family member row of a consent in force: how this person is linked to the client.
    const first = read.find((consent) => consent.standing === "active")?.row;
    if (!shared || !first) continue;
    clients.push({
      clientId,
      familyMemberId: first.familyMemberId,
      firstName: nameGoneBy(first),
      name: fullNameGoneBy(first),
      relationship: first.relationship,
      ...shared,
      inForce: consentsAllowing(read).map(({ id, scopes, standing }) => ({ id, scopes, standing })),
    });
  }
  return clients.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The client, when an active consent of theirs to this person shares `scope`; otherwise not found,
 * exactly like a client who does not exist: no consent, an expired or revoked one, a consent to
 * someone else, or an unknown id all read the same (the denied audit row names the client asked about).
 * A write made under the consent passes `lock`: the consent rows are held (for share) until it
 * commits, so a revocation waits for it and then sees, and can undo, what it wrote.
 */
export async function requireScope(
  db: Executor,
  request: { userId: string; clientId: string; scope: ConsentScope; lock?: boolean },
  now: Date,
): Promise<ConsentedClient> {
  const [client] = await consentedClients(db, request.userId, now, { clientId: request.clientId, lock: request.lock });
  return client?.scopes.includes(request.scope) ? client : notFound({ clients: [request.clientId] });
}

/** The clients (or the one client asked about) whose active consents to this person share `scope`. */
export async function clientsSharing(db: Executor, userId: string, scope: ConsentScope, now: Date, clientId?: string): Promise<ConsentedClient[]> {
  return (await consentedClients(db, userId, now, clientId ? { clientId } : undefined)).filter((client) => client.scopes.includes(scope));
}

/**
 * For a family member's read, the audit's note of the consents it was allowed under: for each
 * client shown, every consent in force that shares `scope` (or, for a read of what is shared at
 * all, every consent in force). One shape for every family read, so the client's accounting of
 * disclosures reads them all alike: `detail.consents[clientId]`.
 */
export function consentsNote(clients: Iterable<{ clientId: string; inForce: ConsentedClient["inForce"] }>, scope?: ConsentScope): { consents: Record<string, string[]> } {
  const consents: Record<string, string[]> = {};
  for (const client of clients) consents[client.clientId] = consentsAllowing(client.inForce, scope).map((consent) => consent.id);
  return { consents };
}
