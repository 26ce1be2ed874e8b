import { z } from "zod";
import { type CalendarDate, addDays, calendarDateSchema, compareCalendarDates, daysBetween } from "../time/calendar-date";
import { defaultTimeZone, zonedWallClockToInstant } from "../time/time-zone";
import { auditActionSchema } from "./audit-actions";
import { auditCursorSchema } from "./audit-cursor";
import { singleLineTextSchema } from "../common/text";

/** How a request ended: it was served, or refused (not found, forbidden, or refused with a note). */
export const auditOutcomes = ["allowed", "denied"] as const;
export const auditOutcomeSchema = z.enum(auditOutcomes, { message: "Choose allowed or denied." });
export type AuditOutcome = z.infer<typeof auditOutcomeSchema>;

/**
 * The longest period one search covers: a year (and a day, so 1 March to 1 March reads as a year).
 * A search always names its period, so no request walks the whole trail.
 */
export const auditSearchLongestPeriodDays = 366;

/** The period a search starts with: the last 30 days, today included. */
export const auditSearchDefaultPeriodDays = 30;

/** Rows per page on the audit page; the export reads larger pages, one after another. */
export const auditSearchPageSize = 50;
export const auditExportPageSize = 500;

const uuid = (message: string) => z.uuid({ message });

/**
 * The privacy officer's search of the audit trail: whose information (a client, by id or by part of
 * their name), who acted (a staff member's account), which action, how it ended, and when (from and
 * to, both days included, in the center's time zone). `before` continues a search after the last
 * row of the page already shown: rows come newest first.
 */
export const auditSearchSchema = z
  .object({
    clientId: uuid("Choose a client from the list.").optional(),
    clientName: singleLineTextSchema
      .min(2, "Enter at least two letters of the client's name.")
      .max(100, "Enter at most 100 characters.")
      .refine((name) => /[^\s,]/.test(name), "Enter part of the client's name.")
      .optional(),
    actorUserId: uuid("Choose a staff member from the list.").optional(),
    action: auditActionSchema.optional(),
    outcome: auditOutcomeSchema.optional(),
    from: calendarDateSchema,
    to: calendarDateSchema,
    before: auditCursorSchema.optional(),
  })
  .superRefine((search, context) => {
    if (compareCalendarDates(search.from, search.to) > 0) {
      context.addIssue({ code: "custom", path: ["to"], message: "The end of the period comes on or after its start." });
    } else if (daysBetween(search.from, search.to) + 1 > auditSearchLongestPeriodDays) {
      context.addIssue({ code: "custom", path: ["to"], message: "Search at most a year at a time." });
    }
  });
export type AuditSearch = z.infer<typeof auditSearchSchema>;

/** The period a search shows when the form names none: the last 30 days up to `today`. */
export function defaultAuditPeriod(today: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return { from: addDays(today, 1 - auditSearchDefaultPeriodDays), to: today };
}

/**
 * The instants a period covers, half-open: from midnight at the start of `from` to midnight after
 * `to`, in the center's time zone (so "to 3 March" includes all of the 3rd there).
 */
export function auditPeriodInstants(period: { from: CalendarDate; to: CalendarDate }, timeZone = defaultTimeZone): { from: Date; until: Date } {
  return {
    from: zonedWallClockToInstant(period.from, "00:00", timeZone),
    until: zonedWallClockToInstant(addDays(period.to, 1), "00:00", timeZone),
  };
}
