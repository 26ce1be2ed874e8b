import type { TRPCError } from "@trpc/server";
import { fail, failure } from "./errors";

/**
 * The database guards' last word, in plain words. Checks made before a write can race with
 * another request; the guard cannot, so it decides, and the ladder answers its refusal as a
 * conflict in these words (conflictOf). Once a guard has refused a write, the request's
 * transaction takes no more statements: it can only roll back.
 */
const guardMessages = {
  enrollments_one_open_per_client: "This client already has an open enrollment.",
  enrollments_no_overlap: "These dates overlap another enrollment of this client; enrollments of one client cannot overlap.",
  enrollments_period_ordered: "An enrollment must end after its first day; choose a later date.",
  users_email_unique: "That email address already belongs to an account. Use another address, or leave it empty.",
  family_session_sign_ups_one_per_person: "You're already signed up for this session.",
  family_session_sign_ups_within_capacity: "That seat was just taken. Please try again to join the waitlist.",
  measure_responses_superseded_once: "Someone has just corrected this check-in. Open it again to see their correction.",
  treatment_plan_versions_number: "Someone has just written a new version of this plan. Open it again to see theirs.",
  treatment_plan_versions_superseded_once: "Someone has just written a new version of this plan. Open it again to see theirs.",
  treatment_plan_signatures_once_per_side: "This version has already been signed.",
  level_of_care_decisions_once_per_assessment: "Someone has just answered this recommendation. Open it again to see what they decided.",
} as const;

export type GuardedConstraint = keyof typeof guardMessages;

/** A guard's words, for the check that runs before the write and should say the same. */
export const conflictMessage = (constraint: GuardedConstraint): string => guardMessages[constraint];

/** The name of the database constraint that refused a write, if that is what happened. */
export function constraintNameOf(error: unknown): string | undefined {
  // Drizzle wraps the driver's error (DrizzleQueryError with the postgres.js error as `cause`).
  for (let current = error; current && typeof current === "object"; current = (current as { cause?: unknown }).cause) {
    const name = (current as { constraint_name?: unknown }).constraint_name;
    if (typeof name === "string") return name;
  }
  return undefined;
}

/** The conflict a guard's refusal answers, in its words; null when the failure is not one a guard has words for. */
export function conflictOf(error: unknown): TRPCError | null {
  const constraint = constraintNameOf(error);
  return constraint && constraint in guardMessages ? failure({ kind: "conflict", message: guardMessages[constraint as GuardedConstraint] }) : null;
}

/**
 * Runs a write whose guard's words depend on the request (the slug that was taken, say), and turns
 * the guard's refusal into a conflict in the words `messageFor` gives; any other error goes on.
 */
export async function withConstraintMessages<T>(write: () => Promise<T>, messageFor: (constraint: string) => string | undefined): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = constraintNameOf(error);
    const message = constraint ? messageFor(constraint) : undefined;
    if (message) return fail({ kind: "conflict", message });
    throw error;
  }
}
