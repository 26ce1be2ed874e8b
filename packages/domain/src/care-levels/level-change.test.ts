import { describe, expect, it } from "vitest";
import { careLevels } from "./care-level";
import { type CareDestination, careDestinations, classifyLevelChange, levelChangeInputSchema } from "./level-change";

describe("classifyLevelChange", () => {
  it.each([
    // from, to, direction, skipsLevels, endsEnrollment, dischargeReason
    ["outpatient", "iop", "step_up", false, false, null],
    ["iop", "php", "step_up", false, false, null],
    ["outpatient", "php", "step_up", true, false, null],
    ["php", "inpatient_referral", "step_up", false, true, "referred_to_inpatient"],
    ["iop", "inpatient_referral", "step_up", true, true, "referred_to_inpatient"],
    ["php", "iop", "step_down", false, false, null],
    ["iop", "outpatient", "step_down", false, false, null],
    ["php", "outpatient", "step_down", true, false, null],
    ["iop", "outside_outpatient", "step_down", false, true, "stepped_down_to_outside_care"],
    ["php", "outside_outpatient", "step_down", true, true, "stepped_down_to_outside_care"],
    ["outpatient", "continuing_care", "step_down", false, true, "completed"],
    ["iop", "continuing_care", "step_down", true, true, "completed"],
    ["outpatient", "outside_outpatient", "lateral", false, true, "transferred"],
    ["iop", "iop", "unchanged", false, false, null],
  ] as const)("%s → %s is %s (skips: %s, ends: %s, %s)", (from, to, direction, skipsLevels, endsEnrollment, dischargeReason) => {
    expect(classifyLevelChange(from, to)).toMatchObject({ direction, skipsLevels, endsEnrollment, dischargeReason });
  });

  it("is antisymmetric between levels run here: reversing a step up gives a step down", () => {
    for (const a of careLevels) {
      for (const b of careLevels) {
        const forward = classifyLevelChange(a, b);
        const back = classifyLevelChange(b, a);
        expect(forward.levelsMoved).toBe(back.levelsMoved);
        expect(forward.skipsLevels).toBe(back.skipsLevels);
        if (forward.direction === "step_up") expect(back.direction).toBe("step_down");
        if (a === b) expect(forward.direction).toBe("unchanged");
      }
    }
  });

  it("ends the enrollment exactly for destinations outside the product, each with a discharge reason", () => {
    for (const from of careLevels) {
      for (const to of careDestinations) {
        const change = classifyLevelChange(from, to as CareDestination);
        const outside = !(careLevels as readonly string[]).includes(to);
        expect(change.endsEnrollment).toBe(outside);
        expect(change.dischargeReason !== null).toBe(outside);
      }
    }
  });
});

describe("levelChangeInputSchema", () => {
  it("needs a destination, an effective date and a reason", () => {
    expect(levelChangeInputSchema.safeParse({ to: "php", effectiveOn: "2026-03-09", reason: "PHQ-9 rose to 21" }).success).toBe(true);
    expect(levelChangeInputSchema.safeParse({ to: "php", effectiveOn: "2026-03-09", reason: "   " }).success).toBe(false);
    expect(levelChangeInputSchema.safeParse({ to: "php", effectiveOn: "2026-02-30", reason: "x" }).success).toBe(false);
    expect(levelChangeInputSchema.safeParse({ to: "residential", effectiveOn: "2026-03-09", reason: "x" }).success).toBe(false);
  });
});
