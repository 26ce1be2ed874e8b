import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeDaysAttended, describePastWeekHours, describeSessionsLeft, describeWeekHours, formatHoursPhrase } from "./hours-wording";
import { defaultProgramPolicy } from "../programs/program-policy";

const iop = defaultProgramPolicy("iop");
const outpatient = defaultProgramPolicy("outpatient");

describe("describePastWeekHours", () => {
  it.each([
    [iop, 720, "You attended 12 hours of your 9–15 that week."],
    [iop, 330, "You attended 5.5 hours of your 9–15 that week."],
    [iop, 60, "You attended 1 hour of your 9–15 that week."],
    [iop, 960, "You attended 16 hours that week, more than your planned 9–15."],
    [iop, 905, "You attended 15 hours that week, the top of your planned 9–15."],
    [iop, 906, "You attended 15.1 hours that week, more than your planned 9–15."],
    [iop, 0, "No hours were recorded that week."],
    [outpatient, 60, "You attended 1 hour that week."],
  ])("%o, %i minutes → %s", (policy, minutes, words) => {
    expect(describePastWeekHours({ minutes, policy })).toBe(words);
  });

  it("says more than planned only of a number that is more (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (minutes) => {
        const words = describePastWeekHours({ minutes, policy: iop });
        const shown = Number(/attended ([\d.]+) hour/.exec(words)?.[1] ?? 0);
        expect(words.includes("more than")).toBe(Math.round(shown * 10) * 6 > iop.weeklyMinutes.max);
      }),
    );
  });

  it("never shames, whatever the hours (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (minutes) => {
        expect(describePastWeekHours({ minutes, policy: iop })).not.toMatch(/warning|missed|fail|behind|only|short/i);
      }),
    );
  });
});

describe("describeWeekHours about a client, for someone they share with", () => {
  const alex = { firstName: "Alex" };
  const week = { band: { min: 540, max: 900 }, isThisWeek: false };

  it("reads hours against the planned band, in the client's own rounding", () => {
    expect(describeWeekHours({ ...week, minutes: 12 * 60 + 20 }, alex)).toBe("Alex attended 12.3 hours of the planned 9–15 that week.");
    expect(describeWeekHours({ ...week, minutes: 7 * 60 + 45, isThisWeek: true }, alex)).toBe(
      "Alex has attended 7.7 hours of the planned 9–15 so far this week.",
    );
  });

  it("says more than planned without alarm, and a short week without judgement", () => {
    expect(describeWeekHours({ ...week, minutes: 16 * 60 }, alex)).toBe("Alex attended 16 hours that week, more than the planned 9–15.");
    expect(describeWeekHours({ ...week, minutes: 3 * 60 }, alex)).toBe("Alex attended 3 hours of the planned 9–15 that week.");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.boolean(), (minutes, isThisWeek) => {
        expect(describeWeekHours({ ...week, minutes, isThisWeek }, alex)).not.toMatch(/warning|missed|fail|behind|only|short/i);
      }),
    );
  });

  it("says when nothing is recorded, and leaves out the band at a level without one", () => {
    expect(describeWeekHours({ ...week, minutes: 0 }, alex)).toBe("No hours were recorded for Alex that week.");
    expect(describeWeekHours({ ...week, minutes: 5, isThisWeek: true }, alex)).toBe("No hours are recorded for Alex yet this week.");
    expect(describeWeekHours({ minutes: 60, band: null, isThisWeek: false }, alex)).toBe("Alex attended 1 hour that week.");
  });

  it("is the client's own wording with the name in place of 'you' (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (minutes) => {
        const own = describeWeekHours({ ...week, minutes }, "you");
        expect(own).toBe(describePastWeekHours({ minutes, policy: iop }));
        expect(describeWeekHours({ ...week, minutes }, alex)).toBe(
          own.replace(/^You /, "Alex ").replace("your planned", "the planned").replace("of your", "of the planned").replace("recorded that", "recorded for Alex that"),
        );
      }),
    );
  });
});

describe("describeDaysAttended", () => {
  it.each([
    [1, "past_week", "Alex joined sessions on 1 day that week."],
    [3, "this_week", "Alex has joined sessions on 3 days so far this week."],
    [0, "this_week", "No days recorded yet this week."],
  ] as const)("about Alex: %i days, %s → %s", (days, week, words) => {
    expect(describeDaysAttended(days, week, { firstName: "Alex" })).toBe(words);
  });

  it.each([
    [0, "this_week", "No days recorded yet this week."],
    [1, "this_week", "You've joined sessions on 1 day so far this week."],
    [3, "this_week", "You've joined sessions on 3 days so far this week."],
    [0, "past_week", "No days recorded that week."],
    [4, "past_week", "You joined sessions on 4 days that week."],
  ] as const)("%i days, %s → %s", (days, week, words) => {
    expect(describeDaysAttended(days, week)).toBe(words);
  });
});

describe("describeSessionsLeft", () => {
  it.each([
    [0, null],
    [1, "1 more session is on your schedule this week."],
    [3, "3 more sessions are on your schedule this week."],
  ])("%i → %s", (sessions, words) => {
    expect(describeSessionsLeft(sessions)).toBe(words);
  });
});

describe("formatHoursPhrase", () => {
  it.each([
    [60, "1 hour"],
    [65, "1 hour"],
    [89, "1.4 hours"],
    [50, "0.8 hours"],
    [90, "1.5 hours"],
    [180, "3 hours"],
  ])("%i minutes → %s", (minutes, words) => {
    expect(formatHoursPhrase(minutes)).toBe(words);
  });
});
