import { describe, expect, it } from "vitest";
import {
  continuingCareOf,
  crisisPlanHeadings,
  describeAlumniGroup,
  describeNextProvider,
  describeProgramEnded,
  followUpFrequencyWords,
  nextLevelWords,
} from "./continuing-care-wording";
import { dischargeReasons } from "../enrollment/enrollment-status";
import { careDestinations } from "../care-levels/level-change";

describe("continuing-care wording", () => {
  it("names the next provider and how often", () => {
    expect(describeNextProvider({ name: "Dr. Rivera", frequency: "weekly" })).toBe("You'll see Dr. Rivera once a week.");
    expect(describeNextProvider({ name: "Sam Lee, LMHC", frequency: "biweekly" })).toBe(
      "You'll see Sam Lee, LMHC every other week.",
    );
  });

  it("has words for every destination and frequency", () => {
    for (const destination of careDestinations) expect(nextLevelWords[destination].length).toBeGreaterThan(5);
    expect(Object.keys(followUpFrequencyWords).sort()).toEqual(["biweekly", "monthly", "weekly"]);
  });

  it("celebrates a completed program", () => {
    expect(describeProgramEnded("completed")).toMatch(/completed your program/);
  });

  it.each(dischargeReasons)("never tells the client how the program ended badly (%s)", (reason) => {
    expect(describeProgramEnded(reason)).not.toMatch(/against|advice|administrative|fail|left|dropped/i);
  });

  it("welcomes every alumnus to the alumni groups", () => {
    expect(describeAlumniGroup(true)).toMatch(/alumni group/);
    expect(describeAlumniGroup(false)).toMatch(/open to you/);
  });

  it("titles every part of the crisis plan", () => {
    expect(Object.keys(crisisPlanHeadings)).toEqual([
      "warningSigns",
      "copingStrategies",
      "peopleToContact",
      "professionalsToContact",
      "makingTheEnvironmentSafe",
    ]);
  });
});

describe("continuingCareOf", () => {
  const plan = {
    nextLevel: "outside_outpatient" as const,
    nextProvider: { name: "Dr. Rivera", phone: "555-010-0142", frequency: "weekly" as const },
    joinsAlumniGroup: true,
    crisisPlan: {
      warningSigns: ["Sleeping less"],
      copingStrategies: ["A walk"],
      peopleToContact: [],
      professionalsToContact: [],
      makingTheEnvironmentSafe: [],
    },
  };

  it("words a stored plan for the client: where care goes next, who to see and how often, the crisis plan", () => {
    const care = continuingCareOf({ dischargeReason: "completed", dischargePlan: plan });
    expect(care.plan).toEqual({
      nextLevel: nextLevelWords.outside_outpatient,
      nextProvider: { name: "Dr. Rivera", phone: "555-010-0142", firstAppointmentOn: null, sentence: "You'll see Dr. Rivera once a week." },
      crisisPlan: plan.crisisPlan,
    });
    expect(care.ended).toBe(describeProgramEnded("completed"));
    expect(care.alumni).toBe(describeAlumniGroup(true));
  });

  it("leaves out a stored plan that no longer parses rather than show it half right, and still welcomes the alumnus", () => {
    const broken = { ...plan, crisisPlan: { ...plan.crisisPlan, warningSigns: [] } };
    const care = continuingCareOf({ dischargeReason: "left_against_advice", dischargePlan: broken });
    expect(care.plan).toBeNull();
    expect(care.alumni).toBe(describeAlumniGroup(false));
  });
});
