import type { Instrument, ScreeningSex } from "./instrument";
import { isCase } from "./scoring";

/**
 * How a latest total compares with the baseline. Lower is better on every instrument here.
 * A field is null where the instrument defines no threshold for it.
 */
export interface ChangeFromBaseline {
  /** latest − baseline: negative is an improvement. */
  difference: number;
  reliableImprovement: boolean | null;
  reliableDeterioration: boolean | null;
  /** A drop of at least half the baseline (never from a baseline of 0). */
  response: boolean;
  remission: boolean | null;
  /** NHS Talking Therapies: a case at baseline, below the cut-off now, with reliable improvement. */
  reliableRecovery: boolean | null;
}

/** The change from a baseline total to the latest one, in the terms outcome reports use. */
export function changeFromBaseline(
  instrument: Instrument,
  baselineTotal: number,
  latestTotal: number,
  sex: ScreeningSex | null = null,
): ChangeFromBaseline {
  const difference = latestTotal - baselineTotal;
  const threshold = instrument.reliableChange;
  const reliableImprovement = threshold === null ? null : -difference >= threshold;
  const reliableDeterioration = threshold === null ? null : difference >= threshold;
  const response = baselineTotal > 0 && baselineTotal - latestTotal >= baselineTotal * instrument.responseDrop;
  const remission = instrument.remissionBelow === null ? null : latestTotal < instrument.remissionBelow;
  const reliableRecovery =
    reliableImprovement === null
      ? null
      : isCase(instrument, baselineTotal, sex) && !isCase(instrument, latestTotal, sex) && reliableImprovement;
  return { difference, reliableImprovement, reliableDeterioration, response, remission, reliableRecovery };
}
