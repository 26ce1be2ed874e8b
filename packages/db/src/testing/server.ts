import path from "node:path";
import { env } from "../env";
import { localSecret } from "../local-secret";
import { ensureLogin, type Login } from "../roles";

/** Test databases carry the creating pid, so leftovers of crashed runs can be told apart. */
export const TEST_DATABASE_PREFIX = "stepwise_test_";

/**
 * The server tests create their databases on: TEST_DATABASE_URL when set (its database is only
 * used for CREATE/DROP DATABASE), otherwise the embedded server, started if needed. The embedded
 * server outlives the process that starts it, so any worker may start it safely.
 */
export async function testServerAdminUrl(): Promise<string> {
  if (env.testDatabaseUrl) return env.testDatabaseUrl;
  const { startEmbeddedDatabase } = await import("../embedded");
  const server = await startEmbeddedDatabase();
  return server.adminUrl;
}

/**
 * What the code under test signs in as: a login role of the tests' own, granted the app role, so
 * a missing grant fails a test as it would fail the apps. Not the app role itself: its password
 * belongs to the deployment on that server (`pnpm start` on the embedded one), and tests must not
 * change it. The password is made once per checkout and kept under the data folder.
 */
export function testLogin(): Login {
  const user = "stepwise_test_app";
  return { user, password: localSecret(path.join(env.dataDir, `${user}-password`)) };
}

/** Makes the tests' login able to sign in on the server (after the template's migrations made the app role). */
export async function ensureTestLogin(adminUrl: string): Promise<Login> {
  const login = testLogin();
  await ensureLogin(adminUrl, login);
  return login;
}

export { databaseUrl } from "../database-url";
