import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeFromBaseline } from "./change";
import { instruments } from "./instruments";
import { percentOf, programOutcomes, ratioInTenths } from "./outcomes";

const noCheckIns = { due: 0, answered: 0 };

describe("ratioInTenths and percentOf", () => {
  it.each([
    [1, 3, 0.3],
    [2, 3, 0.7],
    [-7, 2, -3.5],
    [-1, 4, -0.3],
    [1, 4, 0.3],
    [-9, 4, -2.3],
    [9, 4, 2.3],
    [1, 20, 0.1],
    [-1, 20, -0.1],
    [5, 0, null],
  ] as const)("%i / %i is %s (halves away from zero)", (numerator, denominator, expected) => {
    expect(ratioInTenths(numerator, denominator)).toBe(expected);
  });

  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [1, 1, 100],
    [0, 7, 0],
    [0, 0, null],
  ] as const)("%i of %i is %s %", (part, whole, expected) => {
    expect(percentOf(part, whole)).toBe(expected);
  });
});

describe("programOutcomes", () => {
  it("counts each client once as changeFromBaseline classifies them", () => {
    const clients = [
      { baseline: 18, latest: 9 }, // reliable improvement, response, recovery
      { baseline: 15, latest: 4 }, // improvement, response, remission, recovery
      { baseline: 12, latest: 24 }, // reliable deterioration
      { baseline: 9, latest: 3 }, // improvement, response, remission; not a case at baseline
    ];
    expect(programOutcomes(instruments.phq9, clients, { due: 12, answered: 9 })).toEqual({
      clientsWithBaselineAndFollowUp: 4,
      meanChange: -3.5,
      reliableImprovement: 75,
      reliableDeterioration: 25,
      remission: 50,
      reliableRecovery: 66.7,
      responseRate: 75,
      completionRate: 75,
    });
  });

  it.each([
    // PHQ-9: reliable change 6; remission under 5; response a drop of half.
    [{ baseline: 16, latest: 10 }, { reliableImprovement: 100, responseRate: 0, remission: 0 }],
    [{ baseline: 16, latest: 11 }, { reliableImprovement: 0, responseRate: 0, remission: 0 }],
    [{ baseline: 16, latest: 8 }, { reliableImprovement: 100, responseRate: 100, remission: 0 }],
    [{ baseline: 16, latest: 9 }, { reliableImprovement: 100, responseRate: 0, remission: 0 }],
    [{ baseline: 8, latest: 4 }, { reliableImprovement: 0, responseRate: 100, remission: 100 }],
    [{ baseline: 8, latest: 5 }, { reliableImprovement: 0, responseRate: 0, remission: 0 }],
    [{ baseline: 4, latest: 10 }, { reliableImprovement: 0, responseRate: 0, remission: 0, reliableDeterioration: 100 }],
  ] as const)("PHQ-9 %j at the thresholds' edges: %j", (client, expected) => {
    expect(programOutcomes(instruments.phq9, [client], noCheckIns)).toMatchObject(expected);
  });

  it("has no remission share for PCL-5 and no reliable change or recovery for AUDIT-C, only a response rate", () => {
    const pcl5 = programOutcomes(instruments.pcl5, [{ baseline: 50, latest: 20 }], noCheckIns);
    expect([pcl5.remission, pcl5.reliableImprovement, pcl5.responseRate]).toEqual([null, 100, 100]);
    const auditc = programOutcomes(instruments.auditc, [{ baseline: 8, latest: 3, sex: "female" }], noCheckIns);
    expect(auditc).toMatchObject({ reliableImprovement: null, reliableDeterioration: null, remission: null, reliableRecovery: null, responseRate: 100 });
  });

  it("says null, not 0, where nobody is counted", () => {
    expect(programOutcomes(instruments.phq9, [], noCheckIns)).toEqual({
      clientsWithBaselineAndFollowUp: 0,
      meanChange: null,
      reliableImprovement: null,
      reliableDeterioration: null,
      remission: null,
      reliableRecovery: null,
      responseRate: null,
      completionRate: null,
    });
    // Nobody a case at baseline: no one could recover, which is not a recovery rate of 0.
    expect(programOutcomes(instruments.phq9, [{ baseline: 6, latest: 2 }], { due: 3, answered: 0 })).toMatchObject({
      reliableRecovery: null,
      completionRate: 0,
    });
  });

  it("agrees with changeFromBaseline client by client, and keeps every share between 0 and 100", () => {
    const phq9 = instruments.phq9;
    const total = fc.integer({ min: 0, max: 27 });
    fc.assert(
      fc.property(fc.array(fc.record({ baseline: total, latest: total }), { minLength: 1, maxLength: 30 }), (clients) => {
        const outcomes = programOutcomes(phq9, clients, noCheckIns);
        const changes = clients.map((c) => changeFromBaseline(phq9, c.baseline, c.latest));
        const improved = changes.filter((c) => c.reliableImprovement).length;
        expect(outcomes.reliableImprovement).toBe(percentOf(improved, clients.length));
        const mean = changes.reduce((sum, c) => sum + c.difference, 0) / clients.length;
        expect(Math.abs((outcomes.meanChange ?? NaN) - mean)).toBeLessThanOrEqual(0.05 + 1e-9);
        for (const share of [outcomes.reliableImprovement, outcomes.reliableDeterioration, outcomes.remission, outcomes.responseRate]) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
