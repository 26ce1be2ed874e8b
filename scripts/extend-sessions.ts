/**
 * `pnpm sessions:extend`: the daily maintenance. Dates every running session template's sessions
 * through the generation horizon, gives up family-session places held under a consent that has
 * ended (filling them from the waitlists), forgets rate-limit counts that can refuse nobody again,
 * escalates safety alerts past their deadline and reminds clients of check-ins due a reminder
 * today, on DATABASE_URL (unset: the embedded PostgreSQL, as the launcher uses). Idempotent;
 * production runs it daily from cron (see infra/README.md), the launcher on every start. Alerts
 * need more than a daily look: `pnpm alerts:escalate` runs every few minutes.
 */
import { escalateOverdueAlerts, extendRunningTemplates, forgetPastRateLimitWindows, releaseSeatsOfEndedConsents, remindCheckIns } from "@stepwise/api/maintenance";
import { withJobDatabase } from "./lib/job-database";

await withJobDatabase("stepwise-sessions-extend", async (db) => {
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
});
