import type { Instrument } from "./instrument";
import { frequencyOptions } from "./phq9";

const itemTexts = [
  "Feeling nervous, anxious, or on edge",
  "Not being able to stop or control worrying",
  "Worrying too much about different things",
  "Trouble relaxing",
  "Being so restless that it is hard to sit still",
  "Becoming easily annoyed or irritable",
  "Feeling afraid, as if something awful might happen",
];

/**
 * GAD-7 (Generalized Anxiety Disorder scale; public domain). Caseness ≥ 8 and reliable change 4
 * as NHS Talking Therapies uses them. Remission under 5 is common practice, kept as data.
 */
export const gad7: Instrument = {
  id: "gad7",
  version: "1",
  name: "Generalized Anxiety Disorder-7",
  shortName: "GAD-7",
  clientTitle: "Feeling nervous or worried",
  instructions: "Over the last 2 weeks, how often have you been bothered by the following problems?",
  loincPanel: "69737-5",
  loincTotal: "70274-6",
  items: itemTexts.map((text, index) => ({ id: `gad7_${index + 1}`, number: index + 1, text, loinc: null })),
  options: frequencyOptions,
  totalRange: { min: 0, max: 21 },
  bands: [
    { key: "minimal", min: 0, max: 4, staffLabel: "Minimal", clientWords: "worry has been mostly manageable lately" },
    { key: "mild", min: 5, max: 9, staffLabel: "Mild", clientWords: "worry has been a little hard lately" },
    { key: "moderate", min: 10, max: 14, staffLabel: "Moderate", clientWords: "worry has been hard lately" },
    { key: "severe", min: 15, max: 21, staffLabel: "Severe", clientWords: "worry has been very hard lately" },
  ],
  caseness: { kind: "fixed", atLeast: 8 },
  reliableChange: 4,
  responseDrop: 0.5,
  remissionBelow: 5,
  safetyItems: [],
};
