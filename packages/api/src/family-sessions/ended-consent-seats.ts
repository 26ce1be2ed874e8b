import type { Database, Executor } from "@stepwise/db/client";
import type { AuditActor } from "../audit";
import { releaseEndedConsentsIn } from "./release-seats";
import { findSessionsWithFamilyPlaces } from "./sign-ups.queries";

/**
 * A consent can end with nobody touching the sessions it held places in: its date passes, or the
 * client is discharged and a consent "until my treatment here ends" ends with it. These give up
 * those places and fill the seats they free from the waitlists, so a seat is never held for
 * someone no longer entitled to it until somebody else happens to sign up or cancel.
 */

/** The action audit rows name (as `during` and `because`) when the daily job gives up places. */
export const releaseSeatsOfEndedConsentsAction = "familySessions.releaseEndedConsents";

/**
 * The daily job, run by the launcher on every start and by cron (`pnpm sessions:extend`): in every
 * upcoming family session, places held under a consent that has ended are given up, audited
 * without an actor, and the first people waiting get the seats and a mail. One transaction.
 */
export async function releaseSeatsOfEndedConsents(db: Database, now: Date): Promise<{ released: number; promoted: number }> {
  return db.transaction(async (tx) => {
    const sessionIds = await findSessionsWithFamilyPlaces(tx, now);
    const { released, promoted } = await releaseEndedConsentsIn(tx, sessionIds, now, { actor: null, action: releaseSeatsOfEndedConsentsAction });
    return { released: released.length, promoted: promoted.length };
  });
}

/**
 * In the discharge's own transaction (after its status change is written, so consents "until my
 * treatment here ends" read as ended): gives up the places held through this client under a
 * consent that has ended, and promotes from the waitlists of those sessions.
 */
export async function releaseSeatsOnDischarge(db: Executor, clientId: string, now: Date, audit: { actor: AuditActor; action: string }) {
  return releaseEndedConsentsIn(db, await findSessionsWithFamilyPlaces(db, now, clientId), now, audit);
}
