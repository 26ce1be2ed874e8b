import { formatHoursPhrase } from "../attendance/hours-wording";
import { hoursInTenths } from "../attendance/hours-rounding";
import type { InstrumentId } from "../measures/instrument";
import { instruments } from "../measures/instruments";
import { type CalendarDate, addDays, compareCalendarDates } from "../time/calendar-date";
import type { ObjectiveMeasure, PlanObjective } from "./plan-content";

/**
 * How far along an objective is, from what the product already records: check-in scores,
 * weekly hours, or a clinician's mark. The words are for the client: what has happened, kindly,
 * never "failed" or "behind"; a target date passing only means it is "Not yet".
 */

export interface ObjectiveEvidence {
  /** Check-in totals since this plan started (the plan's window), in any order. */
  scores: readonly { instrument: InstrumentId; total: number; submittedOn: CalendarDate }[];
  /** Weeks (Monday to Sunday) since this plan started; a week still running is not complete. */
  weeks: readonly { weekStart: CalendarDate; minutes: number; complete: boolean }[];
  clinicianMarkedMetOn: CalendarDate | null;
}

export type ObjectiveState = "met" | "on_track" | "not_yet";

/** Each state as a short label, for a badge beside the detail. */
export const objectiveStateLabels: Readonly<Record<ObjectiveState, string>> = { met: "Met", on_track: "On track", not_yet: "Not yet" };

export interface ObjectiveProgress {
  state: ObjectiveState;
  /** The label and the detail as one sentence, to read on its own: "Met. Your latest PHQ-9 was 8, under 10." */
  words: string;
  /** What the record shows, for beside a badge that already says the state: "Your latest PHQ-9 was 8, under 10." */
  detail: string;
}

function progress(state: ObjectiveState, detail: string): ObjectiveProgress {
  return { state, words: `${objectiveStateLabels[state]}. ${detail}`, detail };
}

function byDate<T extends { submittedOn: CalendarDate }>(a: T, b: T): number {
  return compareCalendarDates(a.submittedOn, b.submittedOn);
}

function scoreProgress(
  measure: Extract<ObjectiveMeasure, { kind: "score_below" }>,
  targetPassed: boolean,
  evidence: ObjectiveEvidence,
  today: CalendarDate,
): ObjectiveProgress {
  const name = instruments[measure.instrument].shortName;
  const scores = evidence.scores.filter((s) => s.instrument === measure.instrument && s.submittedOn <= today).sort(byDate);
  const first = scores[0];
  const latest = scores.at(-1);
  if (!first || !latest) return progress("not_yet", `There's no ${name} check-in since this plan started yet.`);
  if (latest.total < measure.below) return progress("met", `Your latest ${name} was ${latest.total}, under ${measure.below}.`);
  if (latest.total < first.total && !targetPassed) return progress("on_track", `Your latest ${name} was ${latest.total}, down from ${first.total}.`);
  return progress("not_yet", `Your latest ${name} was ${latest.total}; the aim is under ${measure.below}.`);
}

/** How many complete weeks in a row, back from the latest complete one, pass the test. */
function trailingRun(weeks: ObjectiveEvidence["weeks"], passes: (minutes: number) => boolean): number {
  const complete = weeks.filter((week) => week.complete).sort((a, b) => compareCalendarDates(b.weekStart, a.weekStart));
  let run = 0;
  let expected = complete[0]?.weekStart;
  for (const week of complete) {
    // A week missing from the record (a hold, say) breaks the run: "weeks running" means in a row.
    if (week.weekStart !== expected || !passes(week.minutes)) break;
    run += 1;
    expected = addDays(week.weekStart, -7);
  }
  return run;
}

function hoursProgress(
  measure: Extract<ObjectiveMeasure, { kind: "weekly_hours" }>,
  targetPassed: boolean,
  evidence: ObjectiveEvidence,
): ObjectiveProgress {
  // The hours as the client is shown them (tenths, rounded down), so "Met" never sits beside a
  // week that reads as fewer hours than the target.
  const targetTenths = Math.round(measure.atLeastHours * 10);
  const run = trailingRun(evidence.weeks, (minutes) => hoursInTenths(minutes) >= targetTenths);
  const target = formatHoursPhrase(measure.atLeastHours * 60);
  const weeks = (count: number) => (count === 1 ? "1 week" : `${count} weeks`);
  const aim = measure.weeksRunning === 1 ? `${target} in a week` : `${target} a week for ${measure.weeksRunning} weeks in a row`;
  if (run >= measure.weeksRunning) return progress("met", `You attended at least ${aim}.`);
  if (run >= 1 && !targetPassed) return progress("on_track", `${weeks(run)} in a row at ${target} or more so far, of ${measure.weeksRunning}.`);
  return progress("not_yet", `The aim is ${aim}. Your care team is working on it with you.`);
}

/** Where one objective stands today, with the words the client reads beside it. */
export function objectiveProgress(objective: Pick<PlanObjective, "measure" | "targetOn">, evidence: ObjectiveEvidence, today: CalendarDate): ObjectiveProgress {
  const targetPassed = compareCalendarDates(today, objective.targetOn) > 0;
  const { measure } = objective;
  switch (measure.kind) {
    case "score_below":
      return scoreProgress(measure, targetPassed, evidence, today);
    case "weekly_hours":
      return hoursProgress(measure, targetPassed, evidence);
    case "clinician_marked":
      return evidence.clinicianMarkedMetOn !== null && evidence.clinicianMarkedMetOn <= today
        ? progress("met", "Your clinician marked this as reached.")
        : progress("not_yet", "Your clinician will mark this when you've reached it.");
  }
}
