import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandFor, instrumentIds, optionsFor } from "./instrument";
import { instruments } from "./instruments";

const all = instrumentIds.map((id) => instruments[id]);

describe("instruments", () => {
  it.each([
    ["phq9", 9, 0, 27],
    ["gad7", 7, 0, 21],
    ["pcl5", 20, 0, 80],
    ["auditc", 3, 0, 12],
  ] as const)("%s has %i items and totals %i–%i", (id, count, min, max) => {
    const instrument = instruments[id];
    expect(instrument.id).toBe(id);
    expect(instrument.items).toHaveLength(count);
    expect(instrument.totalRange).toEqual({ min, max });
    const highest = instrument.items.reduce((sum, item) => sum + Math.max(...optionsFor(instrument, item).map((o) => o.score)), 0);
    expect(highest).toBe(max);
  });

  it.each(all)("$shortName item ids are <id>_<number>, in order", (instrument) => {
    instrument.items.forEach((item, index) => {
      expect(item.id).toBe(`${instrument.id}_${index + 1}`);
      expect(item.number).toBe(index + 1);
    });
  });

  it.each(all)("$shortName bands cover its range in order with no gap or overlap", (instrument) => {
    expect(instrument.bands[0]?.min).toBe(instrument.totalRange.min);
    expect(instrument.bands.at(-1)?.max).toBe(instrument.totalRange.max);
    for (let i = 1; i < instrument.bands.length; i++) {
      expect(instrument.bands[i]?.min).toBe((instrument.bands[i - 1]?.max ?? Number.NaN) + 1);
    }
  });

  it.each(all)("$shortName: every total in range falls in exactly one band, and bands rise with the total", (instrument) => {
    const { min, max } = instrument.totalRange;
    fc.assert(
      fc.property(fc.integer({ min, max }), fc.integer({ min, max }), (a, b) => {
        expect(instrument.bands.filter((band) => a >= band.min && a <= band.max)).toHaveLength(1);
        const indexOf = (total: number) => instrument.bands.findIndex((band) => band === bandFor(instrument, total));
        if (a <= b) expect(indexOf(a)).toBeLessThanOrEqual(indexOf(b));
      }),
    );
    expect(bandFor(instrument, max + 1)).toBeNull();
    expect(bandFor(instrument, min - 1)).toBeNull();
  });

  it.each([
    ["phq9", 0, "minimal"],
    ["phq9", 4, "minimal"],
    ["phq9", 5, "mild"],
    ["phq9", 9, "mild"],
    ["phq9", 10, "moderate"],
    ["phq9", 14, "moderate"],
    ["phq9", 15, "moderately_severe"],
    ["phq9", 19, "moderately_severe"],
    ["phq9", 20, "severe"],
    ["phq9", 27, "severe"],
    ["gad7", 0, "minimal"],
    ["gad7", 4, "minimal"],
    ["gad7", 5, "mild"],
    ["gad7", 9, "mild"],
    ["gad7", 10, "moderate"],
    ["gad7", 14, "moderate"],
    ["gad7", 15, "severe"],
    ["gad7", 21, "severe"],
    ["pcl5", 0, "below_cut_off"],
    ["pcl5", 32, "below_cut_off"],
    ["pcl5", 33, "above_cut_off"],
    ["pcl5", 80, "above_cut_off"],
    ["auditc", 0, "below_cut_off"],
    ["auditc", 2, "below_cut_off"],
    ["auditc", 3, "at_womens_cut_off"],
    ["auditc", 4, "above_cut_off"],
    ["auditc", 12, "above_cut_off"],
  ] as const)("%s total %i is %s", (id, total, key) => {
    expect(bandFor(instruments[id], total)?.key).toBe(key);
  });

  it.each(all)("$shortName client words name no label and no number", (instrument) => {
    for (const band of instrument.bands) {
      expect(band.clientWords).not.toMatch(/\d|severe|moderate|mild|minimal|ptsd|disorder|case/i);
    }
  });

  it.each(all)("$shortName title for clients names what it asks about, never a disorder", (instrument) => {
    expect(instrument.clientTitle).not.toMatch(/disorder|ptsd|dsm|depress|anxiety|questionnaire|test|\d/i);
    expect(instrument.clientTitle.length).toBeGreaterThan(5);
  });

  it("carries the LOINC codes from DOMAIN.md and the sources found, and no others", () => {
    expect([instruments.phq9.loincPanel, instruments.phq9.loincTotal]).toEqual(["44249-1", "44261-6"]);
    expect(instruments.phq9.items.map((item) => item.loinc)).toEqual([null, null, null, null, null, null, null, null, "44260-8"]);
    expect([instruments.gad7.loincPanel, instruments.gad7.loincTotal]).toEqual(["69737-5", "70274-6"]);
    expect([instruments.auditc.loincPanel, instruments.auditc.loincTotal]).toEqual(["72109-2", "75626-2"]);
    expect([instruments.pcl5.loincPanel, instruments.pcl5.loincTotal]).toEqual([null, null]);
  });

  it("offers PHQ-9 and GAD-7 the published frequency choices, PCL-5 its five, AUDIT-C per item", () => {
    const labels = (id: keyof typeof instruments) => instruments[id].options.map((o) => `${o.score} ${o.label}`);
    expect(labels("phq9")).toEqual(["0 Not at all", "1 Several days", "2 More than half the days", "3 Nearly every day"]);
    expect(labels("gad7")).toEqual(labels("phq9"));
    expect(labels("pcl5")).toEqual(["0 Not at all", "1 A little bit", "2 Moderately", "3 Quite a bit", "4 Extremely"]);
    for (const item of instruments.auditc.items) expect(item.options?.map((o) => o.score)).toEqual([0, 1, 2, 3, 4]);
  });
});
