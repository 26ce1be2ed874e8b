import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  calendarDateSchema,
  daysBetween,
  earliestCalendarDate,
  isCalendarDate,
  isoWeekdayOf,
  latestCalendarDate,
  mondayOf,
} from "./calendar-date";
import { isWallClockTime, minutesSinceMidnight, timeWindowSchema, wallClockFromMinutes } from "./wall-clock-time";

describe("calendar dates", () => {
  it.each([
    ["2026-03-08", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-3-8", false],
    ["2026-03-08T00:00", false],
  ])("%s is a date: %s", (value, valid) => {
    expect(isCalendarDate(value)).toBe(valid);
    expect(calendarDateSchema.safeParse(value).success).toBe(valid);
  });

  it("takes dates from 1900 to 2100, both ends included, and refuses the far ones in plain words", () => {
    const messages = (value: string) => calendarDateSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
    expect([earliestCalendarDate, latestCalendarDate]).toEqual(["1900-01-01", "2100-12-31"]);
    for (const date of ["1900-01-01", "1950-06-15", "2026-03-08", "2100-12-31"]) expect(messages(date)).toEqual([]);
    for (const date of ["1899-12-31", "2101-01-01", "9999-12-31", "1000-01-01"]) {
      expect(messages(date)).toEqual(["Choose a date between 1900 and 2100."]);
    }
    // Year 0000 is no date at all (Date.UTC would read it as 1900), nor is a six-digit year.
    for (const date of ["0000-01-01", "0000-00-00", "+010000-01-01", "10000-01-01"]) {
      expect(messages(date)).toEqual(["Enter a date as YYYY-MM-DD."]);
    }
  });

  it("knows the weekday and Monday of a date", () => {
    expect(isoWeekdayOf("2026-03-08")).toBe(7);
    expect(isoWeekdayOf("2026-03-09")).toBe(1);
    expect(mondayOf("2026-03-08")).toBe("2026-03-02");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(daysBetween("2026-03-01", "2026-11-01")).toBe(245);
  });

  it("adding days and measuring the distance agree (property)", () => {
    const date = fc.integer({ min: 0, max: 3650 }).map((n) => addDays("2020-01-01", n));
    fc.assert(
      fc.property(date, fc.integer({ min: -800, max: 800 }), (start, n) => {
        const end = addDays(start, n);
        expect(daysBetween(start, end)).toBe(n);
        expect(isCalendarDate(end)).toBe(true);
        expect(isoWeekdayOf(mondayOf(end))).toBe(1);
        expect(daysBetween(mondayOf(end), end)).toBe(isoWeekdayOf(end) - 1);
      }),
    );
  });
});

describe("wall-clock times", () => {
  it.each([
    ["00:00", 0],
    ["08:00", 480],
    ["21:30", 1290],
    ["23:59", 1439],
    ["24:00", null],
    ["9:00", null],
    ["09:60", null],
  ])("%s → %s minutes", (time, minutes) => {
    expect(minutesSinceMidnight(time)).toBe(minutes);
    expect(isWallClockTime(time)).toBe(minutes !== null);
  });

  it("round-trips minutes and text", () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 7) {
      expect(minutesSinceMidnight(wallClockFromMinutes(minutes))).toBe(minutes);
    }
    expect(() => wallClockFromMinutes(1440)).toThrow(RangeError);
  });

  it("a time window must end after it starts", () => {
    expect(timeWindowSchema.safeParse({ start: "08:00", end: "13:00" }).success).toBe(true);
    expect(timeWindowSchema.safeParse({ start: "13:00", end: "13:00" }).success).toBe(false);
  });
});
