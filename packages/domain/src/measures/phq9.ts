import type { Instrument } from "./instrument";

/** The four frequency choices shared by PHQ-9 and GAD-7, as published. */
export const frequencyOptions = [
  { score: 0, label: "Not at all" },
  { score: 1, label: "Several days" },
  { score: 2, label: "More than half the days" },
  { score: 3, label: "Nearly every day" },
] as const;

const itemTexts = [
  "Little interest or pleasure in doing things",
  "Feeling down, depressed, or hopeless",
  "Trouble falling or staying asleep, or sleeping too much",
  "Feeling tired or having little energy",
  "Poor appetite or overeating",
  "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
  "Trouble concentrating on things, such as reading the newspaper or watching television",
  "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
  "Thoughts that you would be better off dead or of hurting yourself in some way",
];

/**
 * PHQ-9 (Patient Health Questionnaire, depression; public domain). Bands, caseness (≥ 10),
 * reliable change (6) and remission (under 5) as in DOMAIN.md section 5 and NHS Talking Therapies.
 * Item 9 asks about thoughts of death or self-harm: any answer above 0 is a safety flag.
 */
export const phq9: Instrument = {
  id: "phq9",
  version: "1",
  name: "Patient Health Questionnaire-9",
  shortName: "PHQ-9",
  clientTitle: "How you've been feeling",
  instructions: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
  loincPanel: "44249-1",
  loincTotal: "44261-6",
  items: itemTexts.map((text, index) => ({
    id: `phq9_${index + 1}`,
    number: index + 1,
    text,
    // Only item 9's code is given in DOMAIN.md; the others were not looked up, so none is claimed.
    loinc: index === 8 ? "44260-8" : null,
  })),
  options: frequencyOptions,
  totalRange: { min: 0, max: 27 },
  bands: [
    { key: "minimal", min: 0, max: 4, staffLabel: "Minimal", clientWords: "things have been mostly steady lately" },
    { key: "mild", min: 5, max: 9, staffLabel: "Mild", clientWords: "things have been a little hard lately" },
    { key: "moderate", min: 10, max: 14, staffLabel: "Moderate", clientWords: "things have been hard lately" },
    { key: "moderately_severe", min: 15, max: 19, staffLabel: "Moderately severe", clientWords: "things have been very hard lately" },
    { key: "severe", min: 20, max: 27, staffLabel: "Severe", clientWords: "things have been very hard lately" },
  ],
  caseness: { kind: "fixed", atLeast: 10 },
  reliableChange: 6,
  responseDrop: 0.5,
  remissionBelow: 5,
  safetyItems: ["phq9_9"],
};
