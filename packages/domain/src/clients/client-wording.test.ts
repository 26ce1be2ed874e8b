import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { careLevels } from "../care-levels/care-level";
import { describeWeeklyHours, formatWeeklyBand } from "./client-wording";
import { defaultProgramPolicy } from "../programs/program-policy";

const iop = defaultProgramPolicy("iop");
const php = defaultProgramPolicy("php");

describe("describeWeeklyHours", () => {
  it.each([
    [iop, 420, "You've attended 7 hours of your 9–15 this week."],
    [iop, 450, "You've attended 7.5 hours of your 9–15 this week."],
    [iop, 60, "You've attended 1 hour of your 9–15 this week."],
    [iop, 50, "You've attended 0.8 hours of your 9–15 this week."],
    [iop, 588, "You've attended 9.8 hours of your 9–15 this week. Great work showing up for yourself."],
    [iop, 30, "You've attended 0.5 hours of your 9–15 this week."],
    [iop, 540, "You've attended 9 hours of your 9–15 this week. Great work showing up for yourself."],
    [php, 1230, "You've attended 20.5 hours of your 20–30 this week. Great work showing up for yourself."],
    [iop, 960, "You've attended 16 hours this week, more than your planned 9–15. Remember to make time to rest, too."],
    [iop, 905, "You've attended 15 hours of your 9–15 this week. Great work showing up for yourself."],
    [iop, 0, "Your plan this week is 9–15 hours. Every session you join counts, and we're glad to see you."],
  ] as const)("%#: %i minutes", (policy, minutes, text) => {
    expect(describeWeeklyHours({ minutes, policy })).toBe(text);
  });

  it("speaks to an outpatient client without a band", () => {
    const policy = defaultProgramPolicy("outpatient");
    expect(describeWeeklyHours({ minutes: 60, policy })).toBe("You've attended 1 hour this week. Nice work keeping up with your sessions.");
    expect(describeWeeklyHours({ minutes: 0, policy })).not.toMatch(/\d/);
  });

  it("never uses shaming words, whatever the hours (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...careLevels), fc.integer({ min: 0, max: 3000 }), (level, minutes) => {
        const text = describeWeeklyHours({ minutes, policy: defaultProgramPolicy(level) });
        expect(text).not.toMatch(/warning|fail|missed|behind|only|short|must|should|not enough/i);
        expect(text.length).toBeGreaterThan(20);
      }),
    );
  });

  it("never reports more hours than were attended (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 3000 }), (minutes) => {
        const text = describeWeeklyHours({ minutes, policy: iop });
        const match = /attended (\d+(?:\.\d)?) hours?\b/.exec(text);
        expect(match).not.toBeNull();
        // In whole minutes: 32.2 × 60 in floating point is 1932.0000000000002.
        const shownMinutes = Math.round(Number(match?.[1]) * 10) * 6;
        expect(shownMinutes).toBeLessThanOrEqual(minutes);
        expect(minutes - shownMinutes).toBeLessThan(6);
      }),
      { examples: [[1932]] },
    );
  });
});

describe("formatWeeklyBand", () => {
  it("writes the article's bands", () => {
    expect(formatWeeklyBand(iop)).toBe("9–15");
    expect(formatWeeklyBand(php)).toBe("20–30");
    expect(formatWeeklyBand(defaultProgramPolicy("outpatient"))).toBe("up to 9");
  });
});
