import type { Instrument } from "./instrument";

/**
 * AUDIT-C (the three consumption questions of the WHO AUDIT): 3 items 0–4, each with choices of
 * its own. A positive screen is ≥ 4 for men and ≥ 3 for women. No reliable change is defined.
 */
export const auditc: Instrument = {
  id: "auditc",
  version: "1",
  name: "Alcohol Use Disorders Identification Test – Consumption",
  shortName: "AUDIT-C",
  clientTitle: "Drinking alcohol",
  instructions: "Please answer these questions about your use of alcoholic beverages during the past year.",
  // Panel 72109-2: HL7/fhir-us-mcc, input/pagecontent/table_of_loinc_panel_codes.md.
  // Total 75626-2 "Total score [AUDIT-C]": HL7LT/ig-lt-lifestyle, input/fsh/lifestyle/audit-c.fsh.
  loincPanel: "72109-2",
  loincTotal: "75626-2",
  items: [
    {
      id: "auditc_1",
      number: 1,
      text: "How often do you have a drink containing alcohol?",
      loinc: null,
      options: [
        { score: 0, label: "Never" },
        { score: 1, label: "Monthly or less" },
        { score: 2, label: "2 to 4 times a month" },
        { score: 3, label: "2 to 3 times a week" },
        { score: 4, label: "4 or more times a week" },
      ],
    },
    {
      id: "auditc_2",
      number: 2,
      text: "How many drinks containing alcohol do you have on a typical day when you are drinking?",
      loinc: null,
      options: [
        { score: 0, label: "1 or 2" },
        { score: 1, label: "3 or 4" },
        { score: 2, label: "5 or 6" },
        { score: 3, label: "7, 8, or 9" },
        { score: 4, label: "10 or more" },
      ],
    },
    {
      id: "auditc_3",
      number: 3,
      text: "How often do you have six or more drinks on one occasion?",
      loinc: null,
      options: [
        { score: 0, label: "Never" },
        { score: 1, label: "Less than monthly" },
        { score: 2, label: "Monthly" },
        { score: 3, label: "Weekly" },
        { score: 4, label: "Daily or almost daily" },
      ],
    },
  ],
  options: [],
  totalRange: { min: 0, max: 12 },
  // The cut-off differs by sex, so the bands follow both: below both, at the women's only, above both.
  bands: [
    { key: "below_cut_off", min: 0, max: 2, staffLabel: "Below screening cut-off", clientWords: "your drinking has been on the low-risk side" },
    {
      key: "at_womens_cut_off",
      min: 3,
      max: 3,
      staffLabel: "At the cut-off for women, below it for men",
      clientWords: "a talk about drinking could help",
    },
    { key: "above_cut_off", min: 4, max: 12, staffLabel: "Above screening cut-off", clientWords: "a talk about drinking could help" },
  ],
  // When sex is not recorded the lower cut-off is used: a missed screen costs more than an extra
  // conversation, and a positive screen only ever leads to a closer look.
  caseness: { kind: "by-sex", atLeast: { male: 4, female: 3 }, whenUnknown: 3 },
  reliableChange: null,
  responseDrop: 0.5,
  remissionBelow: null,
  safetyItems: [],
};
