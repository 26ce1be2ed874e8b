import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandFor, instrumentIds } from "./instrument";
import { instruments } from "./instruments";
import { describeResult, describeTrend } from "./result-wording";

describe("describeResult", () => {
  it("thanks the client and says what the answers suggest in plain words", () => {
    const band = bandFor(instruments.phq9, 12);
    if (band === null) throw new Error("no band");
    expect(describeResult({ band, safetyFlags: [] })).toBe(
      "Thank you for checking in. Your answers suggest things have been hard lately; your care team will look at them with you.",
    );
  });

  it("asks the client to reach out when a safety item was answered", () => {
    const band = bandFor(instruments.phq9, 3);
    if (band === null) throw new Error("no band");
    expect(describeResult({ band, safetyFlags: ["phq9_9"] })).toMatch(/please reach out for help right now\.$/);
  });

  it("never shows a number or a staff label, on any instrument and total", () => {
    for (const id of instrumentIds) {
      const instrument = instruments[id];
      fc.assert(
        fc.property(fc.integer(instrument.totalRange), (total) => {
          const band = bandFor(instrument, total);
          if (band === null) throw new Error("no band");
          const words = describeResult({ band, safetyFlags: [] });
          expect(words).not.toMatch(/\d/);
          expect(words).not.toContain(band.staffLabel);
        }),
      );
    }
  });
});

describe("describeTrend", () => {
  it.each([
    [[18, 12, 9], "Since you started: 18 → 9."],
    [[9, 14], "Since you started: 9 → 14."],
    [[7, 7], "Since you started: 7 → 7."],
    [[0, 3, 0], "Since you started: 0 → 0."],
  ])("%j reads %s", (totals, words) => {
    expect(describeTrend(totals)).toBe(words);
  });

  it.each([[[]], [[12]]])("has nothing to say for %j", (totals) => {
    expect(describeTrend(totals)).toBeNull();
  });
});
