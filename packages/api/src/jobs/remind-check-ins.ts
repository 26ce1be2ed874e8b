import type { Database } from "@stepwise/db/client";
import { checkInEnrollmentOf, checkInsToRemind, instantToZonedDate, measurePolicyOf } from "@stepwise/domain";
import { withAuditTrail } from "../core/audit";
import { findEnrollmentsToRemind, findRemindersSince, inCareWithPortalAccount } from "../queries/check-in-reminders.queries";
import { findEnrollmentHistories } from "../queries/enrollment-history.queries";
import { findCurrentResponses } from "../queries/measure-responses.queries";
import { queueMail } from "../queries/outbox.queries";
import { checkInReminderMail } from "../services/measures/alert-mail";

/** The action of the job's audit row. */
export const remindCheckInsAction = "checkIns.remind";

/** Far enough back to see every reminder of "today" in any zone, near enough to read few rows. */
const lookBackMs = 2 * 24 * 3_600_000;

/**
 * The daily reminder, run by the launcher on every start and by cron (`pnpm sessions:extend`): each
 * client in care with a portal account and a check-in whose reminder day (the domain's
 * checkInsToRemind) is today in their program's zone gets one mail, naming no measure, however
 * many check-ins wait. At most one a day per client: each reminder is noted on the job's audit
 * row as { clientId, on } (on: today in the program's zone), and a run skips the clients already
 * noted for their today, so running it again the same day sends none. One transaction; a constant
 * number of statements however many clients, plus one insert per mail.
 */
export async function remindCheckIns(db: Database, now: Date): Promise<{ reminded: number }> {
  return db.transaction((tx) =>
    withAuditTrail(tx, remindCheckInsAction, null, async (audit) => {
      const which = inCareWithPortalAccount();
      const [enrolled, histories, already] = await Promise.all([
        findEnrollmentsToRemind(tx, which),
        findEnrollmentHistories(tx, which),
        findRemindersSince(tx, remindCheckInsAction, new Date(now.getTime() - lookBackMs)),
      ]);
      const responses = await findCurrentResponses(tx, [...new Set(enrolled.map((row) => row.clientId))]);
      const historyOf = new Map(histories.map((history) => [history.enrollmentId, history]));
      const remindedOn = new Set(already.map((reminder) => `${reminder.clientId}|${reminder.on}`));
      const reminded: { clientId: string; on: string }[] = [];
      for (const row of enrolled) {
        const history = historyOf.get(row.enrollmentId);
        const today = instantToZonedDate(now, row.timeZone);
        const key = `${row.clientId}|${today}`;
        if (!history || remindedOn.has(key)) continue;
        const toRemind = checkInsToRemind({
          ...checkInEnrollmentOf(history),
          policy: measurePolicyOf(row),
          responses: responses.filter((response) => response.enrollmentId === row.enrollmentId),
          today,
        });
        if (toRemind.length === 0) continue;
        await queueMail(tx, checkInReminderMail(row.email));
        remindedOn.add(key);
        reminded.push({ clientId: row.clientId, on: today });
      }
      if (reminded.length > 0) audit({ clients: reminded.map((reminder) => reminder.clientId), resource: { type: "check_in" }, detail: { reminded } });
      return { reminded: reminded.length };
    }),
  );
}
