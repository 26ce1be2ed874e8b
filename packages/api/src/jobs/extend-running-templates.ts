import type { Database } from "@stepwise/db/client";
import { addDays, compareCalendarDates, instantToZonedDate } from "@stepwise/domain";
import { withAuditTrail } from "../core/audit";
import { generateTemplateSessions, generationHorizonDays, lockRunningTemplates } from "../queries/template-sessions.queries";

/** The action of the audit row a run that dated sessions writes; it has no actor. */
export const extendRunningTemplatesAction = "sessionTemplates.extendRunning";

/**
 * Keeps every running template (no end, or an end not yet past in its program's zone) dated from
 * today through the generation horizon, so a group never runs out of sessions as weeks pass. Run
 * by the launcher on every start and daily by cron (`pnpm sessions:extend`).
 *
 * Generation comes from the template as it is now: a weekday staff dropped is no longer in it, so
 * its withdrawn sessions cannot come back; a date that already has its session, edited or
 * cancelled, is left alone (insert … on conflict do nothing). The templates are locked in the
 * order the template procedures lock them, so a concurrent change is either seen whole or waits.
 *
 * A run that dates sessions writes one audit row without an actor: it changes the schedule,
 * never a client's data. A run that finds nothing to date writes nothing, so the daily job leaves
 * no trail of empty rows. Returns how many sessions it added.
 */
export async function extendRunningTemplates(db: Database, now: Date): Promise<number> {
  // Every zone's today is at least the day before today in UTC; the exact check is per program.
  const earliestToday = addDays(now.toISOString().slice(0, 10), -1);
  return db.transaction((tx) =>
    withAuditTrail(tx, extendRunningTemplatesAction, null, async (audit) => {
      let generated = 0;
      let extended = 0;
      for (const { template, timeZone } of await lockRunningTemplates(tx, earliestToday)) {
        const today = instantToZonedDate(now, timeZone);
        if (template.endsOn && compareCalendarDates(template.endsOn, today) < 0) continue;
        const added = await generateTemplateSessions(tx, template, timeZone, today, addDays(today, generationHorizonDays));
        generated += added;
        if (added > 0) extended++;
      }
      if (generated > 0) audit({ resource: { type: "session_template" }, detail: { generated, templates: extended, horizonDays: generationHorizonDays } });
      return generated;
    }),
  );
}
