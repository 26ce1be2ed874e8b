import { describe, expect, it } from "vitest";
import { crisisResourcesFor, nationalCrisisResources } from "./crisis-resources";
import { dischargePlanSchema } from "./discharge-plan";

describe("crisis resources", () => {
  it("lists 988, the center's 24/7 line and 911, in that order", () => {
    const resources = crisisResourcesFor({ centerName: "Quincy Center", phone: "+16175550100" });
    expect(resources.map((r) => r.phone)).toEqual(["988", "+16175550100", "911"]);
    expect(resources[0]?.name).toBe("988 Suicide & Crisis Lifeline");
    expect(resources[0]?.sms).toBe("988");
    expect(resources[1]?.name).toBe("Quincy Center 24/7 line");
  });

  it("keeps the national lines independent of any center", () => {
    expect(nationalCrisisResources.map((r) => r.id)).toEqual(["988", "911"]);
  });
});

describe("discharge plan", () => {
  const crisisPlan = {
    warningSigns: ["Not sleeping"],
    copingStrategies: ["Walk the dog"],
    peopleToContact: [{ name: "Sam", phone: "6175550111" }],
    professionalsToContact: [],
    makingTheEnvironmentSafe: [],
  };

  it("accepts a step-down to a weekly outpatient therapist with a crisis plan", () => {
    const plan = {
      nextLevel: "outside_outpatient",
      nextProvider: { name: "Dr. Rivera", frequency: "weekly", firstAppointmentOn: "2026-04-06" },
      joinsAlumniGroup: true,
      crisisPlan,
    };
    expect(dischargePlanSchema.safeParse(plan).success).toBe(true);
  });

  it("requires a crisis plan with at least one warning sign and one coping strategy", () => {
    const base = { nextLevel: "continuing_care", nextProvider: null, joinsAlumniGroup: false };
    expect(dischargePlanSchema.safeParse({ ...base, crisisPlan: { ...crisisPlan, warningSigns: [] } }).success).toBe(false);
    expect(dischargePlanSchema.safeParse(base).success).toBe(false);
    expect(dischargePlanSchema.safeParse({ ...base, crisisPlan }).success).toBe(true);
  });

  it("names where care goes next", () => {
    const { nextLevel: _nextLevel, ...withoutNextLevel } = { nextLevel: "outpatient", nextProvider: null, joinsAlumniGroup: true, crisisPlan };
    expect(dischargePlanSchema.safeParse(withoutNextLevel).success).toBe(false);
    expect(dischargePlanSchema.safeParse({ ...withoutNextLevel, nextLevel: "residential" }).success).toBe(false);
  });
});
