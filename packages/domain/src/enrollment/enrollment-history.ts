import { type CalendarDate, addDays } from "../time/calendar-date";
import type { CareLevel } from "../care-levels/care-level";
import type { EnrollmentStatus } from "./enrollment-status";
import type { IntRange } from "../common/range";
import type { ProgramPolicy } from "../programs/program-policy";

/**
 * Where a client was, day by day, over one enrollment, read from its history rather than from
 * the enrollment's current columns: a change of level of care or a hold takes effect on its own
 * date and leaves the days before it as they were. The staff roster, the compliance board and
 * the client's own schedule all answer "was this client expected here on that day" from this.
 */

/** One row of the level-of-care history: from `effectiveOn`, this program, option and level. */
export interface LevelPlacement {
  effectiveOn: CalendarDate;
  programId: string;
  scheduleOptionId: string | null;
  level: CareLevel;
}

/** One row of the status history. */
export interface StatusChange {
  effectiveOn: CalendarDate;
  toStatus: EnrollmentStatus;
}

export interface EnrollmentHistory {
  startsOn: CalendarDate;
  /** Exclusive end; null while open. */
  endsOn: CalendarDate | null;
  /** Level-of-care changes in the order they were recorded; the first is the admission. */
  placements: readonly LevelPlacement[];
  /** Status changes in the order they were recorded. */
  statusChanges: readonly StatusChange[];
}

function withinPeriod(history: EnrollmentHistory, date: CalendarDate): boolean {
  return history.startsOn <= date && (history.endsOn === null || date < history.endsOn);
}

/**
 * The placement in force on `date`: the latest to take effect on or before it (of two on the same
 * day, the one recorded later). None outside the enrollment's period, and none before the client
 * was first placed (a referral or a booked intake places nobody).
 */
export function placementOn(history: EnrollmentHistory, date: CalendarDate): LevelPlacement | null {
  if (!withinPeriod(history, date)) return null;
  let found: LevelPlacement | null = null;
  for (const placement of history.placements) {
    if (placement.effectiveOn <= date && (found === null || placement.effectiveOn >= found.effectiveOn)) found = placement;
  }
  return found;
}

/** A stretch of days on hold, [from, until); `until` is null while the hold lasts. */
export interface HoldSpan {
  from: CalendarDate;
  until: CalendarDate | null;
}

/** Whether the day falls within the hold. */
export function holdCovers(span: HoldSpan, date: CalendarDate): boolean {
  return span.from <= date && (span.until === null || date < span.until);
}

/**
 * The spans the client was on hold, [from, until). Read in the order recorded: a hold lasts until
 * the next status change takes effect, so a resume dated on or before its hold undoes it whole.
 */
export function holdSpans(history: EnrollmentHistory): HoldSpan[] {
  const spans: HoldSpan[] = [];
  history.statusChanges.forEach((change, index) => {
    if (change.toStatus !== "on_hold") return;
    const next = history.statusChanges.slice(index + 1).find((later) => later.toStatus !== "on_hold");
    if (next && next.effectiveOn <= change.effectiveOn) return;
    spans.push({ from: change.effectiveOn, until: next?.effectiveOn ?? null });
  });
  return spans;
}

function onHold(history: EnrollmentHistory, date: CalendarDate): boolean {
  return holdSpans(history).some((span) => holdCovers(span, date));
}

/** The placement the client is in care under on `date`: placed, within the period, and not on hold. */
export function careOn(history: EnrollmentHistory, date: CalendarDate): LevelPlacement | null {
  const placement = placementOn(history, date);
  return placement && !onHold(history, date) ? placement : null;
}

/** True when the client is expected at the group sessions of `scheduleOptionId` on `date`. */
export function expectedOnOption(history: EnrollmentHistory, scheduleOptionId: string, date: CalendarDate): boolean {
  return careOn(history, date)?.scheduleOptionId === scheduleOptionId;
}

export interface CareSpan {
  from: CalendarDate;
  /** Exclusive; null while the span runs on. */
  until: CalendarDate | null;
  placement: LevelPlacement;
}

/**
 * The same answers as `careOn`, as spans: each stretch of days in care under one placement, oldest
 * first, so a whole history can be turned into a query (adjacent days under the same placement row
 * form one span).
 */
export function careSpans(history: EnrollmentHistory): CareSpan[] {
  const bounds = new Set<CalendarDate>([history.startsOn]);
  for (const placement of history.placements) bounds.add(placement.effectiveOn);
  for (const span of holdSpans(history)) {
    bounds.add(span.from);
    if (span.until) bounds.add(span.until);
  }
  const starts = [...bounds]
    .filter((date) => withinPeriod(history, date))
    .sort();
  const spans: CareSpan[] = [];
  starts.forEach((from, index) => {
    const until = starts[index + 1] ?? history.endsOn;
    const placement = careOn(history, from);
    if (!placement) return;
    const previous = spans.at(-1);
    if (previous && previous.placement === placement && previous.until === from) previous.until = until;
    else spans.push({ from, until, placement });
  });
  return spans;
}

/**
 * The placement a week (Monday to Sunday) is judged under: the one in force on most of the week's
 * days within the enrollment, and of two with as many days the later, which is the one the client
 * carried on under. A step-down on Thursday leaves the week with the new level (four days to
 * three); a step-down on Wednesday or earlier too; one on Friday leaves it with the old. Days on
 * hold still count: a hold pauses attendance, not the level of care. Null when the enrollment has
 * no day in that week.
 */
export function placementForWeek(history: EnrollmentHistory, weekStart: CalendarDate): LevelPlacement | null {
  const days = new Map<LevelPlacement, number>();
  for (let offset = 0; offset < 7; offset += 1) {
    const placement = placementOn(history, addDays(weekStart, offset));
    if (placement) days.set(placement, (days.get(placement) ?? 0) + 1);
  }
  let chosen: LevelPlacement | null = null;
  let most = 0;
  // Placements appear in date order, so `>=` lets the later one win a tie.
  for (const [placement, count] of days) {
    if (count >= most) {
      chosen = placement;
      most = count;
    }
  }
  return chosen;
}

/**
 * The band a week is judged against: the level and weekly minutes of the program the week's
 * placement (placementForWeek) was in, so a PHP week before a step-down is read against PHP's
 * band and not against the IOP band the client is in now. Null when the week has no placement
 * or its program's band is not given.
 */
export function weeklyBandForWeek(
  history: EnrollmentHistory,
  weekStart: CalendarDate,
  bandOfProgram: ReadonlyMap<string, IntRange>,
): { level: CareLevel; weeklyMinutes: IntRange } | null {
  const placement = placementForWeek(history, weekStart);
  const weeklyMinutes = placement ? bandOfProgram.get(placement.programId) : undefined;
  return placement && weeklyMinutes ? { level: placement.level, weeklyMinutes } : null;
}

/**
 * The policy a week is read against: the enrollment's program policy with the band (level and
 * weekly minutes) in force that week, so a PHP week before a step-down is not "more than
 * planned" against today's IOP band. The program's own band when the week has none.
 */
export function policyForWeek(
  policy: ProgramPolicy,
  history: EnrollmentHistory | null,
  bandOfProgram: ReadonlyMap<string, IntRange>,
  weekStart: CalendarDate,
): ProgramPolicy {
  const band = history ? weeklyBandForWeek(history, weekStart, bandOfProgram) : null;
  return band ? { ...policy, ...band } : policy;
}
