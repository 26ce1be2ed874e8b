import { fail } from "./errors";

/** The name of the database constraint that refused a write, if that is what happened. */
export function constraintNameOf(error: unknown): string | undefined {
  // Drizzle wraps the driver's error (DrizzleQueryError with the postgres.js error as `cause`).
  for (let current = error; current && typeof current === "object"; current = (current as { cause?: unknown }).cause) {
    const name = (current as { constraint_name?: unknown }).constraint_name;
    if (typeof name === "string") return name;
  }
  return undefined;
}

/**
 * Runs a write and turns a database guard's refusal of it into a conflict, in the words
 * `messageFor` gives that guard; a guard it has no words for, or any other error, is rethrown.
 * Checks made before a write can race with another request; the guard cannot, so it has the
 * last word.
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
