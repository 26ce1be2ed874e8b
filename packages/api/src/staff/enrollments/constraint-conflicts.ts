import { constraintNameOf } from "../../constraint-conflicts";
import { fail } from "../../errors";

/** What each database guard over enrollments means, in words staff can act on. */
const conflictMessages: Record<string, string> = {
  enrollments_one_open_per_client: "This client already has an open enrollment.",
  enrollments_no_overlap: "These dates overlap another enrollment of this client; enrollments of one client cannot overlap.",
  enrollments_period_ordered: "An enrollment must end after its first day; choose a later date.",
  users_email_unique: "That email address already belongs to an account. Use another address, or leave it empty.",
};

/**
 * Runs a write and turns the database's refusals of it (two open enrollments, overlapping
 * periods, a taken email) into a conflict in plain words; anything else is rethrown untouched.
 * Two open enrollments also overlap (both run on without an end), and Postgres may report either
 * guard: `hasOpenEnrollment`, asked after the failed write, tells the two cases apart.
 */
export async function withConstraintConflicts<T>(write: () => Promise<T>, hasOpenEnrollment?: () => Promise<boolean>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    let constraint = constraintNameOf(error);
    if (constraint === "enrollments_no_overlap" && hasOpenEnrollment && (await hasOpenEnrollment())) {
      constraint = "enrollments_one_open_per_client";
    }
    const message = constraint ? conflictMessages[constraint] : undefined;
    if (message) return fail({ kind: "conflict", message });
    throw error;
  }
}
