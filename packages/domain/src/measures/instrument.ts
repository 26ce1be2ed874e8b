import type { IntRange } from "../common/range";

/** The standardized measures the product scores: depression, anxiety, PTSD and alcohol use. */
export type InstrumentId = "phq9" | "gad7" | "pcl5" | "auditc";

export const instrumentIds = ["phq9", "gad7", "pcl5", "auditc"] as const satisfies readonly InstrumentId[];

/** Sex as a cut-off needs it (AUDIT-C only); null when the record does not say. */
export type ScreeningSex = "female" | "male";

/** One answer a client can choose, with the points it scores, worded as published. */
export interface AnswerOption {
  score: number;
  label: string;
}

/**
 * One question as published. `options` is set only where the item has choices of its own
 * (AUDIT-C); otherwise the instrument's options apply. `loinc` is null unless a source was found.
 */
export interface InstrumentItem {
  id: string;
  number: number;
  text: string;
  loinc: string | null;
  options?: readonly AnswerOption[];
}

/**
 * A range of totals with its meaning: the key for code, the label staff read, and plain words a
 * client may read, which describe how things have been and never name or shame the person.
 */
export interface SeverityBand {
  key: string;
  min: number;
  max: number;
  staffLabel: string;
  clientWords: string;
}

/**
 * The clinical cut-off ("caseness"): a total at or above it counts as a case. AUDIT-C's cut-off
 * depends on sex, so it is kept per sex, with the one to use when sex is not known.
 */
export type CasenessCutOff =
  | { kind: "fixed"; atLeast: number }
  | { kind: "by-sex"; atLeast: Record<ScreeningSex, number>; whenUnknown: number };

/**
 * An instrument as typed data: its published wording, how it scores and what its totals mean.
 * Thresholds are null where the instrument defines none, so no rule is made up for it.
 */
export interface Instrument {
  id: InstrumentId;
  version: string;
  name: string;
  shortName: string;
  /**
   * What a client reads as its title: what the questions are about, in plain words, never the
   * name of a disorder (which reads as a label put on them).
   */
  clientTitle: string;
  instructions: string;
  loincPanel: string | null;
  loincTotal: string | null;
  items: readonly InstrumentItem[];
  options: readonly AnswerOption[];
  totalRange: IntRange;
  bands: readonly SeverityBand[];
  caseness: CasenessCutOff;
  /** The smallest change in total that is more than measurement noise; null where none is defined. */
  reliableChange: number | null;
  /** Response: the total fell by at least this share of the baseline (0.5 = half). */
  responseDrop: number;
  /** Remission: a total below this; null where the instrument defines none. */
  remissionBelow: number | null;
  /** Items where any answer above 0 raises a safety flag for staff at once, whatever the total. */
  safetyItems: readonly string[];
}

/** The choices for an item: its own where it has them, else the instrument's. */
export function optionsFor(instrument: Instrument, item: InstrumentItem): readonly AnswerOption[] {
  return item.options ?? instrument.options;
}

/** The band a total falls in, or null for a total outside the instrument's range. */
export function bandFor(instrument: Instrument, total: number): SeverityBand | null {
  return instrument.bands.find((band) => total >= band.min && total <= band.max) ?? null;
}
