/**
 * `pnpm start`: both apps (production builds, made by the `turbo run build` before this script)
 * on the embedded PostgreSQL with the demo center, until Ctrl-C. `pnpm dev` is the same with
 * the development servers (`scripts/start.ts --dev`).
 *
 * Ctrl-C (or SIGTERM, SIGHUP) stops everything this run started, newest first: the apps, then the
 * embedded server (with pg_ctl: it runs in a session of its own, which the terminal's Ctrl-C never
 * reaches), and exits 0. A Ctrl-C while something is still starting is held until that step ends.
 */
import { watchSafetyAlerts } from "./lib/alert-watch";
import { startApps } from "./lib/apps";
import { demoBanner } from "./lib/demo-banner";
import { prepareDatabase } from "./lib/demo-database";
import { scriptEnv } from "./lib/env";
import { localSecret } from "./lib/secret";
import { catchStopRequest } from "./lib/stop-request";

const stop = catchStopRequest();
const started: { stop(): Promise<void> }[] = [];
let exitCode = 0;

try {
  const mode = process.argv.includes("--dev") ? "development" : "production";
  // Before the seed: the demo staff's authenticator key is sealed under the apps' secret.
  const secret = localSecret(scriptEnv.STEPWISE_DATA_DIR, scriptEnv.NEXTAUTH_SECRET);
  const database = await prepareDatabase({
    databaseUrl: scriptEnv.DATABASE_URL,
    migrationDatabaseUrl: scriptEnv.MIGRATION_DATABASE_URL,
    dataDir: scriptEnv.STEPWISE_DATA_DIR,
    secret,
  });
  started.push(database);
  if (!stop.requested) {
    const apps = await startApps({
      databaseUrl: database.url,
      secret,
      ports: { portal: scriptEnv.PORTAL_PORT, staff: scriptEnv.STAFF_PORT },
      mode,
    });
    started.push(apps);
    started.push(watchSafetyAlerts(database.url));
    const source = `${scriptEnv.DATABASE_URL ? "DATABASE_URL" : `embedded PostgreSQL, ready in ${database.databaseReadyMs} ms`}; the apps as ${new URL(database.url).username}`;
    const dated = database.sessionsDated > 0 ? `; ${database.sessionsDated} upcoming sessions dated` : "";
    console.log(demoBanner(apps.urls, source + dated));
    await stop.received;
  }
} catch (error) {
  // The apps get the terminal's Ctrl-C as well and may end before they answer: a stop, not a failure.
  if (!stop.requested) {
    console.error(error);
    exitCode = 1;
  }
}

for (const part of started.reverse()) {
  await part.stop().catch((error: unknown) => {
    console.error(error);
    exitCode = 1;
  });
}
if (stop.requested) console.log("Stepwise has stopped.");
process.exit(exitCode);
