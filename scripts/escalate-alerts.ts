/**
 * `pnpm alerts:escalate`: tells the program directors of every safety alert past its deadline
 * that no one has taken up, once per alert, on DATABASE_URL (unset: the embedded PostgreSQL).
 * Idempotent (two runs at once escalate each alert once); production runs it every five minutes
 * from cron (see infra/README.md), and the launcher every minute while the apps run.
 */
import { escalateOverdueAlerts } from "@stepwise/api/maintenance";
import { withJobDatabase } from "./lib/job-database";

await withJobDatabase("stepwise-alerts-escalate", async (db) => {
  const { escalated } = await escalateOverdueAlerts(db, new Date());
  console.log(escalated === 0 ? "No safety alert is waiting past its deadline." : `Told the program directors of ${escalated} safety alerts not taken up in time.`);
});
