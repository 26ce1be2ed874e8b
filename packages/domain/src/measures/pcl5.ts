import type { Instrument } from "./instrument";

const itemTexts = [
  "Repeated, disturbing, and unwanted memories of the stressful experience?",
  "Repeated, disturbing dreams of the stressful experience?",
  "Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?",
  "Feeling very upset when something reminded you of the stressful experience?",
  "Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?",
  "Avoiding memories, thoughts, or feelings related to the stressful experience?",
  "Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?",
  "Trouble remembering important parts of the stressful experience?",
  "Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?",
  "Blaming yourself or someone else for the stressful experience or what happened after it?",
  "Having strong negative feelings such as fear, horror, anger, guilt, or shame?",
  "Loss of interest in activities that you used to enjoy?",
  "Feeling distant or cut off from other people?",
  "Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?",
  "Irritable behavior, angry outbursts, or acting aggressively?",
  "Taking too many risks or doing things that could cause you harm?",
  'Being "superalert" or watchful or on guard?',
  "Feeling jumpy or easily startled?",
  "Having difficulty concentrating?",
  "Trouble falling or staying asleep?",
];

// The provisional cut-off is published as 31–33. The top of it is taken so that a "probable PTSD"
// reading is never made on the lower, less specific end; staff still read the total itself.
const provisionalCutOff = 33;

/**
 * PCL-5 (PTSD Checklist for DSM-5, National Center for PTSD; public domain): 20 items 0–4.
 * No LOINC code was found in a source for it, so none is given.
 */
export const pcl5: Instrument = {
  id: "pcl5",
  version: "1",
  name: "PTSD Checklist for DSM-5",
  shortName: "PCL-5",
  clientTitle: "After a very stressful experience",
  instructions: "In the past month, how much were you bothered by:",
  loincPanel: null,
  loincTotal: null,
  items: itemTexts.map((text, index) => ({ id: `pcl5_${index + 1}`, number: index + 1, text, loinc: null })),
  options: [
    { score: 0, label: "Not at all" },
    { score: 1, label: "A little bit" },
    { score: 2, label: "Moderately" },
    { score: 3, label: "Quite a bit" },
    { score: 4, label: "Extremely" },
  ],
  totalRange: { min: 0, max: 80 },
  bands: [
    {
      key: "below_cut_off",
      min: 0,
      max: provisionalCutOff - 1,
      staffLabel: "Below provisional PTSD cut-off",
      clientWords: "stressful memories have not been weighing on you much lately",
    },
    {
      key: "above_cut_off",
      min: provisionalCutOff,
      max: 80,
      staffLabel: "At or above provisional PTSD cut-off",
      clientWords: "stressful memories have been weighing on you lately",
    },
  ],
  caseness: { kind: "fixed", atLeast: provisionalCutOff },
  // A 5–10 point change is called reliable and 10–20 clinically meaningful; the top of the
  // reliable range is taken so that a change is only called reliable when it clearly is.
  reliableChange: 10,
  responseDrop: 0.5,
  remissionBelow: null,
  safetyItems: [],
};
