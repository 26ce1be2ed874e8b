import type { Executor } from "@stepwise/db/client";
import type { Audit } from "../../core/audit";
import { queueMail } from "../../queries/outbox.queries";
import {
  type LockedFamilySession,
  confirmFromWaitlist,
  countConfirmed,
  findActiveSignUpsOf,
  findHeldPlaces,
  findSessionsWithFamilyPlaces,
  findWaitlist,
  lockFamilySessions,
  markSignUpCancelled,
} from "../../queries/sign-ups.queries";
import { signUpsWithEndedConsent } from "./ended-consents";
import { waitlistPromotionMail } from "./mail";

/**
 * Giving up seats and filling them from the waitlist. Every function here expects the session
 * row to be locked already (lockFamilySession / lockFamilySessions) and runs in the caller's
 * transaction, so a cancellation and the promotion it causes are kept or lost together. Each place
 * given up or filled is noted on the request's audit row (`gaveUp`, `promoted`), with the client
 * whose family it was.
 */

/** Why a place was given up, as the audit row says. */
type GivenUpBecause = "cancelled" | "consent_ended" | "consent_revoked";

function noteGivenUp(audit: Audit, session: { id: string }, signUp: { id: string; clientId: string; status: string }, because: GivenUpBecause) {
  audit({ clients: [signUp.clientId], detail: { gaveUp: [{ signUpId: signUp.id, sessionId: session.id, was: signUp.status, because }] } });
}

/**
 * Gives up, in the caller's transaction, every place in the session held by a family member
 * whose consent to share family sessions has ended since they signed up (it expired or ended with
 * the client's treatment: a revocation releases its own seats at once). Nobody is mailed: the
 * person is no longer entitled to hear about the session.
 */
async function releaseEndedConsents(db: Executor, session: LockedFamilySession, now: Date, audit: Audit) {
  const ended = await signUpsWithEndedConsent(db, await findActiveSignUpsOf(db, session.id), now);
  for (const signUp of ended) {
    if (await markSignUpCancelled(db, signUp.id, now)) noteGivenUp(audit, session, signUp, "consent_ended");
  }
  return ended;
}

/**
 * Fills the session's free seats from its waitlist, first come first served (lowest `arrival`),
 * and tells each promoted person by mail. Places held under a consent that has ended are given up
 * first, so they neither count as taken nor get a seat. Nobody is promoted into a cancelled
 * session or one that has started.
 */
export async function promoteFromWaitlist(db: Executor, session: LockedFamilySession, now: Date, audit: Audit) {
  if (session.cancelledAt !== null || session.startsAt.getTime() <= now.getTime()) return [];
  await releaseEndedConsents(db, session, now, audit);
  return fillFreeSeats(db, session, now, audit);
}

async function fillFreeSeats(db: Executor, session: LockedFamilySession, now: Date, audit: Audit) {
  const free = session.capacity - (await countConfirmed(db, session.id));
  if (free <= 0) return [];
  const promoted = (await findWaitlist(db, session.id)).slice(0, free);
  for (const entry of promoted) {
    await confirmFromWaitlist(db, entry.id, now);
    await queueMail(db, waitlistPromotionMail(entry, session, now));
    audit({ clients: [entry.clientId], detail: { promoted: [{ signUpId: entry.id, sessionId: session.id, userId: entry.userId }] } });
  }
  return promoted.map((entry) => entry.id);
}

/**
 * Locks these sessions (in id order) and, in each one still to come, gives up the places held
 * under a consent that has ended and fills the seats they free from the waitlist: for when a
 * consent ends without anyone touching the session (a discharge, or a date that passed).
 */
export async function releaseEndedConsentsIn(
  db: Executor,
  sessionIds: readonly string[],
  now: Date,
  audit: Audit,
): Promise<{ released: string[]; promoted: string[] }> {
  const released: string[] = [];
  const promoted: string[] = [];
  for (const session of await lockFamilySessions(db, sessionIds)) {
    if (session.cancelledAt !== null || session.startsAt.getTime() <= now.getTime()) continue;
    const ended = await releaseEndedConsents(db, session, now, audit);
    if (ended.length === 0) continue;
    released.push(...ended.map((signUp) => signUp.id));
    promoted.push(...(await fillFreeSeats(db, session, now, audit)));
  }
  return { released, promoted };
}

/**
 * Cancels one active sign-up and, when it held a seat, gives the seat to the first person waiting.
 * Returns the ids of the sign-ups promoted.
 */
export async function cancelSignUp(
  db: Executor,
  session: LockedFamilySession,
  signUp: { id: string; clientId: string; status: "confirmed" | "waitlisted" | "cancelled" },
  now: Date,
  audit: Audit,
  because: GivenUpBecause = "cancelled",
): Promise<string[]> {
  if (signUp.status === "cancelled") return [];
  // Already given up (by a release earlier in this transaction): nothing more to do or record.
  if (!(await markSignUpCancelled(db, signUp.id, now))) return [];
  noteGivenUp(audit, session, signUp, because);
  return signUp.status === "confirmed" ? promoteFromWaitlist(db, session, now, audit) : [];
}

/**
 * Cancels every active sign-up this person made through this client for sessions not yet begun,
 * and fills the seats they free from the waitlists: for when the client's consent ends, so the
 * person no longer holds a seat in the client's name.
 */
export async function releaseSeats(
  db: Executor,
  holder: { userId: string; clientId: string },
  now: Date,
  audit: Audit,
): Promise<{ cancelled: string[]; promoted: string[] }> {
  const sessions = await lockFamilySessions(db, [...new Set((await findHeldPlaces(db, holder, now)).map((signUp) => signUp.sessionId))]);
  // Read again under the locks: a promotion may have changed a status meanwhile.
  const current = await findHeldPlaces(db, holder, now);
  const cancelled: string[] = [];
  const promoted: string[] = [];
  for (const session of sessions) {
    for (const signUp of current.filter((row) => row.sessionId === session.id)) {
      promoted.push(...(await cancelSignUp(db, session, signUp, now, audit, "consent_revoked")));
      cancelled.push(signUp.id);
    }
  }
  return { cancelled, promoted };
}

/**
 * In the discharge's own transaction (after its status change is written, so consents "until my
 * treatment here ends" read as ended): gives up the places held through this client under a
 * consent that has ended, and promotes from the waitlists of those sessions.
 */
export async function releaseSeatsOnDischarge(db: Executor, clientId: string, now: Date, audit: Audit) {
  return releaseEndedConsentsIn(db, await findSessionsWithFamilyPlaces(db, now, clientId), now, audit);
}
