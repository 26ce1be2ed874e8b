import { escalateOverdueAlerts, extendRunningTemplates, forgetPastRateLimitWindows, releaseSeatsOfEndedConsents, remindCheckIns } from "@stepwise/api/maintenance";
import { hashPassword } from "@stepwise/auth/password";
import { sealTotpSecret } from "@stepwise/auth/second-factor";
import { createDatabase } from "@stepwise/db/client";
import { startEmbeddedDatabase } from "@stepwise/db/embedded";
import { migrateDatabase } from "@stepwise/db/migrate";
import { ensureLogin, localAppLogin, refuseLoginBeyondApp } from "@stepwise/db/roles";
import { seedDemoData } from "@stepwise/db/seed";

export interface DatabaseSettings {
  /** DATABASE_URL: the app role's URL when `migrationDatabaseUrl` is given too, else the owner's. */
  databaseUrl: string | undefined;
  /** MIGRATION_DATABASE_URL: the tables' owner. */
  migrationDatabaseUrl: string | undefined;
  /** Where the app role's generated password is kept when this script gives it a login. */
  dataDir: string;
  /** The apps' NEXTAUTH_SECRET: the demo staff's authenticator key is sealed under it. */
  secret: string;
}

/**
 * The database the apps run on: DATABASE_URL when given, otherwise the embedded PostgreSQL.
 * Migrated and seeded with the demo center as the tables' owner (the seed is idempotent), and
 * every running session template dated through the generation horizon, so a database reused for
 * weeks still has its upcoming sessions, and family-session places held under a consent that has
 * since ended given up (both idempotent; production runs them daily with `pnpm sessions:extend`).
 * The apps get the app role's URL: DATABASE_URL itself when MIGRATION_DATABASE_URL names the owner,
 * else (one URL, or the embedded server) the app role signed in with a password kept under the
 * data folder, which the owner's URL gives it here.
 */
export async function prepareDatabase(settings: DatabaseSettings) {
  if (settings.migrationDatabaseUrl && !settings.databaseUrl) {
    throw new Error("MIGRATION_DATABASE_URL is set without DATABASE_URL: set DATABASE_URL to the app role's URL on the same database.");
  }
  const started = Date.now();
  const server = settings.databaseUrl ? null : await startEmbeddedDatabase();
  const ownerUrl = settings.migrationDatabaseUrl ?? settings.databaseUrl ?? server!.url;
  const databaseReadyMs = Date.now() - started;
  const stop = async () => server?.stop();
  try {
    return { ...(await migrateAndSeed(ownerUrl, settings)), databaseReadyMs, stop };
  } catch (error) {
    // A launch that fails leaves no server of its own behind.
    await stop();
    throw error;
  }
}

/** Migrates and seeds as the owner; the URL the apps get, and how many sessions were dated. */
async function migrateAndSeed(ownerUrl: string, settings: DatabaseSettings) {
  await migrateDatabase(ownerUrl);
  const { db, close } = createDatabase(ownerUrl, { max: 2, applicationName: "stepwise-seed" });
  let sessionsDated: number;
  try {
    await seedDemoData(db, { hashPassword, sealTotpSecret: (totpSecret, userId) => sealTotpSecret(totpSecret, userId, settings.secret) });
    sessionsDated = await extendRunningTemplates(db, new Date());
    await releaseSeatsOfEndedConsents(db, new Date());
    await forgetPastRateLimitWindows(db, new Date());
    await escalateOverdueAlerts(db, new Date());
    await remindCheckIns(db, new Date());
  } finally {
    await close();
  }
  const url = settings.migrationDatabaseUrl ? settings.databaseUrl! : await ensureLogin(ownerUrl, localAppLogin(settings.dataDir));
  // Asked here as well as by the apps, so a wrong DATABASE_URL stops the launch, not the first page.
  await refuseLoginBeyondApp(url);
  return { url, sessionsDated };
}
