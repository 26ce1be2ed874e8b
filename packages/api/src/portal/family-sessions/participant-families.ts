import type { Executor } from "@stepwise/db/client";
import type { Audit } from "../../core/audit";
import { notFound } from "../../core/errors";
import type { FamilyParticipant } from "../../core/trpc";
import { type ConsentedClient, clientsSharing, consentsNote, requireScope } from "../../services/consent-access";
import { findClientNames } from "../family/family.queries";
import { fullNameGoneBy } from "@stepwise/domain";

/**
 * Whose families the caller takes part in, decided from the database on every request: a client,
 * their own (it is theirs, so no consent is needed); a family member, each client whose active
 * consent shares family sessions with them. Every family-session procedure goes through here, so
 * a client and a family member are served by the same procedures.
 */

/** A family the caller may join sessions with: its client, and the family member row they come as (null for the client). */
export interface ParticipantFamily {
  clientId: string;
  /** Preferred-or-first name and last name. */
  name: string;
  familyMemberId: string | null;
  /** The consents in force through which a family member takes part (none for the client's own family). */
  inForce: ConsentedClient["inForce"];
}

async function ownFamily(db: Executor, clientId: string): Promise<ParticipantFamily[]> {
  const client = await findClientNames(db, clientId);
  return client ? [{ clientId, name: fullNameGoneBy(client), familyMemberId: null, inForce: [] }] : [];
}

const asFamily = (client: ConsentedClient): ParticipantFamily => ({
  clientId: client.clientId,
  name: client.name,
  familyMemberId: client.familyMemberId,
  inForce: client.inForce,
});

/** Every family the caller may join sessions with now. */
export async function participantFamilies(db: Executor, participant: FamilyParticipant, now: Date): Promise<ParticipantFamily[]> {
  if (participant.kind === "client") return ownFamily(db, participant.clientId);
  const sharing = await clientsSharing(db, participant.userId, "family_sessions", now);
  return sharing.map(asFamily);
}

/**
 * The caller's family through `clientId`, for a sign-up; anything else answers like a missing
 * client. A family member's consent is checked now and held (for share) until the sign-up
 * commits, so a revocation waits for it and then sees the seat it must release.
 */
export async function familyForSignUp(
  db: Executor,
  participant: FamilyParticipant,
  clientId: string,
  now: Date,
): Promise<ParticipantFamily> {
  if (participant.kind === "client") {
    const [own] = clientId === participant.clientId ? await ownFamily(db, clientId) : [];
    return own ?? notFound({ clients: [clientId] });
  }
  const client = await requireScope(db, { userId: participant.userId, clientId, scope: "family_sessions", lock: true }, now);
  return asFamily(client);
}

/**
 * The family a sign-up was made for, while the caller still takes part in it: a client, when it is
 * their own; a family member, while an active consent of that client still shares family sessions
 * with them through the family member row the sign-up names. Null once a consent has ended: the
 * old sign-up is beyond their reach, as if it did not exist.
 */
export async function familyOfSignUp(
  db: Executor,
  participant: FamilyParticipant,
  signUp: { clientId: string; familyMemberId: string | null },
  now: Date,
): Promise<Pick<ParticipantFamily, "clientId" | "inForce"> | null> {
  if (participant.kind === "client") {
    const own = signUp.familyMemberId === null && signUp.clientId === participant.clientId;
    return own ? { clientId: signUp.clientId, inForce: [] } : null;
  }
  const [client] = await clientsSharing(db, participant.userId, "family_sessions", now, signUp.clientId);
  return client?.familyMemberId === signUp.familyMemberId ? asFamily(client) : null;
}

/**
 * Notes the families whose sessions were read; a family member's read names the consent scope it
 * was made under and, for each family shown, the consents in force that share it.
 */
export function noteFamiliesRead(audit: Audit, participant: FamilyParticipant, clientIds: Iterable<string>, families: readonly Pick<ParticipantFamily, "clientId" | "inForce">[]) {
  const shown = new Set(clientIds);
  const consents = consentsNote(
    families.filter((family) => shown.has(family.clientId)),
    "family_sessions",
  );
  audit({ clients: shown, ...(participant.kind === "family" ? { detail: { scope: "family_sessions", ...consents } } : {}) });
}
