import { extendRunningTemplates, releaseSeatsOfEndedConsents } from "@stepwise/api/maintenance";
import { hashPassword } from "@stepwise/auth/password";
import { createDatabase } from "@stepwise/db/client";
import { startEmbeddedDatabase } from "@stepwise/db/embedded";
import { migrateDatabase } from "@stepwise/db/migrate";
import { seedDemoData } from "@stepwise/db/seed";

/**
 * The database the apps run on: DATABASE_URL when given, otherwise the embedded PostgreSQL.
 * Migrated, seeded with the demo center (the seed is idempotent), and every running session
 * template dated through the generation horizon, so a database reused for weeks still has its
 * upcoming sessions, and family-session places held under a consent that has since ended given up
 * (both idempotent; production runs them daily with `pnpm sessions:extend`).
 */
export async function prepareDatabase(configuredUrl: string | undefined) {
  const started = Date.now();
  const server = configuredUrl ? null : await startEmbeddedDatabase();
  const url = configuredUrl ?? server!.url;
  const databaseReadyMs = Date.now() - started;
  await migrateDatabase(url);
  const { db, close } = createDatabase(url, { max: 2, applicationName: "stepwise-seed" });
  let sessionsDated: number;
  try {
    await seedDemoData(db, { hashPassword });
    sessionsDated = await extendRunningTemplates(db, new Date());
    await releaseSeatsOfEndedConsents(db, new Date());
  } finally {
    await close();
  }
  return { url, databaseReadyMs, sessionsDated, stop: async () => server?.stop() };
}
