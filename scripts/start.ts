/**
 * `pnpm start`: both apps (production builds, made by the `turbo run build` before this script)
 * on the embedded PostgreSQL with the demo center, until Ctrl-C. `pnpm dev` is the same with
 * the development servers (`scripts/start.ts --dev`).
 */
import { startApps } from "./lib/apps";
import { demoBanner } from "./lib/demo-banner";
import { prepareDatabase } from "./lib/demo-database";
import { scriptEnv } from "./lib/env";
import { localSecret } from "./lib/secret";

const mode = process.argv.includes("--dev") ? "development" : "production";
// Before the seed: the demo staff's authenticator key is sealed under the apps' secret.
const secret = localSecret(scriptEnv.STEPWISE_DATA_DIR, scriptEnv.NEXTAUTH_SECRET);
const database = await prepareDatabase({
  databaseUrl: scriptEnv.DATABASE_URL,
  migrationDatabaseUrl: scriptEnv.MIGRATION_DATABASE_URL,
  dataDir: scriptEnv.STEPWISE_DATA_DIR,
  secret,
});
const apps = await startApps({
  databaseUrl: database.url,
  secret,
  ports: { portal: scriptEnv.PORTAL_PORT, staff: scriptEnv.STAFF_PORT },
  mode,
});

const source = `${scriptEnv.DATABASE_URL ? "DATABASE_URL" : `embedded PostgreSQL, ready in ${database.databaseReadyMs} ms`}; the apps as ${new URL(database.url).username}`;
const dated = database.sessionsDated > 0 ? `; ${database.sessionsDated} upcoming sessions dated` : "";
console.log(demoBanner(apps.urls, source + dated));

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await apps.stop();
  await database.stop();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
