import { describe, expect, it } from "vitest";
import {
  canChangeEnrollmentStatus,
  checkEnrollmentStatusChange,
  enrollmentStatusChangeInputSchema,
  enrollmentStatusTransitions,
  inCareStatuses,
  isEnrollmentOpen,
  isInCare,
} from "./enrollment-lifecycle";
import { enrollmentStatuses } from "./enrollment-status";

describe("enrollment lifecycle", () => {
  it.each([
    ["referred", "intake_scheduled", true],
    ["intake_scheduled", "active", true],
    ["active", "on_hold", true],
    ["on_hold", "active", true],
    ["active", "discharged", true],
    ["on_hold", "discharged", true],
    ["referred", "discharged", true], // never started: closed
    ["referred", "active", false], // intake comes first
    ["intake_scheduled", "on_hold", false],
    ["discharged", "active", false], // readmission is a new enrollment
    ["discharged", "referred", false],
    ["active", "referred", false],
    ["active", "active", false],
  ] as const)("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canChangeEnrollmentStatus(from, to)).toBe(allowed);
  });

  it("has discharged as its only end state, reachable from every other state", () => {
    for (const status of enrollmentStatuses) {
      const next = enrollmentStatusTransitions[status];
      if (status === "discharged") expect(next).toEqual([]);
      else expect(next).toContain("discharged");
    }
  });

  it("needs a reason to discharge, and no reason otherwise", () => {
    expect(checkEnrollmentStatusChange({ from: "active", to: "discharged" })).toEqual([{ kind: "discharge_reason_required" }]);
    expect(checkEnrollmentStatusChange({ from: "active", to: "discharged", dischargeReason: "completed" })).toEqual([]);
    expect(checkEnrollmentStatusChange({ from: "active", to: "on_hold", dischargeReason: "completed" })).toEqual([
      { kind: "discharge_reason_without_discharge", to: "on_hold" },
    ]);
    expect(checkEnrollmentStatusChange({ from: "discharged", to: "active" })).toEqual([
      { kind: "transition_not_allowed", from: "discharged", to: "active", allowed: [] },
    ]);
  });

  it("the API schema demands a discharge reason only when discharging", () => {
    expect(enrollmentStatusChangeInputSchema.safeParse({ to: "discharged" }).success).toBe(false);
    expect(enrollmentStatusChangeInputSchema.safeParse({ to: "discharged", dischargeReason: "left_against_advice" }).success).toBe(true);
    expect(enrollmentStatusChangeInputSchema.safeParse({ to: "on_hold", note: "medical leave" }).success).toBe(true);
    expect(enrollmentStatusChangeInputSchema.safeParse({ to: "discharged", dischargeReason: "bored" }).success).toBe(false);
  });
});

describe("isEnrollmentOpen", () => {
  it("is true for an open episode: referred, awaiting intake, active or on hold, and false once discharged or without one", () => {
    for (const status of ["referred", "intake_scheduled", "active", "on_hold"] as const) expect(isEnrollmentOpen(status)).toBe(true);
    expect(isEnrollmentOpen("discharged")).toBe(false);
    expect(isEnrollmentOpen(null)).toBe(false);
  });
});

describe("isInCare", () => {
  it("is true while active or on hold, and only then", () => {
    expect(enrollmentStatuses.filter(isInCare)).toEqual([...inCareStatuses]);
    expect(inCareStatuses).toEqual(["active", "on_hold"]);
  });
});
