import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeDaysAttended, describePastWeekHours, describeSessionsLeft, formatHoursPhrase } from "./hours-wording";
import { defaultProgramPolicy } from "./program-policy";

const iop = defaultProgramPolicy("iop");
const outpatient = defaultProgramPolicy("outpatient");

describe("describePastWeekHours", () => {
  it.each([
    [iop, 720, "You attended 12 hours of your 9–15 that week."],
    [iop, 330, "You attended 5½ hours of your 9–15 that week."],
    [iop, 60, "You attended 1 hour of your 9–15 that week."],
    [iop, 960, "You attended 16 hours that week, more than your planned 9–15."],
    [iop, 0, "No hours were recorded that week."],
    [outpatient, 60, "You attended 1 hour that week."],
  ])("%o, %i minutes → %s", (policy, minutes, words) => {
    expect(describePastWeekHours({ minutes, policy })).toBe(words);
  });

  it("never shames, whatever the hours (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (minutes) => {
        expect(describePastWeekHours({ minutes, policy: iop })).not.toMatch(/warning|missed|fail|behind|only|short/i);
      }),
    );
  });
});

describe("describeDaysAttended", () => {
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
    [89, "1 hour"],
    [90, "1½ hours"],
    [180, "3 hours"],
  ])("%i minutes → %s", (minutes, words) => {
    expect(formatHoursPhrase(minutes)).toBe(words);
  });
});
