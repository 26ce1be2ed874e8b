import type { Executor } from "@stepwise/db/client";
import { findConsentsToFamilyMembers, standingOf } from "../../queries/consents.queries";

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
  const entitled = new Set(
    rows
      .filter((row) => row.scopes.includes("family_sessions") && standingOf(row, now) === "active")
      .map((row) => `${row.clientId} ${row.familyMemberId}`),
  );
  return signUps.filter((signUp) => signUp.familyMemberId !== null && !entitled.has(`${signUp.clientId} ${signUp.familyMemberId}`));
}
