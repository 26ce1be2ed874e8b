import type { Database } from "@stepwise/db/client";
import { signInAttempts } from "@stepwise/db/schema";
import { and, eq, gt, ne, or, sql } from "drizzle-orm";

/**
 * Online guessing limits (NIST SP 800-63B §5.2.2, OWASP ASVS 5.0 V6.3.1). Counted from the
 * sign_in_attempts table because the apps run as many stateless instances: a counter in one
 * process's memory would give an attacker a fresh budget on every instance.
 */
export const signInThrottle = {
  windowMs: 15 * 60 * 1000,
  /** Failures for one email, since its last success, before further attempts are refused. */
  maxFailuresPerAccount: 5,
  /** Failures from one address across all emails: stops spraying one password over many accounts. */
  maxFailuresPerAddress: 20,
} as const;

export interface RecentFailures {
  forEmail: number;
  forAddress: number;
}

/**
 * Failures in the window, not counting the attempt `excludeAttemptId` (the one being decided).
 * Counted by email, not by account, so an unknown email is throttled exactly like a real one and
 * the answer never tells which emails have accounts.
 */
export async function countRecentFailures(
  db: Database,
  input: { email: string; address: string; excludeAttemptId: string },
): Promise<RecentFailures> {
  // The database's clock, not this instance's: attempts are stamped by it, and instances drift.
  const since = sql`now() - interval '${sql.raw(String(signInThrottle.windowMs / 1000))} seconds'`;
  // A success resets the account's count (the person proved they know the password) but not the
  // address's, or one attacker-owned account could wash out a spray from the same address.
  const lastSuccess = sql`(select max(${signInAttempts.at}) from ${signInAttempts}
    where ${signInAttempts.email} = ${input.email} and ${signInAttempts.succeeded})`;
  const [counts] = await db
    .select({
      forEmail: sql<number>`count(*) filter (where ${signInAttempts.email} = ${input.email}
        and ${signInAttempts.at} > coalesce(${lastSuccess}, '-infinity'::timestamptz))`.mapWith(Number),
      forAddress: sql<number>`count(*) filter (where ${signInAttempts.address} = ${input.address})`.mapWith(Number),
    })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.succeeded, false),
        gt(signInAttempts.at, since),
        ne(signInAttempts.id, input.excludeAttemptId),
        or(eq(signInAttempts.email, input.email), eq(signInAttempts.address, input.address)),
      ),
    );
  return { forEmail: counts?.forEmail ?? 0, forAddress: counts?.forAddress ?? 0 };
}

export function isThrottled(failures: RecentFailures): boolean {
  return (
    failures.forEmail >= signInThrottle.maxFailuresPerAccount ||
    failures.forAddress >= signInThrottle.maxFailuresPerAddress
  );
}
