import type { Transaction } from "@stepwise/db/client";
import { consents } from "@stepwise/db/schema";
import { and, eq } from "drizzle-orm";
import { fail } from "../../errors";
import { type OutOfReach, outOfReach } from "../../out-of-reach";
import { ownerOfConsent } from "./family.queries";

/**
 * Takes back one of the client's own consents, from `now` on. Everything that ends with the
 * consent belongs in this same transaction, so nothing outlives it.
 */
export async function revokeConsent(
  tx: Transaction,
  clientId: string,
  consentId: string,
  now: Date,
): Promise<{ consentId: string; familyMemberId: string } | OutOfReach> {
  const [consent] = await tx
    .select({ id: consents.id, familyMemberId: consents.familyMemberId, revokedAt: consents.revokedAt })
    .from(consents)
    .where(and(eq(consents.id, consentId), eq(consents.clientId, clientId)))
    .for("update");
  if (!consent) return outOfReach(await ownerOfConsent(tx, consentId));
  if (consent.revokedAt !== null) fail({ kind: "conflict", message: "You already stopped sharing this. Nothing more is shared under it." });
  await tx.update(consents).set({ revokedAt: now }).where(eq(consents.id, consent.id));
  return { consentId: consent.id, familyMemberId: consent.familyMemberId };
}
