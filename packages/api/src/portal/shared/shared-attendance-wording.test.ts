import { describe, expect, it } from "vitest";
import { describeSharedDaysAttended, describeSharedWeekHours } from "./shared-attendance-wording";

const iopBand = { min: 540, max: 900 };
const week = { firstName: "Alex", daysAttended: 2, weeklyMinutes: iopBand, hasBand: true, isThisWeek: false };

describe("describeSharedWeekHours", () => {
  it("reads hours against the planned band, in the client's own rounding", () => {
    expect(describeSharedWeekHours({ ...week, minutes: 12 * 60 + 20 })).toBe("Alex attended 12 hours of the planned 9–15 that week.");
    expect(describeSharedWeekHours({ ...week, minutes: 7 * 60 + 45, isThisWeek: true })).toBe(
      "Alex has attended 7½ hours of the planned 9–15 so far this week.",
    );
  });

  it("says more than planned without alarm, and a short week without judgement", () => {
    expect(describeSharedWeekHours({ ...week, minutes: 16 * 60 })).toBe("Alex attended 16 hours that week, more than the planned 9–15.");
    const short = describeSharedWeekHours({ ...week, minutes: 3 * 60 });
    expect(short).toBe("Alex attended 3 hours of the planned 9–15 that week.");
    expect(short).not.toMatch(/miss|behind|fail|warning|only/i);
  });

  it("says when nothing is recorded", () => {
    expect(describeSharedWeekHours({ ...week, minutes: 0 })).toBe("No hours were recorded for Alex that week.");
    expect(describeSharedWeekHours({ ...week, minutes: 20, isThisWeek: true })).toBe("No hours are recorded for Alex yet this week.");
  });

  it("leaves out the band for a level without one", () => {
    expect(describeSharedWeekHours({ ...week, minutes: 60, hasBand: false, weeklyMinutes: { min: 0, max: 539 } })).toBe(
      "Alex attended 1 hour that week.",
    );
  });
});

describe("describeSharedDaysAttended", () => {
  it("counts days by name", () => {
    expect(describeSharedDaysAttended({ ...week, daysAttended: 1 })).toBe("Alex joined sessions on 1 day that week.");
    expect(describeSharedDaysAttended({ ...week, daysAttended: 3, isThisWeek: true })).toBe("Alex has joined sessions on 3 days so far this week.");
    expect(describeSharedDaysAttended({ ...week, daysAttended: 0, isThisWeek: true })).toBe("No days recorded yet this week.");
  });
});
