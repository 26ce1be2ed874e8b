import type { StaffOutputs } from "@stepwise/api/staff";

/** One level-of-care assessment as staff read it: ratings, recommendation with reasons in words, decision. */
export type StaffAssessment = StaffOutputs["levelOfCare"]["assessments"][number];
