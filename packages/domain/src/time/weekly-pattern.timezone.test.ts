import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type IsoWeekday, addDays, isoWeekdayOf } from "./calendar-date";
import { instantToZonedDate, instantToZonedTime } from "./time-zone";
import { wallClockFromMinutes } from "./wall-clock-time";
import { occurrencesOfWeeklyPattern } from "./weekly-pattern";

const newYork = "America/New_York";

describe("occurrencesOfWeeklyPattern", () => {
  it("keeps a Monday/Wednesday 6 pm group at 6 pm across the spring change (2026-03-08)", () => {
    const occurrences = occurrencesOfWeeklyPattern({
      weekdays: [1, 3],
      start: "18:00",
      end: "21:00",
      timeZone: newYork,
      from: "2026-03-01",
      to: "2026-03-14",
    });
    expect(occurrences.map((o) => o.startsAt.toISOString())).toEqual([
      "2026-03-02T23:00:00.000Z", // EST
      "2026-03-04T23:00:00.000Z",
      "2026-03-09T22:00:00.000Z", // EDT: same 6 pm, one hour earlier in UTC
      "2026-03-11T22:00:00.000Z",
    ]);
    for (const o of occurrences) {
      expect(instantToZonedTime(o.startsAt, newYork)).toBe("18:00");
      expect(instantToZonedTime(o.endsAt, newYork)).toBe("21:00");
      expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(3 * 3_600_000);
    }
  });

  it("keeps a Sunday 6 pm group at 6 pm on the fall-back day itself (2026-11-01)", () => {
    const [before, onChange, after] = occurrencesOfWeeklyPattern({
      weekdays: [7],
      start: "18:00",
      end: "19:30",
      timeZone: newYork,
      from: "2026-10-25",
      to: "2026-11-08",
    });
    expect(before?.startsAt.toISOString()).toBe("2026-10-25T22:00:00.000Z");
    expect(onChange?.startsAt.toISOString()).toBe("2026-11-01T23:00:00.000Z");
    expect(after?.startsAt.toISOString()).toBe("2026-11-08T23:00:00.000Z");
  });

  it("gives a session spanning the night-time change its real length", () => {
    // 01:00–04:00 on 2026-11-01 lasts four real hours (01:00–02:00 happens twice).
    const [night] = occurrencesOfWeeklyPattern({
      weekdays: [7],
      start: "01:00",
      end: "04:00",
      timeZone: newYork,
      from: "2026-11-01",
      to: "2026-11-01",
    });
    expect(night ? (night.endsAt.getTime() - night.startsAt.getTime()) / 60_000 : null).toBe(240);
  });

  it("includes both ends of the date range and nothing outside it", () => {
    const occurrences = occurrencesOfWeeklyPattern({
      weekdays: [1, 2, 3, 4, 5],
      start: "09:00",
      end: "15:30",
      timeZone: newYork,
      from: "2026-03-02",
      to: "2026-03-06",
    });
    expect(occurrences.map((o) => instantToZonedDate(o.startsAt, newYork))).toEqual([
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
    ]);
  });

  it("is empty when `to` is before `from`", () => {
    const occurrences = occurrencesOfWeeklyPattern({
      weekdays: [1],
      start: "09:00",
      end: "10:00",
      timeZone: newYork,
      from: "2026-03-09",
      to: "2026-03-01",
    });
    expect(occurrences).toEqual([]);
  });

  it("rejects a pattern that ends before it starts", () => {
    expect(() =>
      occurrencesOfWeeklyPattern({ weekdays: [1], start: "10:00", end: "09:00", timeZone: newYork, from: "2026-03-02", to: "2026-03-09" }),
    ).toThrow(RangeError);
  });

  it("keeps the wall-clock time and weekday of every occurrence in New York, across a DST year (property)", () => {
    const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }) as fc.Arbitrary<IsoWeekday[]>;
    // Daytime starts (06:00–22:00) never fall in the 02:00 gap, so the wall-clock time must hold exactly.
    const startMinutes = fc.integer({ min: 6 * 60, max: 22 * 60 });
    const length = fc.integer({ min: 15, max: 90 });
    const from = fc.integer({ min: 0, max: 330 }).map((n) => addDays("2026-01-01", n));
    fc.assert(
      fc.property(weekdays, startMinutes, length, from, (days, start, minutes, fromDate) => {
        const toDate = addDays(fromDate, 34);
        const pattern = {
          weekdays: days,
          start: wallClockFromMinutes(start),
          end: wallClockFromMinutes(start + minutes),
          timeZone: newYork,
          from: fromDate,
          to: toDate,
        };
        const occurrences = occurrencesOfWeeklyPattern(pattern);
        expect(occurrences.length).toBe(5 * days.length);
        for (const o of occurrences) {
          const localDate = instantToZonedDate(o.startsAt, newYork);
          expect(instantToZonedTime(o.startsAt, newYork)).toBe(pattern.start);
          expect(instantToZonedTime(o.endsAt, newYork)).toBe(pattern.end);
          expect(days).toContain(isoWeekdayOf(localDate));
          expect(localDate >= fromDate && localDate <= toDate).toBe(true);
        }
      }),
    );
  });
});
