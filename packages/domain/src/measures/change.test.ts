import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeFromBaseline } from "./change";
import { instrumentIds } from "./instrument";
import { instruments } from "./instruments";

const all = instrumentIds.map((id) => instruments[id]);

describe("changeFromBaseline", () => {
  it.each([
    // id, baseline, latest, improvement, deterioration, response, remission, recovery
    ["phq9", 18, 12, true, false, false, false, false],
    ["phq9", 18, 13, false, false, false, false, false],
    ["phq9", 18, 9, true, false, true, false, true],
    ["phq9", 15, 4, true, false, true, true, true],
    ["phq9", 12, 24, false, true, false, false, false],
    ["phq9", 8, 14, false, true, false, false, false],
    ["phq9", 9, 3, true, false, true, true, false],
    ["phq9", 10, 5, false, false, true, false, false],
    ["gad7", 12, 8, true, false, false, false, false],
    ["gad7", 12, 7, true, false, false, false, true],
    ["gad7", 10, 5, true, false, true, false, true],
    ["gad7", 10, 4, true, false, true, true, true],
    ["gad7", 5, 9, false, true, false, false, false],
    ["pcl5", 50, 40, true, false, false, null, false],
    ["pcl5", 40, 31, false, false, false, null, false],
    ["pcl5", 42, 32, true, false, false, null, true],
    ["pcl5", 30, 40, false, true, false, null, false],
  ] as const)("%s %i → %i: improvement %s, deterioration %s, response %s, remission %s, recovery %s", (id, a, b, imp, det, resp, rem, rec) => {
    expect(changeFromBaseline(instruments[id], a, b)).toEqual({
      difference: b - a,
      reliableImprovement: imp,
      reliableDeterioration: det,
      response: resp,
      remission: rem,
      reliableRecovery: rec,
    });
  });

  it("has no reliable change, remission or recovery for AUDIT-C, only a response", () => {
    expect(changeFromBaseline(instruments.auditc, 8, 3)).toEqual({
      difference: -5,
      reliableImprovement: null,
      reliableDeterioration: null,
      response: true,
      remission: null,
      reliableRecovery: null,
    });
  });

  it("never calls a baseline of 0 a response", () => {
    expect(changeFromBaseline(instruments.phq9, 0, 0).response).toBe(false);
  });

  it.each(all.filter((instrument) => instrument.reliableChange !== null))(
    "$shortName: improvement from a to b exactly when deterioration from b to a",
    (instrument) => {
      const { min, max } = instrument.totalRange;
      fc.assert(
        fc.property(fc.integer({ min, max }), fc.integer({ min, max }), (a, b) => {
          const forward = changeFromBaseline(instrument, a, b);
          const back = changeFromBaseline(instrument, b, a);
          expect(forward.reliableImprovement).toBe(back.reliableDeterioration);
          expect(forward.reliableDeterioration).toBe(back.reliableImprovement);
          expect(forward.reliableImprovement && forward.reliableDeterioration).toBe(false);
        }),
      );
    },
  );

  it.each(all.filter((instrument) => instrument.reliableChange !== null))(
    "$shortName: reliable recovery always means a case at baseline, not now, and reliable improvement",
    (instrument) => {
      const { min, max } = instrument.totalRange;
      fc.assert(
        fc.property(fc.integer({ min, max }), fc.integer({ min, max }), (a, b) => {
          const change = changeFromBaseline(instrument, a, b);
          if (change.reliableRecovery) {
            expect(change.reliableImprovement).toBe(true);
            expect(b).toBeLessThan(a);
          }
        }),
      );
    },
  );
});
