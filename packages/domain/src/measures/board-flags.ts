import type { ComplianceFlag } from "../attendance/compliance-flags";
import { type CalendarDate, addDays } from "../time/calendar-date";
import { changeFromBaseline } from "./change";
import type { CheckIn } from "./check-in-cadence";
import type { InstrumentId } from "./instrument";
import { instruments } from "./instruments";

/** How long an expired check-in still shows on the board: a week, then the next one speaks. */
const expiredShownForDays = 7;

/**
 * The earliest due day overdueCheckIns can speak of: a check-in due before it has expired more
 * than a week ago. The board reads the cadence from here (checkInsFor's `since`).
 */
export function overdueCheckInsSince(today: CalendarDate, policy: { expiresAfterDays: number }): CalendarDate {
  return addDays(today, -(expiredShownForDays + policy.expiresAfterDays));
}

/**
 * The check-ins staff should chase: open past their reminder day, or expired unanswered within the
 * last week. The instruments' short names, once each, in the order of the check-ins.
 */
export function overdueCheckIns(checkIns: readonly CheckIn[], today: CalendarDate): string[] {
  const overdue = checkIns.filter(
    (checkIn) =>
      (checkIn.state === "due" && checkIn.remindOn <= today) ||
      (checkIn.state === "expired" && checkIn.expiresOn >= addDays(today, -expiredShownForDays)),
  );
  return [...new Set(overdue.map((checkIn) => instruments[checkIn.instrument].shortName))];
}

/**
 * The board's flags from measurement-based care: an open safety alert (above every other flag,
 * see compliance-urgency.ts) and check-ins left unanswered.
 */
export function measureFlags(input: { openAlerts: readonly { overdue: boolean }[]; overdueInstruments: readonly string[] }): ComplianceFlag[] {
  const flags: ComplianceFlag[] = [];
  if (input.openAlerts.length > 0) {
    flags.push({ kind: "safety_alert_open", count: input.openAlerts.length, overdue: input.openAlerts.some((alert) => alert.overdue) });
  }
  if (input.overdueInstruments.length > 0) flags.push({ kind: "check_in_overdue", instruments: input.overdueInstruments });
  return flags;
}

/** The latest score of an instrument as the board shows it, with its change since the baseline. */
export interface BoardScore {
  instrument: InstrumentId;
  shortName: string;
  latest: number;
  bandLabel: string;
  /** latest − baseline, null with one response only. */
  change: number | null;
  /** Whether the change is more than noise (reliable change), and which way; null when not. */
  reliably: "better" | "worse" | null;
}

/** PHQ-9 and GAD-7: the scores the board has columns for. */
export const boardInstruments: readonly InstrumentId[] = ["phq9", "gad7"];

/** The board's scores for one enrollment, from its first and latest totals per instrument. */
export function boardScores(summaries: readonly { instrument: InstrumentId; baseline: number; latest: number; latestBandKey: string; count: number }[]): BoardScore[] {
  return boardInstruments.flatMap((id) => {
    const summary = summaries.find((candidate) => candidate.instrument === id);
    if (!summary) return [];
    const instrument = instruments[id];
    const change = summary.count > 1 ? changeFromBaseline(instrument, summary.baseline, summary.latest) : null;
    return [
      {
        instrument: id,
        shortName: instrument.shortName,
        latest: summary.latest,
        bandLabel: instrument.bands.find((band) => band.key === summary.latestBandKey)?.staffLabel ?? summary.latestBandKey,
        change: change?.difference ?? null,
        reliably: change?.reliableImprovement ? "better" : change?.reliableDeterioration ? "worse" : null,
      },
    ];
  });
}
