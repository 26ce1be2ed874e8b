/**
 * `pnpm start`: both apps (production builds, made by the `turbo run build` before this script)
 * on the embedded PostgreSQL with the demo center, until Ctrl-C.
 */
import { demoSignIns } from "@stepwise/db/seed";
import { startApps } from "./lib/apps";
import { prepareDatabase } from "./lib/demo-database";
import { scriptEnv } from "./lib/env";
import { localSecret } from "./lib/secret";

const database = await prepareDatabase(scriptEnv.DATABASE_URL);
const apps = await startApps({
  databaseUrl: database.url,
  secret: localSecret(scriptEnv.STEPWISE_DATA_DIR, scriptEnv.NEXTAUTH_SECRET),
  ports: { portal: scriptEnv.PORTAL_PORT, staff: scriptEnv.STAFF_PORT },
});

console.log(`
Stepwise is running.

  Client and family portal   ${apps.urls.portal}
  Staff app                  ${apps.urls.staff}

Demo sign-ins (demo data only):
${demoSignIns.map((s) => `  ${s.app.padEnd(7)} ${s.email.padEnd(26)} ${s.password}   ${s.who}`).join("\n")}

Database: ${scriptEnv.DATABASE_URL ? "DATABASE_URL" : `embedded PostgreSQL, ready in ${database.databaseReadyMs} ms`}
Press Ctrl-C to stop.
`);

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
