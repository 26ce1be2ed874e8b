import {
  type AlertReasonFor,
  type AlertTimeline,
  alertActionLabels,
  alertReasonWords,
  alertState,
  byAlertUrgency,
  instruments,
  isAlertOverdue,
  lastNameFirst,
} from "@stepwise/domain";
import type { AlertRow } from "../../queries/safety-alerts.queries";

/** The alert's reason as the domain types it, from the stored reason and detail. */
function reasonOf(row: AlertRow): AlertReasonFor {
  return row.reason === "safety_item" ? { reason: "safety_item", itemId: row.detail ?? "" } : { reason: "urgent_band", bandKey: row.detail ?? "" };
}

/** The steps as the domain reads them: json gives their moments as text. */
export function alertTimelineOf(row: AlertRow): AlertTimeline & { row: AlertRow } {
  return { row, openedAt: row.openedAt, deadline: row.acknowledgeBy, events: row.steps.map((step) => ({ kind: step.kind, at: new Date(step.at) })) };
}

/**
 * An alert as staff see it: whose, why in staff words, opened and by when it must be taken up,
 * where it stands at `now` and whether it is late, and every step with who took it.
 */
export function toAlertView(row: AlertRow, now: Date) {
  const timeline = alertTimelineOf(row);
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: lastNameFirst(row.client),
    enrollmentId: row.enrollmentId,
    responseId: row.responseId,
    instrument: row.instrument,
    reason: row.reason,
    reasonWords: alertReasonWords(reasonOf(row), instruments[row.instrument]),
    openedAt: row.openedAt,
    deadline: row.acknowledgeBy,
    state: alertState(timeline.events),
    overdue: isAlertOverdue(timeline, now),
    steps: row.steps.map((step) => ({
      kind: step.kind,
      action: step.action,
      actionLabel: step.action ? alertActionLabels[step.action] : null,
      note: step.note,
      at: new Date(step.at),
      by: step.by,
    })),
  };
}

export type AlertView = ReturnType<typeof toAlertView>;

/** Alerts most urgent first (the domain's order), each as staff see it. */
export function toAlertViewsByUrgency(rows: readonly AlertRow[], now: Date): AlertView[] {
  return byAlertUrgency(rows.map(alertTimelineOf), now).map((timeline) => toAlertView(timeline.row, now));
}
