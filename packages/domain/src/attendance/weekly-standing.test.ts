import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weekInProgressStanding, weeklyStanding } from "./weekly-standing";

const iop = { weeklyMinutes: { min: 540, max: 900 } };

describe("weekInProgressStanding", () => {
  it.each([
    { minutes: 0, remaining: 540, expected: "on_track" },
    { minutes: 360, remaining: 180, expected: "on_track" },
    { minutes: 360, remaining: 179, expected: "under_floor" },
    { minutes: 0, remaining: 0, expected: "under_floor" },
    { minutes: 540, remaining: 0, expected: "within_band" },
    { minutes: 901, remaining: 0, expected: "over_band" },
  ])("$minutes min so far and $remaining still scheduled: $expected", ({ minutes, remaining, expected }) => {
    expect(weekInProgressStanding(minutes, remaining, iop)).toBe(expected);
  });

  it("differs from the plain standing only by calling a reachable shortfall on track", () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(2000), (minutes, remaining) => {
        const plain = weeklyStanding(minutes, iop);
        const inProgress = weekInProgressStanding(minutes, remaining, iop);
        if (inProgress === "on_track") expect(plain === "under_floor" && minutes + remaining >= 540).toBe(true);
        else expect(inProgress).toBe(plain);
      }),
    );
  });
});
