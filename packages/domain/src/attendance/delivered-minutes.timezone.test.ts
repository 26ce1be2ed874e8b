import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attendanceStatuses } from "./attendance-status";
import { daysBetween, isoWeekdayOf } from "../time/calendar-date";
import { type AttendanceRecord, countsAsAttended, deliveredMinutes } from "./delivered-minutes";
import { defaultProgramPolicy } from "../programs/program-policy";
import { weekStartOf, zonedWallClockToInstant } from "../time/time-zone";
import { weeklyStanding } from "./weekly-standing";

const newYork = "America/New_York";

function at(date: string, time: string): Date {
  return zonedWallClockToInstant(date, time, newYork);
}

describe("deliveredMinutes", () => {
  it("totals an IOP week per day and per week, counting present, late and left early", () => {
    const records: AttendanceRecord[] = [
      { startsAt: at("2026-03-02", "09:00"), status: "present", minutesAttended: 180 },
      { startsAt: at("2026-03-04", "09:00"), status: "late", minutesAttended: 150 },
      { startsAt: at("2026-03-06", "09:00"), status: "left_early", minutesAttended: 90 },
      { startsAt: at("2026-03-06", "13:00"), status: "present", minutesAttended: 60 }, // same day, second session
      { startsAt: at("2026-03-09", "09:00"), status: "absent", minutesAttended: 0 },
      { startsAt: at("2026-03-11", "09:00"), status: "excused", minutesAttended: 0 },
      { startsAt: at("2026-03-13", "09:00"), status: "present", minutesAttended: 180 },
    ];
    const { byDay, byWeek } = deliveredMinutes(records, newYork);
    expect(byDay).toEqual([
      { date: "2026-03-02", minutes: 180, sessionsAttended: 1 },
      { date: "2026-03-04", minutes: 150, sessionsAttended: 1 },
      { date: "2026-03-06", minutes: 150, sessionsAttended: 2 },
      { date: "2026-03-09", minutes: 0, sessionsAttended: 0 },
      { date: "2026-03-11", minutes: 0, sessionsAttended: 0 },
      { date: "2026-03-13", minutes: 180, sessionsAttended: 1 },
    ]);
    expect(byWeek).toEqual([
      { weekStart: "2026-03-02", minutes: 480, daysAttended: 3 },
      { weekStart: "2026-03-09", minutes: 180, daysAttended: 1 },
    ]);
  });

  it("puts a Sunday-evening group in its local week, not Monday UTC (DST week, 2026-03-08)", () => {
    const sundayEvening = at("2026-03-08", "19:00"); // 23:00 UTC Sunday
    const lateSunday = at("2026-03-08", "21:00"); // 01:00 UTC Monday
    const { byDay, byWeek } = deliveredMinutes(
      [
        { startsAt: sundayEvening, status: "present", minutesAttended: 120 },
        { startsAt: lateSunday, status: "present", minutesAttended: 60 },
      ],
      newYork,
    );
    expect(byDay).toEqual([{ date: "2026-03-08", minutes: 180, sessionsAttended: 2 }]);
    expect(byWeek).toEqual([{ weekStart: "2026-03-02", minutes: 180, daysAttended: 1 }]);
    expect(deliveredMinutes([{ startsAt: lateSunday, status: "present", minutesAttended: 60 }], "UTC").byWeek[0]?.weekStart).toBe(
      "2026-03-09",
    );
  });

  it("does not count a present mark with zero minutes as a day attended", () => {
    expect(countsAsAttended({ status: "present", minutesAttended: 0 })).toBe(false);
    expect(countsAsAttended({ status: "late", minutesAttended: 1 })).toBe(true);
    expect(countsAsAttended({ status: "excused", minutesAttended: 60 })).toBe(false);
    expect(deliveredMinutes([{ startsAt: at("2026-03-02", "09:00"), status: "present", minutesAttended: 0 }], newYork).byWeek).toEqual([
      { weekStart: "2026-03-02", minutes: 0, daysAttended: 0 },
    ]);
  });

  it("per-day minutes add up to per-week minutes, and days attended match (property)", () => {
    const record = fc.record({
      // Any instant in 2026, including both DST changes.
      startsAt: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }).map((ms) => new Date(ms)),
      status: fc.constantFrom(...attendanceStatuses),
      minutesAttended: fc.integer({ min: 0, max: 360 }),
    });
    const zone = fc.constantFrom(newYork, "UTC", "Asia/Kolkata", "Pacific/Auckland");
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), zone, (records, timeZone) => {
        const { byDay, byWeek } = deliveredMinutes(records, timeZone);
        const attendedTotal = records.filter(countsAsAttended).reduce((sum, r) => sum + r.minutesAttended, 0);
        expect(byDay.reduce((sum, d) => sum + d.minutes, 0)).toBe(attendedTotal);
        expect(byWeek.reduce((sum, w) => sum + w.minutes, 0)).toBe(attendedTotal);
        for (const week of byWeek) {
          expect(isoWeekdayOf(week.weekStart)).toBe(1);
          const days = byDay.filter((d) => daysBetween(week.weekStart, d.date) >= 0 && daysBetween(week.weekStart, d.date) < 7);
          expect(days.reduce((sum, d) => sum + d.minutes, 0)).toBe(week.minutes);
          expect(days.filter((d) => d.minutes > 0).length).toBe(week.daysAttended);
          expect(week.daysAttended).toBeLessThanOrEqual(7);
        }
        for (const record of records) {
          expect(byWeek.map((w) => w.weekStart)).toContain(weekStartOf(record.startsAt, timeZone));
        }
      }),
    );
  });
});

describe("weeklyStanding", () => {
  it.each([
    ["iop", 0, "under_floor"],
    ["iop", 539, "under_floor"],
    ["iop", 540, "within_band"],
    ["iop", 900, "within_band"],
    ["iop", 901, "over_band"],
    ["php", 1199, "under_floor"], // CMS flags PHP weeks under 20 hours
    ["php", 1200, "within_band"],
    ["php", 1800, "within_band"],
    ["php", 1801, "over_band"],
    ["outpatient", 0, "within_band"],
    ["outpatient", 540, "over_band"],
  ] as const)("%s at %i minutes is %s", (level, minutes, standing) => {
    expect(weeklyStanding(minutes, defaultProgramPolicy(level))).toBe(standing);
  });
});
