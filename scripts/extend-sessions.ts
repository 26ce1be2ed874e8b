/**
 * `pnpm sessions:extend`: the daily maintenance. Dates every running session template's sessions
 * through the generation horizon, and gives up family-session places held under a consent that
 * has ended (filling them from the waitlists), and forgets rate-limit counts that can refuse nobody
 * again, on DATABASE_URL (unset: the embedded PostgreSQL,
 * as the launcher uses). Idempotent; production runs it daily from cron (see infra/README.md),
 * the launcher on every start.
 */
import { escalateOverdueAlerts, extendRunningTemplates, forgetPastRateLimitWindows, releaseSeatsOfEndedConsents, remindCheckIns } from "@stepwise/api/maintenance";
import { createDatabase } from "@stepwise/db/client";
import { startEmbeddedDatabase } from "@stepwise/db/embedded";
import { migrateDatabase } from "@stepwise/db/migrate";
import { ensureLogin, localAppLogin } from "@stepwise/db/roles";
import { scriptEnv } from "./lib/env";

const server = scriptEnv.DATABASE_URL ? null : await startEmbeddedDatabase();
// A fresh checkout's embedded database has no tables yet; migrated as the launcher does, and the
// job then runs as the app role, as it does in production on DATABASE_URL.
if (server) await migrateDatabase(server.url);
const url = scriptEnv.DATABASE_URL ?? (await ensureLogin(server!.url, localAppLogin(scriptEnv.STEPWISE_DATA_DIR)));
const { db, close } = createDatabase(url, { max: 1, applicationName: "stepwise-sessions-extend" });
try {
  const added = await extendRunningTemplates(db, new Date());
  console.log(added === 0 ? "Every running session template is already dated through its horizon." : `Dated ${added} upcoming sessions.`);
  const seats = await releaseSeatsOfEndedConsents(db, new Date());
  console.log(
    seats.released === 0
      ? "No family-session place is held under a consent that has ended."
      : `Gave up ${seats.released} family-session places held under an ended consent; ${seats.promoted} people waiting got a seat.`,
  );
  const windows = await forgetPastRateLimitWindows(db, new Date());
  if (windows > 0) console.log(`Forgot ${windows} rate-limit windows that have ended.`);
  const alerts = await escalateOverdueAlerts(db, new Date());
  if (alerts.escalated > 0) console.log(`Told the program directors of ${alerts.escalated} safety alerts not taken up in time.`);
  const reminders = await remindCheckIns(db, new Date());
  if (reminders.reminded > 0) console.log(`Reminded ${reminders.reminded} clients of check-ins waiting for them.`);
} finally {
  await close();
  // Stops the embedded server only if this run started it; a running stack's server is left alone.
  await server?.stop();
}
