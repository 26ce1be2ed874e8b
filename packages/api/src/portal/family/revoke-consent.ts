import type { Transaction } from "@stepwise/db/client";
import { consents, familyMembers } from "@stepwise/db/schema";
import { and, eq, sql } from "drizzle-orm";
import type { AuditActor } from "../../audit";
import { fail } from "../../errors";
import { releaseSeats } from "../../family-sessions/release-seats";
import { type OutOfReach, outOfReach } from "../../out-of-reach";
import { consentedClients } from "../consent-access";
import { ownerOfConsent } from "./family.queries";

/**
 * Takes back one of the client's own consents, from `now` on. Everything that ends with the
 * consent belongs in this same transaction, so nothing outlives it: when no other active consent
 * still shares family sessions with that person, the seats they hold in the client's name are
 * given up, and the first people waiting take them.
 */
export async function revokeConsent(
  tx: Transaction,
  request: { clientId: string; consentId: string; actor: AuditActor },
  now: Date,
): Promise<{ consentId: string; familyMemberId: string; seatsReleased: number } | OutOfReach> {
  const { clientId, consentId } = request;
  const [found] = await tx
    .select({ familyMemberId: consents.familyMemberId })
    .from(consents)
    .where(and(eq(consents.id, consentId), eq(consents.clientId, clientId)));
  if (!found) return outOfReach(await ownerOfConsent(tx, consentId));
  // Every consent of this client to this person, locked before anything is decided, in id order
  // (the order a sign-up holds them in, for share): two revocations at once then run one after
  // the other, and the second sees the first and knows whether anything still shares family
  // sessions. The family member's row is not locked: a sign-up's foreign key check holds it.
  const pair = await tx
    .select({ id: consents.id, familyMemberId: consents.familyMemberId, revokedAt: consents.revokedAt })
    .from(consents)
    .where(and(eq(consents.clientId, clientId), eq(consents.familyMemberId, found.familyMemberId)))
    .orderBy(consents.id)
    .for("update");
  const consent = pair.find((row) => row.id === consentId);
  if (!consent) return outOfReach(await ownerOfConsent(tx, consentId));
  if (consent.revokedAt !== null) fail({ kind: "conflict", message: "You already stopped sharing this. Nothing more is shared under it." });
  // Never before the signature, even when this server's clock is behind the one that recorded it.
  await tx
    .update(consents)
    .set({ revokedAt: sql`greatest(${now.toISOString()}::timestamptz, ${consents.signedAt})` })
    .where(eq(consents.id, consent.id));
  const seatsReleased = await releaseSeatsNoLongerShared(tx, { clientId, familyMemberId: consent.familyMemberId, actor: request.actor }, now);
  return { consentId: consent.id, familyMemberId: consent.familyMemberId, seatsReleased };
}

async function releaseSeatsNoLongerShared(
  tx: Transaction,
  holder: { clientId: string; familyMemberId: string; actor: AuditActor },
  now: Date,
): Promise<number> {
  const [member] = await tx.select({ userId: familyMembers.userId }).from(familyMembers).where(eq(familyMembers.id, holder.familyMemberId));
  if (!member?.userId) return 0;
  const [stillShared] = await consentedClients(tx, member.userId, now, { clientId: holder.clientId });
  if (stillShared?.scopes.includes("family_sessions")) return 0;
  const { cancelled } = await releaseSeats(tx, { userId: member.userId, clientId: holder.clientId }, now, holder.actor);
  return cancelled.length;
}
