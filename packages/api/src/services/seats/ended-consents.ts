import type { Executor } from "@stepwise/db/client";
import { sharedUnderConsents } from "@stepwise/domain";
import { groupBy } from "../../core/group-by";
import { consentView, findConsentsToFamilyMembers } from "../../queries/consents.queries";

type HeldPlace = { clientId: string; familyMemberId: string | null };

/**
 * The sign-ups (of those given) whose family member no longer has an active consent from that
 * client to share family sessions: it expired, was revoked, or ended with the client's treatment.
 * They hold a place nobody is entitled to, so it is given up and nobody is mailed about it. A
 * client's own sign-up (no family member) is always theirs.
 */
export async function signUpsWithEndedConsent<SignUp extends HeldPlace>(db: Executor, signUps: readonly SignUp[], now: Date): Promise<SignUp[]> {
  const familyMemberIds = [...new Set(signUps.flatMap((signUp) => signUp.familyMemberId ?? []))];
  if (familyMemberIds.length === 0) return [];
  const rows = await findConsentsToFamilyMembers(db, familyMemberIds);
  const pairOf = (held: { clientId: string; familyMemberId: string | null }) => `${held.clientId} ${held.familyMemberId}`;
  const entitled = new Set(
    [...groupBy(rows, pairOf)]
      .filter(([, consents]) =>
        sharedUnderConsents(consents.map((row) => consentView(row, now)))?.scopes.includes("family_sessions"),
      )
      .map(([pair]) => pair),
  );
  return signUps.filter((signUp) => signUp.familyMemberId !== null && !entitled.has(pairOf(signUp)));
}
