import { describe, expect, it } from "vitest";
import { defaultProgramPolicy } from "./program-policy";
import { describeScheduleOptionsAgainstPolicy, scheduleOptionInputSchema, scheduleOptionViolations } from "./schedule-option-input";

const iop = defaultProgramPolicy("iop");
const evening = { name: "Evening track", shift: "evening" as const, weekdays: [1, 3, 4] as const, startTime: "18:00", endTime: "21:00" };

describe("scheduleOptionInputSchema", () => {
  it("accepts an option and sorts its days", () => {
    expect(scheduleOptionInputSchema.parse({ ...evening, weekdays: [4, 1, 3] }).weekdays).toEqual([1, 3, 4]);
  });

  it("refuses no days, a repeated day, a day 8 and an end before the start", () => {
    expect(scheduleOptionInputSchema.safeParse({ ...evening, weekdays: [] }).success).toBe(false);
    expect(scheduleOptionInputSchema.safeParse({ ...evening, weekdays: [1, 1, 3] }).success).toBe(false);
    expect(scheduleOptionInputSchema.safeParse({ ...evening, weekdays: [1, 8] }).success).toBe(false);
    const reversed = scheduleOptionInputSchema.safeParse({ ...evening, startTime: "21:00", endTime: "18:00" });
    expect(reversed.error?.issues[0]).toMatchObject({ path: ["endTime"], message: "The end time must be after the start time." });
  });
});

describe("scheduleOptionViolations", () => {
  it("finds nothing wrong with three 3-hour evenings in a 9–15 hour band", () => {
    expect(scheduleOptionViolations(evening, iop)).toEqual([]);
  });

  it("lists every reason an option breaks the band, naming the option", () => {
    const short = { ...evening, name: "Short evenings", weekdays: [1, 3] as const, startTime: "16:00", endTime: "18:00" };
    const reasons = describeScheduleOptionsAgainstPolicy([evening, short], iop);
    expect(reasons).toEqual([
      "Short evenings: The Monday session 16:00–18:00 is outside the evening track's hours (17:00–21:30).",
      "Short evenings: The Wednesday session 16:00–18:00 is outside the evening track's hours (17:00–21:30).",
      "Short evenings: The schedule has 2 days a week; the program needs at least 3 days.",
      "Short evenings: Monday has 2 h of sessions; a session day should be 3 h to 4 h.",
      "Short evenings: Wednesday has 2 h of sessions; a session day should be 3 h to 4 h.",
      "Short evenings: The week has 4 h of sessions; the program's band is 9 h to 15 h.",
    ]);
  });

  it("checks an option against a raised band", () => {
    const raised = { ...iop, weeklyMinutes: { min: 600, max: 900 } };
    expect(scheduleOptionViolations(evening, raised).map((v) => v.kind)).toEqual(["weekly_minutes_out_of_band"]);
  });
});
