import type { Executor } from "@stepwise/db/client";
import { type ConsentExpiry, type ConsentScope, consentScopes, type FamilyRelationship, fullNameGoneBy, nameGoneBy } from "@stepwise/domain";
import { notFound } from "../core/errors";
import { expiryOf, findConsentsTo, standingOf } from "../queries/consents.queries";

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
}

const expiryKey = (expiry: ConsentExpiry) => (expiry.kind === "date" ? `date ${expiry.on}` : `event ${expiry.event}`);

const expiryOrder = (a: ConsentExpiry, b: ConsentExpiry) =>
  a.kind === "date" && b.kind === "date" ? b.on.localeCompare(a.on) : a.kind === "date" ? -1 : b.kind === "date" ? 1 : 0;

/** Every client with at least one active consent to this person, with what it shares; nobody else. */
export async function consentedClients(
  db: Executor,
  userId: string,
  now: Date,
  only?: { clientId: string; lock?: boolean },
): Promise<ConsentedClient[]> {
  const rows = await findConsentsTo(db, userId, only);
  const byClient = new Map<string, ConsentedClient & { granted: Set<ConsentScope> }>();
  for (const row of rows) {
    if (standingOf(row, now) !== "active") continue;
    let client = byClient.get(row.clientId);
    if (!client) {
      const firstName = nameGoneBy(row);
      client = {
        clientId: row.clientId,
        familyMemberId: row.familyMemberId,
        firstName,
        name: fullNameGoneBy(row),
        relationship: row.relationship,
        scopes: [],
        until: [],
        granted: new Set(),
      };
      byClient.set(row.clientId, client);
    }
    for (const scope of row.scopes) client.granted.add(scope);
    const expiry = expiryOf(row);
    if (!client.until.some((known) => expiryKey(known) === expiryKey(expiry))) client.until.push(expiry);
  }
  return [...byClient.values()]
    .map(({ granted, ...client }) => ({
      ...client,
      scopes: consentScopes.filter((scope) => granted.has(scope)),
      until: client.until.sort(expiryOrder),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
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
