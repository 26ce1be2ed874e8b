import type { Executor } from "@stepwise/db/client";
import { type ConsentGrant, consentGrantProblems, consentToday, isEnrollmentOpen } from "@stepwise/domain";
import type { Audit } from "../../core/audit";
import { fail, notFound } from "../../core/errors";
import { findClientEpisode } from "../../queries/client-episode.queries";
import { standingOf } from "../../queries/consents.queries";
import { findClientNames, insertConsent, lockUnrevokedConsentsBetween, markConsentRevoked } from "./family.queries";
import { releaseSeatsNoLongerShared } from "./revoke-consent.handler";

/**
 * Records the client's signed consent to share with one of their own family members (locked by
 * the caller), after the domain's checks. A new consent replaces the ones in force to that
 * person: they stop as it starts, in this same transaction, so what the client signed last is
 * what the person sees; when it no longer shares family sessions, their seats in the client's
 * name are given up as a revocation gives them up. Every signature stays in the history as signed.
 */
export async function grantConsent(
  db: Executor,
  audit: Audit,
  request: { clientId: string; member: { id: string }; grant: ConsentGrant },
  now: Date,
): Promise<{ consentId: string; replaced: string[]; seatsReleased: number }> {
  const { clientId, member, grant } = request;
  const [client, care] = await Promise.all([findClientNames(db, clientId), findClientEpisode(db, clientId)]);
  if (!client || !care) return notFound();
  const problems = consentGrantProblems(grant, { today: consentToday(now), client, inTreatment: isEnrollmentOpen(care.episode?.status ?? null) });
  if (Object.keys(problems).length > 0) fail({ kind: "invalid", message: "Please check these before signing.", fieldErrors: problems });
  const unrevoked = await lockUnrevokedConsentsBetween(db, clientId, member.id);
  const replaced = unrevoked.filter((row) => standingOf(row, now) === "active" || standingOf(row, now) === "not_yet_in_force").map((row) => row.id);
  const consentId = await insertConsent(db, { clientId, familyMemberId: member.id, grant, signedAt: now });
  for (const id of replaced) await markConsentRevoked(db, id, now);
  const seatsReleased = replaced.length > 0 ? await releaseSeatsNoLongerShared(db, audit, { clientId, familyMemberId: member.id }, now) : 0;
  return { consentId, replaced, seatsReleased };
}
