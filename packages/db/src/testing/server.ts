import { env } from "../env";

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

export { databaseUrl } from "../database-url";
