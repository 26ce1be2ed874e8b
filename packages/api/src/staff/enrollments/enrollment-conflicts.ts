import type { Executor } from "@stepwise/db/client";
import type { TRPCError } from "@trpc/server";
import { constraintNameOf } from "../../core/constraint-conflicts";
import { fail, failure } from "../../core/errors";
import { hasOpenEnrollment } from "./enrollments.queries";

/** What each database guard over enrollments means, in words staff can act on. */
const conflictMessages: Record<string, string> = {
  enrollments_one_open_per_client: "This client already has an open enrollment.",
  enrollments_no_overlap: "These dates overlap another enrollment of this client; enrollments of one client cannot overlap.",
  enrollments_period_ordered: "An enrollment must end after its first day; choose a later date.",
  users_email_unique: "That email address already belongs to an account. Use another address, or leave it empty.",
};

/** The conflict, in plain words, of a request a guard over enrollments refused; null for any other failure. */
export function enrollmentConflictOf(error: TRPCError): TRPCError | null {
  const constraint = constraintNameOf(error);
  const message = constraint ? conflictMessages[constraint] : undefined;
  return message ? failure({ kind: "conflict", message }) : null;
}

/**
 * Runs a write that opens an enrollment (a new client's, or a referral of `existingClientId`) in a
 * savepoint, and turns the database's refusals of it into a conflict in plain words. Two open
 * enrollments also overlap (both run on without an end), and Postgres may report either guard:
 * asked after the savepoint rolled back, whether the client now has an open enrollment tells the
 * two cases apart.
 */
export async function withReferralConflicts<T>(db: Executor, write: (db: Executor) => Promise<T>, existingClientId?: string): Promise<T> {
  try {
    return await db.transaction(write);
  } catch (error) {
    let constraint = constraintNameOf(error);
    if (constraint === "enrollments_no_overlap" && existingClientId && (await hasOpenEnrollment(db, existingClientId))) {
      constraint = "enrollments_one_open_per_client";
    }
    const message = constraint ? conflictMessages[constraint] : undefined;
    if (message) return fail({ kind: "conflict", message });
    throw error;
  }
}
