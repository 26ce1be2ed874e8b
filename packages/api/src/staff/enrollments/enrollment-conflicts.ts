import type { Executor } from "@stepwise/db/client";
import { conflictMessage, constraintNameOf } from "../../core/constraint-conflicts";
import { fail } from "../../core/errors";
import { hasOpenEnrollment } from "./enrollments.queries";

/**
 * Opens an enrollment for a client already on record (a referral) in a savepoint. Two open
 * enrollments also overlap (both run on without an end), and Postgres may report either guard:
 * asked after the savepoint rolled back, whether the client now has an open enrollment tells the
 * two cases apart. Any other refusal goes on to the ladder, which words it.
 */
export async function withReferralConflicts<T>(db: Executor, clientId: string, write: (db: Executor) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(write);
  } catch (error) {
    if (constraintNameOf(error) === "enrollments_no_overlap" && (await hasOpenEnrollment(db, clientId))) {
      return fail({ kind: "conflict", message: conflictMessage("enrollments_one_open_per_client") });
    }
    throw error;
  }
}
