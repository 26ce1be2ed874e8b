import { describe, expect, it } from "vitest";
import { closedBeforeStart, isAlumnus } from "./enrollment-standing";

describe("isAlumnus", () => {
  const finished = { status: "discharged", dischargeReason: "completed", started: true } as const;
  const closedReferral = { status: "discharged", dischargeReason: "administrative", started: false } as const;
  it.each([
    [[finished], true],
    [[{ status: "discharged", dischargeReason: "left_against_advice", started: true }], true],
    [[finished, { status: "active", dischargeReason: null, started: true }], false], // came back
    [[{ status: "active", dischargeReason: null, started: true }], false],
    [[closedReferral], false], // never went through the program
    [[finished, closedReferral], true], // a later referral that never started leaves them an alumnus
    [[closedReferral, { status: "referred", dischargeReason: null, started: false }], false],
    [[], false],
  ] as const)("%o → %s", (enrollments, alumnus) => {
    expect(isAlumnus(enrollments)).toBe(alumnus);
  });
});

describe("closedBeforeStart", () => {
  it("is a discharged enrollment that never started, and nothing else", () => {
    expect(closedBeforeStart({ status: "discharged", dischargeReason: "administrative", started: false })).toBe(true);
    expect(closedBeforeStart({ status: "discharged", dischargeReason: "completed", started: true })).toBe(false);
    expect(closedBeforeStart({ status: "referred", dischargeReason: null, started: false })).toBe(false);
  });
});
