import type { Executor } from "@stepwise/db/client";
import type { Audit } from "../../core/audit";
import { findConsentsToFamilyMembers, standingOf } from "../../queries/consents.queries";
import { findSessionsWithFamilyPlaces } from "../../queries/sign-ups.queries";
import { releaseEndedConsentsIn } from "./release-seats";

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

/**
 * In the discharge's own transaction (after its status change is written, so consents "until my
 * treatment here ends" read as ended): gives up the places held through this client under a
 * consent that has ended, and promotes from the waitlists of those sessions.
 */
export async function releaseSeatsOnDischarge(db: Executor, clientId: string, now: Date, audit: Audit) {
  return releaseEndedConsentsIn(db, await findSessionsWithFamilyPlaces(db, now, clientId), now, audit);
}
