import type { Database } from "@stepwise/db/client";
import { createDatabase } from "@stepwise/db/client";
import { startEmbeddedDatabase } from "@stepwise/db/embedded";
import { migrateDatabase } from "@stepwise/db/migrate";
import { ensureLogin, localAppLogin } from "@stepwise/db/roles";
import { scriptEnv } from "./env";

/**
 * Runs a maintenance job on DATABASE_URL, else the embedded PostgreSQL: a fresh checkout's
 * embedded database is migrated first, as the launcher does, and the job runs as the app role,
 * as in production. Stops the embedded server only if this run started it.
 */
export async function withJobDatabase(applicationName: string, job: (db: Database) => Promise<void>) {
  const server = scriptEnv.DATABASE_URL ? null : await startEmbeddedDatabase();
  if (server) await migrateDatabase(server.url);
  const url = scriptEnv.DATABASE_URL ?? (await ensureLogin(server!.url, localAppLogin(scriptEnv.STEPWISE_DATA_DIR)));
  const { db, close } = createDatabase(url, { max: 1, applicationName });
  try {
    await job(db);
  } finally {
    await close();
    await server?.stop();
  }
}
