import { clients, consents, familyMembers } from "@stepwise/db/schema";
import {
  type ConsentExpiry,
  type ConsentExpiryEvent,
  type ConsentStanding,
  type CalendarDate,
  consentStanding,
  consentToday,
} from "@stepwise/domain";
import type { Executor } from "@stepwise/db/client";
import { and, eq, inArray, sql } from "drizzle-orm";

/**
 * Whether the consent's client was discharged after they signed it: the event that ends a
 * consent given "until my treatment here ends". Written out with table names because drizzle
 * leaves columns bare inside sql``, which would be ambiguous in this subquery; the surrounding
 * query must select from "consents" unaliased.
 */
const treatmentEndedSinceSigning = sql<boolean>`exists (
  select 1 from enrollment_status_changes change
  join enrollments enrollment on enrollment.id = change.enrollment_id
  where enrollment.client_id = "consents"."client_id"
    and change.to_status = 'discharged'
    and change.recorded_at > "consents"."signed_at"
)`.mapWith(Boolean);

/** The columns every reader of a consent selects, including what its standing depends on. */
export const consentColumns = {
  id: consents.id,
  clientId: consents.clientId,
  familyMemberId: consents.familyMemberId,
  scopes: consents.scopes,
  purpose: consents.purpose,
  expiresOn: consents.expiresOn,
  expiresOnEvent: consents.expiresOnEvent,
  signedName: consents.signedName,
  signedAt: consents.signedAt,
  revocationStatement: consents.revocationStatement,
  revokedAt: consents.revokedAt,
  treatmentEndedSinceSigning,
};

export type ConsentRow = {
  signedAt: Date;
  expiresOn: CalendarDate | null;
  expiresOnEvent: ConsentExpiryEvent | null;
  revokedAt: Date | null;
  treatmentEndedSinceSigning: boolean;
};

/** The row's expiry as the domain speaks of it: a date or an event, never both (a table check). */
export function expiryOf(row: Pick<ConsentRow, "expiresOn" | "expiresOnEvent">): ConsentExpiry {
  if (row.expiresOn !== null) return { kind: "date", on: row.expiresOn };
  if (row.expiresOnEvent !== null) return { kind: "event", event: row.expiresOnEvent };
  throw new Error("A consent has neither an end date nor an end event.");
}

/** The expiry as columns, for an insert. */
export function expiryColumns(expiry: ConsentExpiry): { expiresOn: CalendarDate | null; expiresOnEvent: ConsentExpiryEvent | null } {
  return expiry.kind === "date" ? { expiresOn: expiry.on, expiresOnEvent: null } : { expiresOn: null, expiresOnEvent: expiry.event };
}

/** Where a consent stands at `now`, decided by the domain from what was just read. */
export function standingOf(row: ConsentRow, now: Date): ConsentStanding {
  return consentStanding(
    { signedAt: row.signedAt, revokedAt: row.revokedAt, expiry: expiryOf(row) },
    { now, today: consentToday(now), treatmentEndedSinceSigning: row.treatmentEndedSinceSigning },
  );
}

/** One consent as the client and staff read it: what it shares, why, until when, as signed, and where it stands now. */
export function consentView(row: ConsentRow & Pick<typeof consents.$inferSelect, "id" | "scopes" | "purpose" | "signedName">, now: Date) {
  return {
    id: row.id,
    scopes: row.scopes,
    purpose: row.purpose,
    expiry: expiryOf(row),
    signedName: row.signedName,
    signedAt: row.signedAt,
    revokedAt: row.revokedAt,
    standing: standingOf(row, now),
  };
}

/** Every consent given to these family members, whatever its standing. */
export function findConsentsToFamilyMembers(db: Executor, familyMemberIds: readonly string[]) {
  return db.select(consentColumns).from(consents).where(inArray(consents.familyMemberId, [...familyMemberIds]));
}

/** The consents to `userId`, optionally of one client only, read with everything their standing depends on. */
export function findConsentsTo(db: Executor, userId: string, only?: { clientId: string; lock?: boolean }) {
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
