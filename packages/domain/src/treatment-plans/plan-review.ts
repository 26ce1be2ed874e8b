import { z } from "zod";
import { type CareLevel, careLevels } from "../care-levels/care-level";
import { nextReviewDue } from "../care-levels/recertification";
import { type CalendarDate, addDays } from "../time/calendar-date";
import type { PlanVersionReason } from "./plan-vocabulary";

/**
 * When a treatment plan is next reviewed (DOMAIN.md §11). The cadence is program policy; the
 * review is also pulled forward to the next recertification, so the plan a payer reads at a
 * recertification has always just been reviewed.
 */

export const planReviewPolicySchema = z.object({
  everyDays: z.record(z.enum(careLevels), z.int().min(1, { message: "Choose 1 day or more." }).max(365, { message: "Review a plan at least once a year." })),
});
export type PlanReviewPolicy = z.infer<typeof planReviewPolicySchema>;

/** Defaults: every 30 days in PHP and IOP, every 90 in outpatient care. */
export const planReviewPolicy: PlanReviewPolicy = { everyDays: { php: 30, iop: 30, outpatient: 90 } };

export interface PlanReviewSchedule {
  level: CareLevel;
  admittedOn: CalendarDate;
  lastPlanReviewOn: CalendarDate | null;
  /** From nextReviewDue (care-levels/recertification); null where the level needs none. */
  nextRecertificationDue: CalendarDate | null;
}

/**
 * The latest day the next plan review may happen: the cadence from the last review (or from
 * admission), or the next recertification if that comes first. A review dated before admission
 * belongs to an earlier enrollment and is ignored, as recertification does.
 */
export function nextPlanReviewDue(schedule: PlanReviewSchedule, policy: PlanReviewPolicy = planReviewPolicy): CalendarDate {
  const last = schedule.lastPlanReviewOn && schedule.lastPlanReviewOn >= schedule.admittedOn ? schedule.lastPlanReviewOn : schedule.admittedOn;
  const byCadence = addDays(last, policy.everyDays[schedule.level]);
  const recertification = schedule.nextRecertificationDue;
  return recertification !== null && recertification < byCadence ? recertification : byCadence;
}

/** Due on the day itself and every day after, until a review is recorded. */
export function isPlanReviewDue(due: CalendarDate, today: CalendarDate): boolean {
  return today >= due;
}

/** A first plan and each scheduled review count as reviews of the plan; a change between reviews does not. */
export function countsAsPlanReview(reason: PlanVersionReason): boolean {
  return reason !== "revision";
}

/**
 * The plan's next review and the recertification it lines up with, from where the enrollment
 * stands: the level, the day it began, the latest recertification at it, and the latest review.
 * The one reading for every screen that shows them (the board, the record, the plan, the packet).
 */
export function planReviewDueFor(
  standing: { level: CareLevel; levelSince: CalendarDate; lastRecertifiedOn: CalendarDate | null; lastPlanReviewOn: CalendarDate },
  policy: PlanReviewPolicy = planReviewPolicy,
): { reviewDue: CalendarDate; nextRecertificationDue: CalendarDate | null } {
  const nextRecertificationDue = nextReviewDue({ level: standing.level, admittedOn: standing.levelSince, lastReviewOn: standing.lastRecertifiedOn });
  const reviewDue = nextPlanReviewDue(
    { level: standing.level, admittedOn: standing.levelSince, lastPlanReviewOn: standing.lastPlanReviewOn, nextRecertificationDue },
    policy,
  );
  return { reviewDue, nextRecertificationDue };
}
