import type { Database } from "@stepwise/db/client";
import { signInAttempts, userSessions, users } from "@stepwise/db/schema";
import { withUnusualCharactersReplaced } from "@stepwise/domain";
import { eq, sql } from "drizzle-orm";
import { selectAccounts } from "./account-query";
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from "./password";
import { toSessionUser, type AuthApp, type SessionUser } from "./session-user";
import { countRecentFailures, isThrottled, signInThrottle } from "./sign-in-throttle";

export interface SignInInput {
  email: string;
  password: string;
  app: AuthApp;
  /** The client's network address (request-address.ts: the socket's, or past trusted proxies), for per-address throttling. */
  address: string;
}

export type SignInResult =
  | { ok: true; user: SessionUser; sessionId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" | "throttled" };

/** Longest email a mailbox can have (RFC 5321); longer input is cut before it is stored. */
const maxEmailLength = 320;
/** Far above the policy's 128; stops megabyte "passwords" from costing hashing time. */
const maxPasswordInputLength = 1024;
const maxAddressLength = 100;

/**
 * The email as typed, trimmed and lowered. Whatever a sign-in form sends is recorded in
 * `sign_in_attempts`, so a character Postgres refuses (NUL) or that no address holds is replaced:
 * the attempt is still counted and throttled, and matches no account.
 */
export function normaliseEmail(email: string): string {
  return withUnusualCharactersReplaced(email.trim().toLowerCase().slice(0, maxEmailLength));
}

/**
 * Checks an email and password for one app and opens a session.
 *
 * Every way of failing that involves a real account (unknown email, wrong password, disabled
 * account, an account of a kind that belongs in the other app) answers the same "invalid", after
 * the same argon2 work, so neither the answer nor its timing tells whether an account exists.
 * Every attempt is recorded, throttled ones included.
 */
export async function signIn(db: Database, input: SignInInput): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const address = input.address.trim().slice(0, maxAddressLength) || "unknown";

  // Recorded as a failure first and counted after: two instances racing on the same email each
  // see the other's row, so parallel guesses cannot slip under the limit together.
  const [attempt] = await db
    .insert(signInAttempts)
    .values({ email, address, app: input.app, succeeded: false })
    .returning({ id: signInAttempts.id });
  if (!attempt) throw new Error("sign_in_attempts insert returned no row");

  const failures = await countRecentFailures(db, { email, address, excludeAttemptId: attempt.id });
  if (isThrottled(failures)) return { ok: false, reason: "throttled" };

  const [account] = await selectAccounts(db).where(eq(users.email, email)).limit(1);
  const password = input.password.length <= maxPasswordInputLength ? input.password : null;
  // Always one argon2 verification, against the dummy hash when there is no account.
  const passwordMatches =
    (await verifyPassword(account?.passwordHash ?? dummyPasswordHash, password ?? "")) && !!account && !!password;
  // A new session has proven no second factor yet: one that needs it starts at that step.
  const user = account && passwordMatches ? toSessionUser(account, input.app, "", { provenInSession: false }) : null;

  if (!account || !user) {
    if (account) await recordAccountFailure(db, account.userId, failures.forEmail + 1);
    return { ok: false, reason: "invalid" };
  }

  // Hashed before the transaction: argon2 takes tens of milliseconds and should not hold locks.
  const upgradedHash = password && needsRehash(account.passwordHash) ? await hashPassword(password) : null;
  const sessionId = await db.transaction(async (tx) => {
    await tx.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attempt.id));
    await tx
      .update(users)
      .set({
        failedSignInCount: 0,
        lockedUntil: null,
        lastSignInAt: sql`now()`,
        ...(upgradedHash ? { passwordHash: upgradedHash } : {}),
      })
      .where(eq(users.id, account.userId));
    const [session] = await tx
      .insert(userSessions)
      .values({ userId: account.userId, app: input.app })
      .returning({ id: userSessions.id });
    if (!session) throw new Error("user_sessions insert returned no row");
    return session.id;
  });

  return { ok: true, user: { ...user, sessionId }, sessionId, sessionVersion: account.sessionVersion };
}

/**
 * Keeps the account's own counters for staff screens ("5 failed sign-ins, locked until 10:42").
 * The throttling decision itself comes from sign_in_attempts, which also covers unknown emails.
 */
async function recordAccountFailure(db: Database, userId: string, failuresInWindow: number): Promise<void> {
  const locks = failuresInWindow >= signInThrottle.maxFailuresPerAccount;
  await db
    .update(users)
    .set({
      failedSignInCount: sql`${users.failedSignInCount} + 1`,
      ...(locks ? { lockedUntil: sql`now() + interval '${sql.raw(String(signInThrottle.windowMs / 1000))} seconds'` } : {}),
    })
    .where(eq(users.id, userId));
}
