import type { Executor } from "@stepwise/db/client";
import { consents, familySessionSignUps, programSessions } from "@stepwise/db/schema";
import { and, eq, gt, inArray, ne } from "drizzle-orm";
import { type AuditActor, recordAudit } from "../audit";
import { consentColumns, standingOf } from "../consents";
import { queueMail } from "../outbox";
import { countConfirmed, findWaitlist, type LockedFamilySession, lockFamilySessions } from "./sign-ups.queries";
import { waitlistPromotionMail } from "./mail";

/**
 * Giving up seats and filling them from the waitlist. Every function here expects the session
 * row to be locked already (lockFamilySession / lockFamilySessions) and runs in the caller's
 * transaction, so a cancellation and the promotion it causes are kept or lost together.
 */

type Audit = { actor: AuditActor; action: string };

/**
 * Whether each waitlisted family member may still take a seat: their consent with scope
 * family_sessions must still be active. A client's own sign-up (no family member) always may.
 */
async function mayStillJoin(db: Executor, familyMemberIds: readonly string[], now: Date) {
  if (familyMemberIds.length === 0) return new Set<string>();
  const rows = await db.select(consentColumns).from(consents).where(inArray(consents.familyMemberId, [...familyMemberIds]));
  return new Set(
    rows.filter((row) => row.scopes.includes("family_sessions") && standingOf(row, now) === "active").map((row) => row.familyMemberId),
  );
}

/**
 * Fills the session's free seats from its waitlist, first come first served (lowest `arrival`),
 * and tells each promoted person by mail. Nobody is promoted into a cancelled session or one that
 * has started, nor a family member whose consent has since ended (they keep their place).
 */
export async function promoteFromWaitlist(db: Executor, session: LockedFamilySession, now: Date, audit: Audit) {
  if (session.cancelledAt !== null || session.startsAt.getTime() <= now.getTime()) return [];
  const free = session.capacity - (await countConfirmed(db, session.id));
  if (free <= 0) return [];
  const waitlist = await findWaitlist(db, session.id);
  const allowed = await mayStillJoin(db, waitlist.flatMap((entry) => entry.familyMemberId ?? []), now);
  const promoted = waitlist.filter((entry) => entry.familyMemberId === null || allowed.has(entry.familyMemberId)).slice(0, free);
  for (const entry of promoted) {
    await db
      .update(familySessionSignUps)
      .set({ status: "confirmed", promotedAt: now })
      .where(and(eq(familySessionSignUps.id, entry.id), eq(familySessionSignUps.status, "waitlisted")));
    await queueMail(db, waitlistPromotionMail(entry, session));
    await recordAudit(db, audit.actor, {
      action: "familySessions.promote",
      outcome: "allowed",
      subjectClientId: entry.clientId,
      resourceType: "family_session_sign_up",
      resourceId: entry.id,
      detail: { sessionId: session.id, promotedUserId: entry.userId, because: audit.action },
    });
  }
  return promoted.map((entry) => entry.id);
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
): Promise<string[]> {
  if (signUp.status === "cancelled") return [];
  await db
    .update(familySessionSignUps)
    .set({ status: "cancelled", cancelledAt: now })
    .where(and(eq(familySessionSignUps.id, signUp.id), ne(familySessionSignUps.status, "cancelled")));
  await recordAudit(db, audit.actor, {
    action: audit.action,
    outcome: "allowed",
    subjectClientId: signUp.clientId,
    resourceType: "family_session_sign_up",
    resourceId: signUp.id,
    detail: { sessionId: session.id, was: signUp.status },
  });
  return signUp.status === "confirmed" ? promoteFromWaitlist(db, session, now, audit) : [];
}

/**
 * Cancels every active sign-up this person made through this client for sessions not yet begun,
 * and fills the seats they free from the waitlists: for when the client's consent ends, so the
 * person no longer holds a seat in the client's name.
 */
export async function releaseSeats(
  db: Executor,
  seats: { userId: string; clientId: string },
  now: Date,
  actor: AuditActor,
): Promise<{ cancelled: string[]; promoted: string[] }> {
  const held = () =>
    db
      .select({ id: familySessionSignUps.id, sessionId: familySessionSignUps.sessionId, clientId: familySessionSignUps.clientId, status: familySessionSignUps.status })
      .from(familySessionSignUps)
      .innerJoin(programSessions, eq(programSessions.id, familySessionSignUps.sessionId))
      .where(
        and(
          eq(familySessionSignUps.userId, seats.userId),
          eq(familySessionSignUps.clientId, seats.clientId),
          ne(familySessionSignUps.status, "cancelled"),
          gt(programSessions.startsAt, now),
        ),
      );
  const sessions = await lockFamilySessions(db, [...new Set((await held()).map((signUp) => signUp.sessionId))]);
  // Read again under the locks: a promotion may have changed a status meanwhile.
  const current = await held();
  const cancelled: string[] = [];
  const promoted: string[] = [];
  for (const session of sessions) {
    for (const signUp of current.filter((row) => row.sessionId === session.id)) {
      promoted.push(...(await cancelSignUp(db, session, signUp, now, { actor, action: "familySessions.release" })));
      cancelled.push(signUp.id);
    }
  }
  return { cancelled, promoted };
}
