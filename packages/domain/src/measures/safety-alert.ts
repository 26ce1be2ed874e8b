import { z } from "zod";
import { multiLineTextSchema } from "../common/text";
import type { Instrument } from "./instrument";
import type { MeasurePolicy } from "./measure-policy";
import { type Answers, type ScoredResponse, scoreResponse } from "./scoring";
import { type AlertAction, type AlertEventKind, alertActions } from "./vocabulary";

/**
 * Safety alerts: which responses open one, how soon staff must take it up, where it stands, and
 * when the escalation job steps in. DOMAIN.md section 5: any safety answer above 0 alerts the care
 * team at once, whatever the total; acknowledgement is tracked, which the field's systems do not.
 */

/** Why a response opens an alert, with what fired it (the alerts table's reason and detail). */
export type AlertReasonFor = { reason: "safety_item"; itemId: string } | { reason: "urgent_band"; bandKey: string };

/** The alert's detail as stored: the item id for a safety item, the band key for an urgent band. */
export function alertDetailOf(reason: AlertReasonFor): string {
  return reason.reason === "safety_item" ? reason.itemId : reason.bandKey;
}

/** The reasons a scored response opens alerts: each safety item above 0, then an urgent band. */
export function alertReasonsForScore(
  instrument: Instrument,
  scored: Pick<ScoredResponse, "band" | "safetyFlags">,
  policy: Pick<MeasurePolicy, "urgentBands">,
): AlertReasonFor[] {
  const reasons: AlertReasonFor[] = scored.safetyFlags.map((itemId) => ({ reason: "safety_item", itemId }));
  if (policy.urgentBands[instrument.id]?.includes(scored.band.key)) reasons.push({ reason: "urgent_band", bandKey: scored.band.key });
  return reasons;
}

/**
 * The reasons a submitted answer set opens alerts, scored as `scoreResponse` scores it (which
 * throws on a set `answersSchema` refuses). None when nothing needs staff now.
 */
export function alertReasonsFor(instrument: Instrument, answers: Answers, policy: Pick<MeasurePolicy, "urgentBands">): AlertReasonFor[] {
  return alertReasonsForScore(instrument, scoreResponse(instrument, answers), policy);
}

/** The moment by which staff must acknowledge an alert opened at `openedAt`. */
export function acknowledgeDeadline(openedAt: Date, policy: Pick<MeasurePolicy, "acknowledgeWithinMinutes">): Date {
  return new Date(openedAt.getTime() + policy.acknowledgeWithinMinutes * 60_000);
}

export interface AlertEvent {
  kind: AlertEventKind;
  at: Date;
}

/** Resolved once it has a 'resolved' event; otherwise acknowledged once it has an 'acknowledged' one. */
export type AlertState = "open" | "acknowledged" | "resolved";

export function alertState(events: readonly AlertEvent[]): AlertState {
  if (events.some((event) => event.kind === "resolved")) return "resolved";
  if (events.some((event) => event.kind === "acknowledged")) return "acknowledged";
  return "open";
}

export interface AlertTimeline {
  openedAt: Date;
  deadline: Date;
  events: readonly AlertEvent[];
}

/**
 * Open and unacknowledged at `now`, and past its deadline (at the deadline itself it is not yet
 * late). Only events recorded by `now` count, so the answer for a moment never changes later.
 */
export function isAlertOverdue(alert: AlertTimeline, now: Date): boolean {
  const known = alert.events.filter((event) => event.at.getTime() <= now.getTime());
  return alertState(known) === "open" && now.getTime() > alert.deadline.getTime();
}

/**
 * Whether the escalation job should escalate the alert now: overdue and never escalated. An
 * alert escalates once, so the job may run as often as it likes.
 */
export function shouldEscalate(alert: AlertTimeline, now: Date): boolean {
  return isAlertOverdue(alert, now) && !alert.events.some((event) => event.kind === "escalated");
}

/**
 * Where an alert stands in the queue at `now`: 0 unacknowledged past its deadline, 1
 * unacknowledged, 2 acknowledged (resolved ones are not in the queue; they come last).
 */
export function alertUrgency(alert: AlertTimeline, now: Date): 0 | 1 | 2 | 3 {
  if (isAlertOverdue(alert, now)) return 0;
  const state = alertState(alert.events.filter((event) => event.at.getTime() <= now.getTime()));
  return state === "open" ? 1 : state === "acknowledged" ? 2 : 3;
}

/** The queue's order: most urgent first, and within each the earliest deadline first. */
export function byAlertUrgency<T extends AlertTimeline>(alerts: readonly T[], now: Date): T[] {
  return [...alerts].sort((a, b) => alertUrgency(a, now) - alertUrgency(b, now) || a.deadline.getTime() - b.deadline.getTime());
}

/** What staff did, as the acknowledgement form offers it. */
export const alertActionLabels: Record<AlertAction, string> = {
  contacted_client: "Contacted the client",
  safety_plan_reviewed: "Reviewed the safety plan",
  referred_to_crisis_care: "Referred to crisis care",
  could_not_reach: "Could not reach: will retry",
};

/**
 * Why the alert opened, for staff: the question and its wording for a safety item, the band for
 * an urgent band. Staff words, never shown to the client.
 */
export function alertReasonWords(reason: AlertReasonFor, instrument: Instrument): string {
  if (reason.reason === "safety_item") {
    const item = instrument.items.find((candidate) => candidate.id === reason.itemId);
    if (!item) return `${instrument.shortName}: a safety question (${reason.itemId}) answered above 0.`;
    return `${instrument.shortName} question ${item.number} answered above 0: "${item.text}".`;
  }
  const band = instrument.bands.find((candidate) => candidate.key === reason.bandKey);
  return `${instrument.shortName} total in the ${band ? band.staffLabel.toLowerCase() : reason.bandKey} band, which this program marks urgent.`;
}

/** Long enough for what was said and agreed on a call, short enough to stay a note. */
export const alertNoteMaxLength = 2000;

const alertIdSchema = z.uuid({ message: "Choose an alert." });
const noteSchema = multiLineTextSchema.max(alertNoteMaxLength, `A note can be at most ${alertNoteMaxLength} characters.`);

/** Taking up an alert: what was done, with a note if there is more to say. */
export const alertAcknowledgementSchema = z.object({
  alertId: alertIdSchema,
  action: z.enum(alertActions, { message: "Choose what you did." }),
  note: noteSchema
    .optional()
    // An emptied note field means no note, not an empty one.
    .transform((note) => (note ? note : undefined)),
});
export type AlertAcknowledgement = z.infer<typeof alertAcknowledgementSchema>;

/** Closing an alert: always with a note saying how it was settled. */
export const alertResolutionSchema = z.object({
  alertId: alertIdSchema,
  note: z.string({ message: "Say how the alert was settled." }).pipe(noteSchema.min(1, "Say how the alert was settled.")),
});
export type AlertResolution = z.infer<typeof alertResolutionSchema>;
