import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./calendar-date";
import {
  instantToZonedDate,
  instantToZonedTime,
  isValidTimeZone,
  weekBounds,
  weekStartOf,
  zonedWallClockToInstant,
} from "./time-zone";
import { wallClockFromMinutes } from "./wall-clock-time";

const newYork = "America/New_York";

describe("zonedWallClockToInstant", () => {
  it.each([
    // date, time, zone, expected UTC instant
    ["2026-01-15", "18:00", newYork, "2026-01-15T23:00:00.000Z"], // EST, UTC-5
    ["2026-07-15", "18:00", newYork, "2026-07-15T22:00:00.000Z"], // EDT, UTC-4
    ["2026-03-07", "18:00", newYork, "2026-03-07T23:00:00.000Z"], // day before spring forward
    ["2026-03-08", "18:00", newYork, "2026-03-08T22:00:00.000Z"], // spring-forward day, evening
    ["2026-03-08", "01:59", newYork, "2026-03-08T06:59:00.000Z"], // last minute of EST
    ["2026-03-08", "03:00", newYork, "2026-03-08T07:00:00.000Z"], // first minute of EDT
    ["2026-10-31", "18:00", newYork, "2026-10-31T22:00:00.000Z"], // day before fall back
    ["2026-11-01", "18:00", newYork, "2026-11-01T23:00:00.000Z"], // fall-back day, evening
    ["2026-11-01", "00:30", newYork, "2026-11-01T04:30:00.000Z"],
    ["2026-11-01", "03:00", newYork, "2026-11-01T08:00:00.000Z"],
    ["2026-06-01", "09:00", "UTC", "2026-06-01T09:00:00.000Z"],
    ["2026-06-01", "09:00", "Asia/Kolkata", "2026-06-01T03:30:00.000Z"],
    ["2026-01-10", "09:00", "Pacific/Auckland", "2026-01-09T20:00:00.000Z"], // NZDT, UTC+13
    ["2026-03-08", "09:00", "America/Phoenix", "2026-03-08T16:00:00.000Z"], // no DST
  ])("%s %s in %s is %s", (date, time, zone, expected) => {
    expect(zonedWallClockToInstant(date, time, zone).toISOString()).toBe(expected);
  });

  it("moves a time in the spring-forward gap forward by the gap (02:30 → 03:30 EDT)", () => {
    const instant = zonedWallClockToInstant("2026-03-08", "02:30", newYork);
    expect(instant.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(instantToZonedTime(instant, newYork)).toBe("03:30");
  });

  it("picks the first of the two 01:30s on the fall-back day (EDT)", () => {
    const instant = zonedWallClockToInstant("2026-11-01", "01:30", newYork);
    expect(instant.toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("rejects malformed input as a programming error", () => {
    expect(() => zonedWallClockToInstant("2026-02-30", "09:00", newYork)).toThrow(RangeError);
    expect(() => zonedWallClockToInstant("2026-02-01", "9:00", newYork)).toThrow(RangeError);
    expect(() => zonedWallClockToInstant("2026-02-01", "09:00", "Mars/Olympus")).toThrow(RangeError);
  });

  it("round-trips every wall-clock minute that exists (property)", () => {
    const zones = fc.constantFrom(newYork, "UTC", "Asia/Kolkata", "Pacific/Auckland", "Europe/London");
    const dates = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays("2025-01-01", n));
    const minutes = fc.integer({ min: 0, max: 24 * 60 - 1 }).map(wallClockFromMinutes);
    fc.assert(
      fc.property(zones, dates, minutes, (zone, date, time) => {
        const instant = zonedWallClockToInstant(date, time, zone);
        const sameDay = instantToZonedDate(instant, zone) === date;
        const sameTime = instantToZonedTime(instant, zone) === time;
        // Only readings inside a spring-forward gap may move, and then only later the same day.
        if (!(sameDay && sameTime)) {
          expect(instant.getTime()).toBeGreaterThan(zonedWallClockToInstant(date, "00:00", zone).getTime());
          expect(instantToZonedTime(instant, zone) > time).toBe(true);
        }
        return true;
      }),
    );
  });
});

describe("instantToZonedDate / instantToZonedTime", () => {
  it("reads an evening group in New York on its local date, not the UTC one", () => {
    const instant = new Date("2026-03-09T00:30:00Z"); // Sunday 8:30 pm EDT
    expect(instantToZonedDate(instant, newYork)).toBe("2026-03-08");
    expect(instantToZonedTime(instant, newYork)).toBe("20:30");
    expect(instantToZonedDate(instant, "UTC")).toBe("2026-03-09");
  });

  it("shows the repeated hour twice on the fall-back day", () => {
    expect(instantToZonedTime(new Date("2026-11-01T05:30:00Z"), newYork)).toBe("01:30");
    expect(instantToZonedTime(new Date("2026-11-01T06:30:00Z"), newYork)).toBe("01:30");
  });
});

describe("weekStartOf", () => {
  it.each([
    ["2026-03-02", "2026-03-02"], // Monday
    ["2026-03-08", "2026-03-02"], // Sunday belongs to the week before
    ["2026-03-09", "2026-03-09"],
    ["2026-01-01", "2025-12-29"], // across a year
  ])("the week of %s starts %s", (date, monday) => {
    expect(weekStartOf(date, newYork)).toBe(monday);
  });

  it("uses the program's zone for instants: Sunday night in New York is still that week", () => {
    const sundayEvening = new Date("2026-11-02T01:00:00Z"); // Sunday 2026-11-01, 8 pm EST
    expect(weekStartOf(sundayEvening, newYork)).toBe("2026-10-26");
    expect(weekStartOf(sundayEvening, "UTC")).toBe("2026-11-02");
  });
});

describe("weekBounds", () => {
  const hours = (bounds: { from: Date; to: Date }) => (bounds.to.getTime() - bounds.from.getTime()) / 3_600_000;

  it("runs from Monday 00:00 to the next Monday 00:00 in the zone, an hour short when clocks spring forward", () => {
    const week = weekBounds("2026-03-02", newYork); // 2026-03-08: EST → EDT
    expect(week.from.toISOString()).toBe("2026-03-02T05:00:00.000Z");
    expect(week.to.toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(hours(week)).toBe(167);
  });

  it("is an hour long when clocks fall back, in either hemisphere", () => {
    const fallBack = weekBounds("2026-10-26", newYork); // 2026-11-01: EDT → EST
    expect(fallBack.from.toISOString()).toBe("2026-10-26T04:00:00.000Z");
    expect(fallBack.to.toISOString()).toBe("2026-11-02T05:00:00.000Z");
    expect(hours(fallBack)).toBe(169);
    const auckland = weekBounds("2026-03-30", "Pacific/Auckland"); // 2026-04-05: NZDT → NZST
    expect(auckland.from.toISOString()).toBe("2026-03-29T11:00:00.000Z");
    expect(auckland.to.toISOString()).toBe("2026-04-05T12:00:00.000Z");
  });

  it("gives the same week for any day in it", () => {
    expect(weekBounds("2026-03-08", newYork)).toEqual(weekBounds("2026-03-02", newYork));
  });

  it("holds every instant of the week it starts on, and weeks meet without a gap", () => {
    const zones = fc.constantFrom(newYork, "UTC", "Asia/Kolkata", "Pacific/Auckland", "Europe/London");
    const instants = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(zones, instants, (zone, instant) => {
        const weekStart = weekStartOf(instant, zone);
        const week = weekBounds(weekStart, zone);
        expect(week.from.getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(week.to.getTime()).toBeGreaterThan(instant.getTime());
        expect(weekBounds(addDays(weekStart, 7), zone).from).toEqual(week.to);
      }),
    );
  });
});

describe("isValidTimeZone", () => {
  it.each([
    [newYork, true],
    ["UTC", true],
    ["Asia/Kolkata", true],
    ["America/Nowhere", false],
    ["", false],
    ["EST5EDT but wrong", false],
  ])("%s → %s", (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});
