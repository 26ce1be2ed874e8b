import { describe, expect, it } from "vitest";
import { enrollmentStatuses } from "../enrollment/enrollment-status";
import { closedReferralNextStep, describeProgramProgress, enrollmentNextStep, formatExpectedLength, programWeekOf } from "./plan-wording";

describe("formatExpectedLength", () => {
  it.each([
    [8, "about 8 weeks"],
    [1, "about 1 week"],
  ])("%i → %s", (weeks, words) => {
    expect(formatExpectedLength(weeks)).toBe(words);
  });
});

describe("programWeekOf", () => {
  it.each([
    ["2026-03-01", null],
    ["2026-03-02", 1],
    ["2026-03-08", 1],
    ["2026-03-09", 2],
    ["2026-04-27", 9],
  ])("started 2026-03-02, on %s → week %s", (today, week) => {
    expect(programWeekOf("2026-03-02", today)).toBe(week);
  });
});

describe("describeProgramProgress", () => {
  const startsOn = "2026-03-02";

  it("says which week of the expected length the client is in", () => {
    expect(describeProgramProgress({ startsOn, today: "2026-03-18", expectedLengthWeeks: 8 })).toBe(
      "You're in week 3 of about 8 weeks.",
    );
  });

  it("states the expected length before the program starts", () => {
    expect(describeProgramProgress({ startsOn, today: "2026-02-27", expectedLengthWeeks: 8 })).toBe(
      "Your program is expected to last about 8 weeks.",
    );
  });

  it("past the expected length, reassures rather than counts down", () => {
    const words = describeProgramProgress({ startsOn, today: "2026-05-05", expectedLengthWeeks: 8 });
    expect(words).toMatch(/^You're in week 10\. /);
    expect(words).not.toMatch(/overdue|late|behind|too long|of about/i);
  });
});

describe("enrollmentNextStep", () => {
  it("explains what happens after a referral and at intake", () => {
    expect(enrollmentNextStep("referred")?.heading).toBe("We've received your referral");
    expect(enrollmentNextStep("intake_scheduled")?.paragraphs.join(" ")).toMatch(/intake/);
  });

  it("has kind words for someone with no program at all", () => {
    expect(enrollmentNextStep(null)?.heading).toMatch(/not in a program/);
  });

  it("leaves an active or finished plan to speak for itself", () => {
    expect(enrollmentNextStep("active")).toBeNull();
    expect(enrollmentNextStep("discharged")).toBeNull();
  });

  it.each(enrollmentStatuses)("never shames (%s)", (status) => {
    const words = enrollmentNextStep(status);
    const text = words ? [words.heading, ...words.paragraphs].join(" ") : "";
    expect(text).not.toMatch(/fail|missed|behind|warning|must/i);
  });
});

describe("closedReferralNextStep", () => {
  it("names the program, keeps the door open, and never says the program ended", () => {
    const words = closedReferralNextStep("Evening IOP");
    expect(words.heading).toBe("Your referral to Evening IOP is closed");
    const all = [words.heading, ...words.paragraphs].join(" ");
    expect(all).toMatch(/call us/);
    expect(all).not.toMatch(/ended|alumn|discharg/i);
  });
});
