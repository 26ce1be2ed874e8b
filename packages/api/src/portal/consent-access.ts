import type { Executor } from "@stepwise/db/client";
import { clients, consents, familyMembers } from "@stepwise/db/schema";
import { type ConsentExpiry, type ConsentScope, type FamilyRelationship, consentScopes } from "@stepwise/domain";
import { and, eq } from "drizzle-orm";
import { type AuditActor, recordAudit } from "../audit";
import { consentColumns, expiryOf, standingOf } from "../consents";
import { type OutOfReach, outOfReach } from "../out-of-reach";

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

/** The consents to `userId`, optionally of one client only, read with everything their standing depends on. */
function findConsentsTo(db: Executor, userId: string, only?: { clientId: string; lock?: boolean }) {
  const query = db
    .select({
      ...consentColumns,
      relationship: familyMembers.relationship,
      firstName: clients.firstName,
      preferredName: clients.preferredName,
      lastName: clients.lastName,
    })
    .from(consents)
    // Both columns: a consent names its client's family member, never another client's.
    .innerJoin(familyMembers, and(eq(familyMembers.id, consents.familyMemberId), eq(familyMembers.clientId, consents.clientId)))
    .innerJoin(clients, eq(clients.id, consents.clientId))
    .where(and(eq(familyMembers.userId, userId), only ? eq(consents.clientId, only.clientId) : undefined))
    // In id order, the order a revocation locks them in, so the two never wait on each other in a circle.
    .orderBy(consents.id);
  return only?.lock ? query.for("share", { of: consents }) : query;
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
      const firstName = row.preferredName ?? row.firstName;
      client = {
        clientId: row.clientId,
        familyMemberId: row.familyMemberId,
        firstName,
        name: `${firstName} ${row.lastName}`,
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
 * The client, when an active consent of theirs to this person shares `scope`; otherwise
 * `outOfReach(clientId)`, which answers exactly like a client who does not exist: no consent, an
 * expired or revoked one, a consent to someone else, or an unknown id all read the same.
 * A write made under the consent passes `lock`: the consent rows are held (for share) until it
 * commits, so a revocation waits for it and then sees, and can undo, what it wrote.
 */
export async function requireScope(
  db: Executor,
  request: { userId: string; clientId: string; scope: ConsentScope; lock?: boolean },
  now: Date,
): Promise<ConsentedClient | OutOfReach> {
  const [client] = await consentedClients(db, request.userId, now, { clientId: request.clientId, lock: request.lock });
  return client?.scopes.includes(request.scope) ? client : outOfReach(request.clientId);
}

/** The clients whose active consents to this person share `scope`. */
export async function clientsSharing(db: Executor, userId: string, scope: ConsentScope, now: Date): Promise<ConsentedClient[]> {
  return (await consentedClients(db, userId, now)).filter((client) => client.scopes.includes(scope));
}

/** Every read of a client's information by a family member leaves an audit row naming the client and the scope. */
export function auditFamilyRead(
  db: Pick<Executor, "insert">,
  actor: AuditActor,
  read: { action: string; resourceType: string; scope: ConsentScope | ConsentScope[] },
  clientIds: readonly string[],
) {
  return recordAudit(
    db,
    actor,
    clientIds.map((clientId) => ({
      action: read.action,
      outcome: "allowed" as const,
      subjectClientId: clientId,
      resourceType: read.resourceType,
      detail: { scope: read.scope },
    })),
  );
}
