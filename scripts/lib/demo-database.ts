import { hashPassword } from "@stepwise/auth/password";
import { createDatabase } from "@stepwise/db/client";
import { startEmbeddedDatabase } from "@stepwise/db/embedded";
import { migrateDatabase } from "@stepwise/db/migrate";
import { seedDemoData } from "@stepwise/db/seed";

/**
 * The database the apps run on: DATABASE_URL when given, otherwise the embedded PostgreSQL.
 * Migrated, and seeded with the demo center (the seed is idempotent).
 */
export async function prepareDatabase(configuredUrl: string | undefined) {
  const started = Date.now();
  const server = configuredUrl ? null : await startEmbeddedDatabase();
  const url = configuredUrl ?? server!.url;
  const databaseReadyMs = Date.now() - started;
  await migrateDatabase(url);
  const { db, close } = createDatabase(url, { max: 2, applicationName: "stepwise-seed" });
  try {
    await seedDemoData(db, { hashPassword });
  } finally {
    await close();
  }
  return { url, databaseReadyMs, stop: async () => server?.stop() };
}
