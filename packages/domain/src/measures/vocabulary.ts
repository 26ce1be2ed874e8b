/**
 * The words measurement-based care uses from table to screen: why a check-in is asked, why a
 * safety alert opened, and what staff did about it. The database's enums take these values.
 */

/** Why a check-in is asked: at the start of care, on the program's schedule, or at its end. */
export const checkInOccasions = ["intake", "scheduled", "discharge"] as const;
export type CheckInOccasion = (typeof checkInOccasions)[number];

/** What opened a safety alert: a safety item answered above 0, or a band the program marks urgent. */
export const alertReasons = ["safety_item", "urgent_band"] as const;
export type AlertReason = (typeof alertReasons)[number];

/** Each step in an alert's life, kept in order and never removed. */
export const alertEventKinds = ["opened", "notified", "acknowledged", "escalated", "follow_up", "resolved"] as const;
export type AlertEventKind = (typeof alertEventKinds)[number];

/** What a member of staff did when they took up an alert. */
export const alertActions = ["contacted_client", "safety_plan_reviewed", "referred_to_crisis_care", "could_not_reach"] as const;
export type AlertAction = (typeof alertActions)[number];
