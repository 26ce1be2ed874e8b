import type { Database } from "@stepwise/db/client";
import { withAuditTrail } from "../core/audit";
import { findSessionsWithFamilyPlaces } from "../queries/sign-ups.queries";
import { releaseEndedConsentsIn } from "../services/seats/release-seats";

/**
 * A consent can end with nobody touching the sessions it held places in: its date passes, or the
 * client is discharged and a consent "until my treatment here ends" ends with it. This gives up
 * those places and fills the seats they free from the waitlists, so a seat is never held for
 * someone no longer entitled to it until somebody else happens to sign up or cancel.
 */

/** The action of the job's audit row. */
export const releaseSeatsOfEndedConsentsAction = "familySessions.releaseEndedConsents";

/**
 * The daily job, run by the launcher on every start and by cron (`pnpm sessions:extend`): in every
 * upcoming family session, places held under a consent that has ended are given up, and the first
 * people waiting get the seats and a mail. One transaction and one audit row, without an actor,
 * naming every client whose family's place was given up or filled.
 */
export async function releaseSeatsOfEndedConsents(db: Database, now: Date): Promise<{ released: number; promoted: number }> {
  return db.transaction((tx) =>
    withAuditTrail(tx, releaseSeatsOfEndedConsentsAction, null, async (audit) => {
      const sessionIds = await findSessionsWithFamilyPlaces(tx, now);
      const { released, promoted } = await releaseEndedConsentsIn(tx, sessionIds, now, audit);
      return { released: released.length, promoted: promoted.length };
    }),
  );
}
