import { escalateOverdueAlerts } from "@stepwise/api/maintenance";
import { createDatabase } from "@stepwise/db/client";

/** How often the running stack looks for safety alerts past their deadline. */
const everyMs = 60_000;

/**
 * While the apps run, escalates safety alerts past their deadline every minute, as cron does in
 * production (`pnpm alerts:escalate`), so an alert opened in the demo reaches the directors
 * without a restart. A failed look is logged and tried again at the next minute.
 */
export function watchSafetyAlerts(databaseUrl: string) {
  const { db, close } = createDatabase(databaseUrl, { max: 1, applicationName: "stepwise-alert-watch" });
  const look = () =>
    escalateOverdueAlerts(db, new Date()).then(
      ({ escalated }) => {
        if (escalated > 0) console.log(`Told the program directors of ${escalated} safety alerts not taken up in time.`);
      },
      (error: unknown) => console.error("Looking for safety alerts past their deadline failed; trying again in a minute.", error instanceof Error ? error.name : ""),
    );
  const timer = setInterval(look, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await close();
    },
  };
}
