import type { Executor } from "@stepwise/db/client";
import {
  type AccountKind,
  type CalendarDate,
  type ConsentExpiry,
  type ConsentScope,
  type FamilyRelationship,
  type StaffRole,
  consentScopeSchema,
  consentToday,
} from "@stepwise/domain";
import { findConsentsNamed, findInformationSeen } from "../queries/disclosures.queries";
import { expiryOf } from "../queries/consents.queries";

/**
 * Who has seen one client's information, a page at a time, newest first: for the client's own page
 * (family and staff) and for the privacy officer's accounting of disclosures (family only). Two
 * statements a page, whatever its size: the rows, then the consents they name.
 */

export interface ConsentNamed {
  id: string;
  scopes: ConsentScope[];
  signedAt: Date;
  /** The day it was signed, in the center's zone. */
  signedOn: CalendarDate;
  expiry: ConsentExpiry;
  revokedAt: Date | null;
}

export interface InformationSeenEntry {
  /** The audit row's id: where the next page starts. */
  id: number;
  at: Date;
  action: string;
  seenBy: { kind: "family"; name: string; relationship: FamilyRelationship } | { kind: "staff"; role: StaffRole | null };
  /** What a family member's read was of (the consent scopes), empty for staff. */
  scopes: ConsentScope[];
  /** The consents a family member's read was allowed under, as the row noted them. */
  consents: ConsentNamed[];
}

export async function informationSeen(
  db: Executor,
  clientId: string,
  page: { actorKinds: readonly Extract<AccountKind, "family" | "staff">[]; before?: number; size: number },
): Promise<{ entries: InformationSeenEntry[]; nextBefore: number | null }> {
  const rows = await findInformationSeen(db, clientId, { actorKinds: page.actorKinds, before: page.before, limit: page.size + 1 });
  const shown = rows.slice(0, page.size);
  const named = await findConsentsNamed(db, clientId, [...new Set(shown.flatMap((row) => row.consentIds))]);
  const consentById = new Map(
    named.map((consent) => [
      consent.id,
      {
        id: consent.id,
        scopes: consent.scopes,
        signedAt: consent.signedAt,
        signedOn: consentToday(consent.signedAt),
        expiry: expiryOf(consent),
        revokedAt: consent.revokedAt,
      },
    ]),
  );
  const entries = shown.map((row): InformationSeenEntry => {
    const family = row.actorKind === "family";
    return {
      id: row.id,
      at: row.at,
      action: row.action,
      // A family member is named as the client named them; a row whose member is gone still counts.
      seenBy: family
        ? { kind: "family", name: row.familyMemberName ?? "A family member", relationship: row.relationship ?? "other" }
        : { kind: "staff", role: row.role },
      scopes: family ? scopesOf(row.scopes) : [],
      consents: row.consentIds.flatMap((id) => consentById.get(id) ?? []).sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime()),
    };
  });
  const last = shown.at(-1);
  return { entries, nextBefore: rows.length > page.size && last ? last.id : null };
}

function scopesOf(value: unknown): ConsentScope[] {
  return Array.isArray(value) ? value.flatMap((scope) => consentScopeSchema.safeParse(scope).data ?? []) : [];
}
