import type { Executor } from "@stepwise/db/client";
import type { Audit } from "../../core/audit";
import { fail, notFound } from "../../core/errors";
import { consentedClients } from "../../services/consent-access";
import { releaseSeats } from "../../services/seats/release-seats";
import { findConsentOfClient, findFamilyMemberAccount, lockConsentsBetween, markConsentRevoked, ownerOfConsent } from "./family.queries";

/**
 * Takes back one of the client's own consents, from `now` on. Everything that ends with the
 * consent belongs in this same transaction, so nothing outlives it: when no other active consent
 * still shares family sessions with that person, the seats they hold in the client's name are
 * given up, and the first people waiting take them. Someone else's consent answers like one that
 * does not exist.
 */
export async function revokeConsent(
  tx: Executor,
  audit: Audit,
  request: { clientId: string; consentId: string },
  now: Date,
): Promise<{ consentId: string; familyMemberId: string; seatsReleased: number }> {
  const { clientId, consentId } = request;
  const missing = async () => notFound({ clients: [await ownerOfConsent(tx, consentId)] });
  const found = (await findConsentOfClient(tx, clientId, consentId)) ?? (await missing());
  // Every consent of this client to this person, locked before anything is decided: two
  // revocations at once then run one after the other, and the second sees the first and knows
  // whether anything still shares family sessions. The family member's row is not locked: a
  // sign-up's foreign key check holds it.
  const pair = await lockConsentsBetween(tx, clientId, found.familyMemberId);
  const consent = pair.find((row) => row.id === consentId) ?? (await missing());
  if (consent.revokedAt !== null) fail({ kind: "conflict", message: "You already stopped sharing this. Nothing more is shared under it." });
  await markConsentRevoked(tx, consent.id, now);
  const seatsReleased = await releaseSeatsNoLongerShared(tx, audit, { clientId, familyMemberId: consent.familyMemberId }, now);
  return { consentId: consent.id, familyMemberId: consent.familyMemberId, seatsReleased };
}

/**
 * Gives up the seats the person holds in the client's name once nothing in force shares family
 * sessions with them any more; the number given up.
 */
export async function releaseSeatsNoLongerShared(tx: Executor, audit: Audit, holder: { clientId: string; familyMemberId: string }, now: Date): Promise<number> {
  const userId = await findFamilyMemberAccount(tx, holder.familyMemberId);
  if (!userId) return 0;
  const [stillShared] = await consentedClients(tx, userId, now, { clientId: holder.clientId });
  if (stillShared?.scopes.includes("family_sessions")) return 0;
  const { cancelled } = await releaseSeats(tx, { userId, clientId: holder.clientId }, now, audit);
  return cancelled.length;
}
