import { type CalendarDate, addDays, daysBetween } from "../time/calendar-date";
import { type EnrollmentHistory, type HoldSpan, holdCovers, holdSpans } from "../enrollment/enrollment-history";
import { lastDayOfEnrollment } from "../enrollment/enrollment-period";
import type { InstrumentId } from "./instrument";
import type { MeasurePolicy, MeasureScheduleEntry } from "./measure-policy";
import type { CheckInOccasion } from "./vocabulary";

/**
 * Which check-ins an enrollment is asked, day by day, in the program's own calendar. Every date
 * is a calendar date ('YYYY-MM-DD') and weeks are counted in days, so a change of clocks cannot
 * move a check-in to another day.
 */

/** A response already given, by the check-in it answers. */
export interface CheckInAnswer {
  instrument: InstrumentId;
  occasion: CheckInOccasion;
  dueOn: CalendarDate;
}

/**
 * - answered: a response for it exists (whenever it came);
 * - due: open today, from its due day to its last day (expiresOn), both included;
 * - expired: unanswered and past its last day;
 * - upcoming: its due day is still ahead.
 */
export type CheckInState = "answered" | "due" | "expired" | "upcoming";

export interface CheckIn extends CheckInAnswer {
  /** The last day it can be answered: the due day and the days after it, `expiresAfterDays` in all. */
  expiresOn: CalendarDate;
  /** The day an unanswered check-in is reminded of: `remindAfterDays` after the due day. */
  remindOn: CalendarDate;
  state: CheckInState;
}

/** The dates of one enrollment the cadence is read from, in the program's calendar. */
export interface CheckInEnrollment {
  /** The admission day: intake check-ins are due on it, and weeks are counted from it. */
  admittedOn: CalendarDate;
  /** The last day in the program once discharged (the discharge check-ins' day); null while in care. */
  dischargedOn: CalendarDate | null;
  /** The stretches on hold (holdSpans): a scheduled check-in due in one is not asked. */
  holds: readonly HoldSpan[];
}

export interface CheckInCadenceInput extends CheckInEnrollment {
  policy: Pick<MeasurePolicy, "schedule" | "expiresAfterDays" | "remindAfterDays">;
  responses: readonly CheckInAnswer[];
  today: CalendarDate;
  /**
   * Leave out check-ins due before this day (at the latest `today`): a reader of the last weeks
   * only (the board) need not walk a year of them per client. The ones from it on are the same as
   * without it.
   */
  since?: CalendarDate;
}

/**
 * The cadence's dates from an enrollment's history: admitted on its start, discharged on its last
 * day once it has an end (an enrollment ends only by discharge), on hold as its status history says.
 * A change of level of care is the same enrollment: it leaves the count of weeks where it was.
 */
export function checkInEnrollmentOf(history: EnrollmentHistory): CheckInEnrollment {
  return {
    admittedOn: history.startsOn,
    dischargedOn: history.endsOn === null ? null : lastDayOfEnrollment(history.endsOn),
    holds: holdSpans(history),
  };
}

function answerKey(answer: CheckInAnswer): string {
  return `${answer.instrument}|${answer.occasion}|${answer.dueOn}`;
}

/**
 * The scheduled due days of one instrument: admission + 7·everyWeeks·n days (n ≥ 1), not in a
 * hold, up to today, and the first one after today as upcoming. While in care the schedule runs
 * on; after discharge it stops at the last day, and the discharge check-in takes the place of one
 * due that very day. Weeks count from admission whatever happens in between, so a hold skips the
 * check-ins inside it without moving the ones after it.
 */
