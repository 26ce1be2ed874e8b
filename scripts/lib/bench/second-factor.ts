/**
 * Every staff sign-in needs a second factor; the scale center's staff have none. The benchmark
 * gives the account it signs in as an authenticator with a key of its own (sealed under the
 * secret the apps run with), and enters its codes, as a person would.
 */
import { randomBytes } from "node:crypto";
import { resolveSession, type SessionUser, signIn } from "@stepwise/auth";
import { sealTotpSecret, totpCodeAt } from "@stepwise/auth/second-factor";
import type { Database } from "@stepwise/db/client";
import type postgres from "postgres";

/** The benchmark's authenticator key (base32); it exists only in the databases the benchmark measures. */
export const benchTotpSecret = "BENCHSTEPWISEKEYBENCHSTEPWISEK23";

/** A confirmed authenticator for `email` with the bench key, sealed under `serverSecret`; no step used yet. */
export async function giveSecondFactor(sql: postgres.Sql, email: string, serverSecret: string): Promise<void> {
  const [account] = await sql<{ id: string }[]>`select id from users where email = ${email}`;
  if (!account) throw new Error(`The benchmark found no account ${email}; was the database seeded by pnpm seed:scale?`);
  const sealed = sealTotpSecret(benchTotpSecret, account.id, serverSecret);
  await sql`insert into totp_factors (user_id, encrypted_secret, confirmed_at) values (${account.id}, ${sealed}, now())
    on conflict (user_id) do update set encrypted_secret = excluded.encrypted_secret, confirmed_at = now(), last_used_step = null`;
}

/** The code the bench key gives now, for the HTTP sign-in's second step. */
export const benchCode = () => totpCodeAt(benchTotpSecret);

/**
 * A staff caller for the in-process paths, past the second factor: the session is marked proven
 * as entering a code would mark it (the paths measured are reads, not the sign-in).
 */
export async function signedInStaff(db: Database, sql: postgres.Sql, email: string, password: string): Promise<SessionUser> {
  await giveSecondFactor(sql, email, randomBytes(32).toString("base64url"));
  const result = await signIn(db, { email, password, app: "staff", address: "127.0.0.1" });
  if (!result.ok) throw new Error(`The benchmark could not sign in as ${email} (${result.reason}); was the database seeded by pnpm seed:scale?`);
  await sql`update user_sessions set second_factor_at = now() where id = ${result.sessionId}`;
  const caller = await resolveSession(db, { sessionId: result.sessionId, userId: result.user.userId, sessionVersion: result.sessionVersion, app: "staff" });
  if (!caller) throw new Error(`The benchmark's session for ${email} did not resolve`);
  return caller;
}
