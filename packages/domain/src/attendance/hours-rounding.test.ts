import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatHours, hoursInTenths, hoursNoun, hoursShow, hoursShownOver } from "./hours-rounding";

describe("formatHours: the one rounding rule both apps show", () => {
  it.each([
    [0, "0"],
    [5, "0"],
    [6, "0.1"],
    [50, "0.8"], // a 50-minute session: not "½", not "1"
    [60, "1"],
    [420, "7"],
    [588, "9.8"], // the week staff read as 9.8 h
    [539, "8.9"], // rounds down: a week short of a 9-hour floor never reads 9
    [540, "9"],
    [900, "15"],
  ])("%i minutes → %s", (minutes, text) => {
    expect(formatHours(minutes)).toBe(text);
  });

  it("never shows more than was attended, nor a tenth less", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 * 60 }), (minutes) => {
        const shown = Number(formatHours(minutes));
        expect(shown).toBeLessThanOrEqual(minutes / 60);
        expect(minutes / 60 - shown).toBeLessThan(0.1);
      }),
    );
  });

  it("reads a band's floor as reached exactly when the minutes reach it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 60 }), fc.integer({ min: 1, max: 30 }), (minutes, floorHours) => {
        expect(Number(formatHours(minutes)) >= floorHours).toBe(minutes >= floorHours * 60);
      }),
    );
  });
});

describe("hoursNoun and hoursShow", () => {
  it.each([
    [0, "hours", false],
    [50, "hours", true],
    [60, "hour", true],
    [65, "hour", true],
    [66, "hours", true],
    [120, "hours", true],
  ] as const)("%i minutes → %s, shows %s", (minutes, noun, shows) => {
    expect(hoursNoun(minutes)).toBe(noun);
    expect(hoursShow(minutes)).toBe(shows);
    expect(hoursInTenths(minutes) > 0).toBe(shows);
  });
});

describe("hoursShownOver", () => {
  it.each([
    [900, false],
    [905, false],
    [906, true],
    [960, true],
  ])("%i minutes against a 900-minute top → %s", (minutes, over) => {
    expect(hoursShownOver(minutes, 900)).toBe(over);
  });

  it("is over exactly when the number shown is more than the top (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 60, max: 2400 }), (minutes, top) => {
        expect(hoursShownOver(minutes, top)).toBe(Number(formatHours(minutes)) * 60 - top > 1e-6);
      }),
    );
  });
});
