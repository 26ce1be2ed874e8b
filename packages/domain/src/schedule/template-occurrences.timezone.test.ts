import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type IsoWeekday, addDays, compareCalendarDates, daysBetween, isoWeekdayOf } from "../time/calendar-date";
import { occurrencesOfTemplate } from "./template-occurrences";
import { instantToZonedDate, instantToZonedTime } from "../time/time-zone";
import { wallClockFromMinutes } from "../time/wall-clock-time";

const newYork = "America/New_York";
const sydney = "Australia/Sydney";

/** Weeks around each zone's changes in 2026: New York springs forward Mar 8 and falls back Nov 1; Sydney Apr 5 and Oct 4. */
const changeWeeks: Record<string, readonly string[]> = {
  [newYork]: ["2026-03-02", "2026-10-26"],
  [sydney]: ["2026-03-30", "2026-09-28"],
};

describe("occurrencesOfTemplate", () => {
  it("keeps a 6 pm New York group at 18:00 local on both sides of the spring change", () => {
    const occurrences = occurrencesOfTemplate(
      { weekdays: [1, 3], startTime: "18:00", endTime: "19:30", startsOn: "2026-03-01", endsOn: null },
      newYork,
      "2026-03-02",
      "2026-03-11",
    );
    expect(occurrences.map((o) => [o.occursOn, o.startsAt.toISOString()])).toEqual([
      ["2026-03-02", "2026-03-02T23:00:00.000Z"],
      ["2026-03-04", "2026-03-04T23:00:00.000Z"],
      ["2026-03-09", "2026-03-09T22:00:00.000Z"],
      ["2026-03-11", "2026-03-11T22:00:00.000Z"],
    ]);
  });

  it("clips the range to the template's own first and last dates", () => {
    const template = { weekdays: [1, 2, 3, 4, 5, 6, 7] as IsoWeekday[], startTime: "09:00", endTime: "12:00", startsOn: "2026-05-05", endsOn: "2026-05-07" };
    expect(occurrencesOfTemplate(template, newYork, "2026-05-01", "2026-05-31").map((o) => o.occursOn)).toEqual([
      "2026-05-05",
      "2026-05-06",
      "2026-05-07",
    ]);
    expect(occurrencesOfTemplate(template, newYork, "2026-05-08", "2026-05-31")).toEqual([]);
  });

  const zone = fc.constantFrom(newYork, sydney);
  const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }).map((days) => days as IsoWeekday[]);
  // Groups run between 06:00 and 22:30: no wall-clock time a DST change skips or repeats.
  const hours = fc
    .tuple(fc.integer({ min: 6 * 4, max: 21 * 4 }), fc.integer({ min: 1, max: 6 }))
    .map(([quarter, length]) => ({ startTime: wallClockFromMinutes(quarter * 15), endTime: wallClockFromMinutes((quarter + length) * 15) }));

  it("starts every occurrence at the template's wall-clock time, on listed days only, within the dates, across DST weeks", () => {
    fc.assert(
      fc.property(
        zone,
        weekdays,
        hours,
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: -10, max: 10 }),
        fc.integer({ min: 0, max: 27 }),
        fc.option(fc.integer({ min: 0, max: 27 }), { nil: null }),
        (timeZone, days, times, change, startShift, span, endOffset) => {
          const week = changeWeeks[timeZone]![change]!;
          const from = addDays(week, -3);
          const to = addDays(from, span);
          const startsOn = addDays(week, startShift);
          const endsOn = endOffset === null ? null : addDays(startsOn, endOffset);
          const template = { weekdays: days, ...times, startsOn, endsOn };

          const occurrences = occurrencesOfTemplate(template, timeZone, from, to);

          const first = compareCalendarDates(from, startsOn) < 0 ? startsOn : from;
          const last = endsOn && compareCalendarDates(endsOn, to) < 0 ? endsOn : to;
          let expected = 0;
          for (let offset = 0; offset <= daysBetween(first, last); offset++) {
            if (days.includes(isoWeekdayOf(addDays(first, offset)))) expected++;
          }
          expect(occurrences).toHaveLength(expected);

          for (const occurrence of occurrences) {
            expect(instantToZonedTime(occurrence.startsAt, timeZone)).toBe(times.startTime);
            expect(instantToZonedTime(occurrence.endsAt, timeZone)).toBe(times.endTime);
            expect(instantToZonedDate(occurrence.startsAt, timeZone)).toBe(occurrence.occursOn);
            expect(days).toContain(isoWeekdayOf(occurrence.occursOn));
            expect(compareCalendarDates(occurrence.occursOn, first)).toBeGreaterThanOrEqual(0);
            expect(compareCalendarDates(occurrence.occursOn, last)).toBeLessThanOrEqual(0);
          }
          const dates = occurrences.map((o) => o.occursOn);
          expect(new Set(dates).size).toBe(dates.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
