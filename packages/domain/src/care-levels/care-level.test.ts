import { describe, expect, it } from "vitest";
import { type CareLevel, careLevels, compareCareLevels } from "./care-level";
import { careLevelDefinitions, weeklyMinutesBoundsOf } from "./care-level-definitions";

describe("careLevelDefinitions", () => {
  // The center's article and the regulations, in minutes.
  it.each([
    // level, weekly band, days, session-day minutes, floor, ceiling
    ["outpatient", { min: 0, max: 539 }, { min: 1, max: 1 }, { min: 45, max: 90 }, null, 539],
    ["iop", { min: 540, max: 900 }, { min: 3, max: 5 }, { min: 180, max: 240 }, 540, 1199],
    ["php", { min: 1200, max: 1800 }, { min: 5, max: 5 }, { min: 240, max: 360 }, 1200, null],
  ] as const)("%s: band %o, days %o, day minutes %o, floor %s, ceiling %s", (level, weekly, days, day, floor, ceiling) => {
    const definition = careLevelDefinitions[level];
    expect(definition.defaultWeeklyMinutes).toEqual(weekly);
    expect(definition.defaultDaysPerWeek).toEqual(days);
    expect(definition.defaultSessionDayMinutes).toEqual(day);
    expect(definition.regulatoryFloorWeeklyMinutes).toBe(floor);
    expect(definition.regulatoryCeilingWeeklyMinutes).toBe(ceiling);
  });

  it("labels IOP and PHP as the article does and describes them in its words", () => {
    expect(careLevelDefinitions.iop.label).toBe("Intensive Outpatient (IOP)");
    expect(careLevelDefinitions.php.label).toBe("Partial Hospitalization (PHP)");
    expect(careLevelDefinitions.iop.description.supportLevel).toBe("Moderate support");
    expect(careLevelDefinitions.php.description.supportLevel).toBe("Higher support, close to inpatient");
    expect(careLevelDefinitions.iop.description.bestFor).toMatch(/mild to moderate/i);
    expect(careLevelDefinitions.php.description.bestFor).toMatch(/moderate to severe/i);
    for (const level of careLevels) {
      expect(careLevelDefinitions[level].description.livingArrangement).toBe("Live at home");
      expect(careLevelDefinitions[level].level).toBe(level);
    }
  });

  it("keeps every default band inside the level's own bounds, and the levels from overlapping", () => {
    for (const level of careLevels) {
      const bounds = weeklyMinutesBoundsOf(level);
      const band = careLevelDefinitions[level].defaultWeeklyMinutes;
      expect(band.min).toBeGreaterThanOrEqual(bounds.min);
      expect(band.max).toBeLessThanOrEqual(bounds.max);
    }
    expect(weeklyMinutesBoundsOf("outpatient").max).toBeLessThan(weeklyMinutesBoundsOf("iop").min);
    expect(weeklyMinutesBoundsOf("iop").max).toBeLessThan(weeklyMinutesBoundsOf("php").min);
  });

  it("cites the regulations behind each floor", () => {
    expect(careLevelDefinitions.iop.sources).toContain("42 CFR 410.44");
    expect(careLevelDefinitions.php.sources).toContain("42 CFR 410.43(c)(1)");
  });
});

describe("compareCareLevels", () => {
  it("orders outpatient < IOP < PHP", () => {
    const shuffled: CareLevel[] = ["php", "outpatient", "iop"];
    expect([...shuffled].sort(compareCareLevels)).toEqual(["outpatient", "iop", "php"]);
    expect(compareCareLevels("iop", "iop")).toBe(0);
    expect(compareCareLevels("php", "outpatient")).toBeGreaterThan(0);
  });
});
