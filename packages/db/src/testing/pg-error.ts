/** What tests assert about a rejected statement: the SQLSTATE, the constraint and the message. */
export interface PgErrorFacts {
  code: string | undefined;
  constraint: string | undefined;
  message: string;
}

/**
 * Awaits a statement expected to fail and returns the PostgreSQL error behind it. Drizzle wraps
 * driver errors (DrizzleQueryError with the postgres.js error as `cause`); both shapes are read.
 * Fails the test when the statement succeeds.
 */
export async function expectPgError(statement: PromiseLike<unknown>): Promise<PgErrorFacts> {
  try {
    await statement;
  } catch (error) {
    return pgErrorFacts(error);
  }
  throw new Error("expected the statement to be rejected by PostgreSQL, but it succeeded");
}

export function pgErrorFacts(error: unknown): PgErrorFacts {
  const source = (error as { cause?: unknown }).cause ?? error;
  const driverError = source as { code?: string; constraint_name?: string; message?: string };
  return {
    code: driverError.code,
    constraint: driverError.constraint_name,
    message: driverError.message ?? String(source),
  };
}
