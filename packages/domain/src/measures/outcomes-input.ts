import { z } from "zod";
import { type CalendarDate, addDays, calendarDateSchema } from "../time/calendar-date";
import type { CheckIn } from "./check-in-cadence";

/** How far back the outcomes look when no period is chosen: the last 90 days, today included. */
export const defaultOutcomesPeriodDays = 90;

/** The outcomes report's choice: a period of calendar dates (both included) and, optionally, one program. */
export const outcomesSummarySchema = z
  .object({
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
    programId: z.uuid({ message: "Choose a program from the list." }).optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { path: ["to"], message: "The end of the period comes on or after its start." });
export type OutcomesSummaryInput = z.infer<typeof outcomesSummarySchema>;

/** The period asked for, the missing ends filled in: up to today, the 90 days before the end. */
export function outcomesPeriod(input: Pick<OutcomesSummaryInput, "from" | "to">, today: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const to = input.to ?? (input.from && input.from > today ? input.from : today);
  return { from: input.from ?? addDays(to, -(defaultOutcomesPeriodDays - 1)), to };
}

/** A client's totals for outcomes: the baseline (their first response of the enrollment) and the latest, when both fall in the period. */
export function baselineAndFollowUpIn(
  totals: readonly { dueOn: CalendarDate; total: number }[],
  period: { from: CalendarDate; to: CalendarDate },
): { baseline: number; latest: number } | null {
  // Oldest first; a follow-up is a later response than the baseline.
  const [baseline, ...later] = totals;
  const followUps = later.filter((response) => response.dueOn >= period.from && response.dueOn <= period.to);
  if (!baseline || baseline.dueOn < period.from || baseline.dueOn > period.to || followUps.length === 0) return null;
  return { baseline: baseline.total, latest: followUps.at(-1)!.total };
}

/** Check-ins of the period that were asked (due by now: not still upcoming), and those answered. */
export function checkInCompletion(checkIns: readonly CheckIn[], period: { from: CalendarDate; to: CalendarDate }): { due: number; answered: number } {
  const asked = checkIns.filter((checkIn) => checkIn.dueOn >= period.from && checkIn.dueOn <= period.to && checkIn.state !== "upcoming");
  return { due: asked.length, answered: asked.filter((checkIn) => checkIn.state === "answered").length };
}