function scheduledDays(entry: MeasureScheduleEntry, enrollment: CheckInEnrollment, today: CalendarDate, since: CalendarDate | undefined): CalendarDate[] {
  if (entry.everyWeeks === null) return [];
  // measurePolicySchema refuses these; a policy that skipped it is a programming error.
  if (!Number.isInteger(entry.everyWeeks) || entry.everyWeeks < 1) throw new RangeError(`everyWeeks must be a whole number from 1: ${entry.everyWeeks}`);
  const step = 7 * entry.everyWeeks;
  const { admittedOn, dischargedOn, holds } = enrollment;
  const lastDay = dischargedOn === null ? null : entry.atDischarge ? addDays(dischargedOn, -1) : dischargedOn;
  const days: CalendarDate[] = [];
  // The first due day on or after `since`, without walking the ones before it.
  let n = since === undefined ? 1 : Math.max(1, Math.ceil(daysBetween(admittedOn, since) / step));
  for (;;) {
    const dueOn = addDays(admittedOn, step * n);
    if (lastDay !== null && dueOn > lastDay) break;
    const hold = holds.find((span) => holdCovers(span, dueOn));
    if (hold) {
      // Jump to the first due day on or after the hold's end, so a long hold costs no scanning.
      if (hold.until === null) break;
      n = Math.max(n + 1, Math.ceil(daysBetween(admittedOn, hold.until) / step));
      continue;
    }
    days.push(dueOn);
    if (dueOn > today) break;
    n += 1;
  }
  return days;
}

function stateOf(dueOn: CalendarDate, expiresOn: CalendarDate, answered: boolean, today: CalendarDate): CheckInState {
  if (answered) return "answered";
  if (today < dueOn) return "upcoming";
  return today > expiresOn ? "expired" : "due";
}

/**
 * The check-ins of one enrollment up to `today`, and the next of each instrument still ahead:
 * intake ones on the admission day, scheduled ones every `everyWeeks` weeks after it, discharge
 * ones on the last day (these two whatever the holds: only the schedule pauses). Oldest first; on
 * one day in the policy's order of instruments. Discharged on the admission day, the intake
 * check-in is the only one: the same questions are not asked twice in a day.
 */
export function checkInsFor(input: CheckInCadenceInput): CheckIn[] {
  const { policy, today, admittedOn, dischargedOn, since } = input;
  const wanted: CheckInAnswer[] = [];
  const want = (checkIn: CheckInAnswer) => {
    if (since === undefined || checkIn.dueOn >= since) wanted.push(checkIn);
  };
  const answered = new Set(input.responses.map(answerKey));
  for (const entry of policy.schedule) {
    const { instrument } = entry;
    if (entry.atIntake) want({ instrument, occasion: "intake", dueOn: admittedOn });
    for (const dueOn of scheduledDays(entry, input, today, since)) want({ instrument, occasion: "scheduled", dueOn });
    if (entry.atDischarge && dischargedOn !== null && !(entry.atIntake && dischargedOn === admittedOn)) {
      want({ instrument, occasion: "discharge", dueOn: dischargedOn });
    }
  }
  const order = new Map(policy.schedule.map((entry, index) => [entry.instrument, index]));
  wanted.sort((a, b) => (a.dueOn === b.dueOn ? (order.get(a.instrument) ?? 0) - (order.get(b.instrument) ?? 0) : a.dueOn < b.dueOn ? -1 : 1));
  return wanted.map((checkIn) => {
    const expiresOn = addDays(checkIn.dueOn, policy.expiresAfterDays - 1);
    const remindOn = addDays(checkIn.dueOn, policy.remindAfterDays);
    return { ...checkIn, expiresOn, remindOn, state: stateOf(checkIn.dueOn, expiresOn, answered.has(answerKey(checkIn)), today) };
  });
}

/** The check-ins open today: due and not yet answered. */
export function dueCheckIns(input: CheckInCadenceInput): CheckIn[] {
  return checkInsFor(input).filter((checkIn) => checkIn.state === "due");
}

/** The unanswered check-ins whose reminder falls today. */
export function checkInsToRemind(input: CheckInCadenceInput): CheckIn[] {
  return dueCheckIns(input).filter((checkIn) => checkIn.remindOn === input.today);
}
