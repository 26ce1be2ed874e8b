import type { Executor } from "@stepwise/db/client";
import { type ConsentGrant, consentGrantProblems, consentToday, isEnrollmentOpen } from "@stepwise/domain";
import { fail, notFound } from "../../core/errors";
import { findClientEpisode } from "../../queries/client-episode.queries";
import { findClientNames, insertConsent } from "./family.queries";

/**
 * Records the client's signed consent to share with one of their own family members (locked by
 * the caller), after the domain's checks. Earlier consents stay as they were: each signature is
 * kept as signed.
 */
export async function grantConsent(db: Executor, clientId: string, member: { id: string }, grant: ConsentGrant, now: Date): Promise<string> {
  const [client, care] = await Promise.all([findClientNames(db, clientId), findClientEpisode(db, clientId)]);
  if (!client || !care) return notFound();
  const problems = consentGrantProblems(grant, { today: consentToday(now), client, inTreatment: isEnrollmentOpen(care.episode?.status ?? null) });
  if (Object.keys(problems).length > 0) fail({ kind: "invalid", message: "Please check these before signing.", fieldErrors: problems });
  return insertConsent(db, { clientId, familyMemberId: member.id, grant, signedAt: now });
}
