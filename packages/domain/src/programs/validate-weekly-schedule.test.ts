import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IsoWeekday } from "../time/calendar-date";
import { defaultProgramPolicy } from "./program-policy";
import { type ScheduleViolation, describeViolation } from "./schedule-violation";
import { scheduledWeeklyMinutes, validateWeeklySchedule } from "./validate-weekly-schedule";
import { minutesSinceMidnight, wallClockFromMinutes } from "../time/wall-clock-time";
import { type ScheduledSession, minutesByWeekday, weeklyScheduleSchema } from "./weekly-schedule";

const iop = defaultProgramPolicy("iop");
const php = defaultProgramPolicy("php");

function kinds(violations: ScheduleViolation[]): string[] {
  return violations.map((v) => v.kind).sort();
}

function sameEachDay(weekdays: IsoWeekday[], start: string, end: string): ScheduledSession[] {
  return weekdays.map((weekday) => ({ weekday, start, end }));
}

describe("validateWeeklySchedule: the article's schedules", () => {
  it.each([
    // name, policy, shift, sessions, expected violation kinds
    ["IOP morning, 3 days × 3 h (9 h)", iop, "morning", sameEachDay([1, 3, 5], "09:00", "12:00"), []],
    ["IOP evening, 4 days × 3 h 30 (14 h)", iop, "evening", sameEachDay([1, 2, 3, 4], "17:30", "21:00"), []],
    ["IOP, 5 days × 3 h (15 h)", iop, "morning", sameEachDay([1, 2, 3, 4, 5], "09:00", "12:00"), []],
    ["PHP day, 5 days × 5 h (25 h)", php, "day", sameEachDay([1, 2, 3, 4, 5], "09:30", "14:30"), []],
    ["PHP, 5 days × 6 h (30 h)", php, "day", sameEachDay([1, 2, 3, 4, 5], "09:00", "15:00"), []],
    ["IOP, 2 days × 4 h", iop, "morning", sameEachDay([2, 4], "08:30", "12:30"), ["too_few_days", "weekly_minutes_out_of_band"]],
    ["IOP, 6 days × 3 h", iop, "morning", sameEachDay([1, 2, 3, 4, 5, 6], "09:00", "12:00"), ["too_many_days", "weekly_minutes_out_of_band"]],
    [
      "IOP, 3 days × 2 h 59",
      iop,
      "morning",
      sameEachDay([1, 3, 5], "09:00", "11:59"),
      ["session_day_minutes_out_of_band", "session_day_minutes_out_of_band", "session_day_minutes_out_of_band", "weekly_minutes_out_of_band"],
    ],
    ["IOP, 5 days × 4 h (20 h)", iop, "morning", sameEachDay([1, 2, 3, 4, 5], "08:00", "12:00"), ["weekly_minutes_out_of_band"]],
    ["IOP morning track meeting at 6 pm", iop, "morning", sameEachDay([1, 3, 5], "18:00", "21:00"), ["outside_track_window", "outside_track_window", "outside_track_window"]],
    ["PHP, 4 days × 5 h (20 h)", php, "day", sameEachDay([1, 2, 3, 4], "09:30", "14:30"), ["too_few_days"]],
  ] as const)("%s", (_name, policy, shift, sessions, expected) => {
    expect(kinds(validateWeeklySchedule({ policy, shift, sessions }))).toEqual([...expected].sort());
  });
});

describe("validateWeeklySchedule: each rule", () => {
  it("reports days per week with the numbers", () => {
    const violations = validateWeeklySchedule({ policy: iop, sessions: sameEachDay([1, 2], "09:00", "13:00") });
    expect(violations).toContainEqual({ kind: "too_few_days", days: 2, min: 3 });
  });

  it("reports a session that ends before it starts, and does not count it", () => {
    const sessions: ScheduledSession[] = [...sameEachDay([1, 3, 5], "09:00", "12:00"), { weekday: 2, start: "12:00", end: "09:00" }];
    const violations = validateWeeklySchedule({ policy: iop, sessions });
    expect(violations).toEqual([{ kind: "end_not_after_start", sessionIndex: 3, weekday: 2, start: "12:00", end: "09:00" }]);
  });

  it("reports overlapping sessions once per pair with the overlap, and counts the overlap once", () => {
    const sessions: ScheduledSession[] = [
      { weekday: 1, start: "09:00", end: "11:00" },
      { weekday: 1, start: "10:00", end: "12:00" },
      ...sameEachDay([3, 5], "09:00", "12:00"),
    ];
    const violations = validateWeeklySchedule({ policy: iop, sessions });
    expect(violations).toEqual([{ kind: "overlapping_sessions", weekday: 1, firstIndex: 0, secondIndex: 1, overlapMinutes: 60 }]);
    expect(minutesByWeekday(sessions).get(1)).toBe(180);
  });

  it("lets back-to-back groups touch without overlapping", () => {
    const sessions: ScheduledSession[] = [
      ...[1, 3, 5].flatMap((weekday) => [
        { weekday: weekday as IsoWeekday, start: "09:00", end: "10:30" },
        { weekday: weekday as IsoWeekday, start: "10:30", end: "12:00" },
      ]),
    ];
    expect(validateWeeklySchedule({ policy: iop, shift: "morning", sessions })).toEqual([]);
  });

  it("checks the track's window edges inclusively (evening 17:00–21:30)", () => {
    const inside = sameEachDay([1, 2, 3], "17:00", "20:00").concat({ weekday: 4, start: "18:00", end: "21:30" });
    expect(validateWeeklySchedule({ policy: iop, shift: "evening", sessions: inside })).toEqual([]);
    const late = sameEachDay([1, 2, 3], "18:30", "21:31");
    const violations = validateWeeklySchedule({ policy: iop, shift: "evening", sessions: late });
    expect(violations[0]).toEqual({
      kind: "outside_track_window",
      sessionIndex: 0,
      weekday: 1,
      start: "18:30",
      end: "21:31",
      window: { start: "17:00", end: "21:30" },
      shift: "evening",
    });
  });

  it("uses a program's own window over the shift's default", () => {
    const sessions = sameEachDay([1, 3, 5], "07:00", "10:00");
    expect(kinds(validateWeeklySchedule({ policy: iop, shift: "morning", sessions }))).toContain("outside_track_window");
    expect(validateWeeklySchedule({ policy: iop, window: { start: "07:00", end: "12:00" }, sessions })).toEqual([]);
  });

  it("reports malformed sessions instead of throwing", () => {
    const sessions = [{ weekday: 8, start: "9am", end: "25:00" }] as unknown as ScheduledSession[];
    const violations = validateWeeklySchedule({ policy: iop, sessions });
    expect(kinds(violations)).toEqual(["invalid_session", "too_few_days", "weekly_minutes_out_of_band"]);
  });

  it("describes every violation in plain English with its numbers", () => {
    const sessions: ScheduledSession[] = [
      { weekday: 1, start: "09:00", end: "11:00" },
      { weekday: 1, start: "10:00", end: "12:00" },
      { weekday: 2, start: "13:00", end: "12:00" },
      { weekday: 3, start: "18:00", end: "19:00" },
    ];
    const messages = validateWeeklySchedule({ policy: iop, shift: "morning", sessions }).map(describeViolation);
    expect(messages).toContain("Two Monday sessions overlap by 1 h.");
    expect(messages).toContain("The Tuesday session 13:00–12:00 ends before it starts.");
    expect(messages).toContain("The Wednesday session 18:00–19:00 is outside the morning track's hours (08:00–13:00).");
    expect(messages).toContain("The schedule has 2 days a week; the program needs at least 3 days.");
    expect(messages).toContain("Wednesday has 1 h of sessions; a session day should be 3 h to 4 h.");
    expect(messages).toContain("The week has 4 h of sessions; the program's band is 9 h to 15 h.");
  });
});

describe("validateWeeklySchedule: properties", () => {
  const weekdaySet = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }) as fc.Arbitrary<IsoWeekday[]>;

  it("a schedule built inside the band (days, minutes per day, week, window) has no violations", () => {
    // Pick the day count and per-day minutes first, then check the week lands in the band.
    const schedule = fc
      .record({
        days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 3, maxLength: 5 }) as fc.Arbitrary<IsoWeekday[]>,
        dayMinutes: fc.array(fc.integer({ min: 180, max: 240 }), { minLength: 5, maxLength: 5 }),
        offsets: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 5, maxLength: 5 }),
        splits: fc.array(fc.integer({ min: 0, max: 180 }), { minLength: 5, maxLength: 5 }),
      })
      .filter(({ days, dayMinutes }) => {
        const week = days.reduce((sum, _d, i) => sum + (dayMinutes[i] ?? 0), 0);
        return week >= 540 && week <= 900;
      });
    fc.assert(
      fc.property(schedule, ({ days, dayMinutes, offsets, splits }) => {
        const sessions: ScheduledSession[] = days.flatMap((weekday, i) => {
          const start = 8 * 60 + (offsets[i] ?? 0); // morning window opens 08:00
          const length = dayMinutes[i] ?? 180;
          const split = Math.min(splits[i] ?? 0, length - 1);
          // Some days run as two back-to-back groups, which must not read as an overlap.
          if (split < 30) return [{ weekday, start: wallClockFromMinutes(start), end: wallClockFromMinutes(start + length) }];
          return [
            { weekday, start: wallClockFromMinutes(start), end: wallClockFromMinutes(start + split) },
            { weekday, start: wallClockFromMinutes(start + split), end: wallClockFromMinutes(start + length) },
          ];
        });
        expect(validateWeeklySchedule({ policy: iop, shift: "morning", sessions })).toEqual([]);
      }),
    );
  });

  it("flags the week exactly when the union of its sessions falls outside the band", () => {
    const session = fc.record({
      weekday: fc.integer({ min: 1, max: 7 }) as fc.Arbitrary<IsoWeekday>,
      start: fc.integer({ min: 0, max: 22 * 60 }),
      length: fc.integer({ min: 1, max: 6 * 60 }),
    });
    fc.assert(
      fc.property(fc.array(session, { maxLength: 12 }), (raw) => {
        const sessions: ScheduledSession[] = raw.map((s) => ({
          weekday: s.weekday,
          start: wallClockFromMinutes(s.start),
          end: wallClockFromMinutes(Math.min(s.start + s.length, 24 * 60 - 1)),
        }));
        const perDay = minutesByWeekday(sessions);
        const week = scheduledWeeklyMinutes(sessions);
        // Per-day minutes add up to the week, and never exceed the sessions' summed lengths.
        expect([...perDay.values()].reduce((a, b) => a + b, 0)).toBe(week);
        const summed = sessions.reduce((sum, s) => sum + (minutesSinceMidnight(s.end)! - minutesSinceMidnight(s.start)!), 0);
        expect(week).toBeLessThanOrEqual(summed);
        const violations = validateWeeklySchedule({ policy: iop, sessions });
        const weekFlagged = violations.some((v) => v.kind === "weekly_minutes_out_of_band");
        expect(weekFlagged).toBe(week < 540 || week > 900);
        expect(violations.filter((v) => v.kind === "too_few_days" || v.kind === "too_many_days").length).toBe(
          perDay.size < 3 || perDay.size > 5 ? 1 : 0,
        );
        // A schedule with no overlaps has a week equal to the summed lengths.
        if (!violations.some((v) => v.kind === "overlapping_sessions")) expect(week).toBe(summed);
      }),
    );
  });

  it("never throws, whatever it is given", () => {
    const anySession = fc.record({ weekday: fc.integer({ min: -2, max: 10 }), start: fc.string(), end: fc.string() });
    fc.assert(
      fc.property(fc.array(anySession, { maxLength: 8 }), weekdaySet, (sessions, _days) => {
        const violations = validateWeeklySchedule({ policy: iop, shift: "day", sessions: sessions as unknown as ScheduledSession[] });
        expect(Array.isArray(violations)).toBe(true);
        for (const v of violations) expect(describeViolation(v).length).toBeGreaterThan(10);
      }),
    );
  });
});

describe("weeklyScheduleSchema", () => {
  it("accepts a form's schedule and rejects a weekday of 0 or a time like 9:00", () => {
    expect(weeklyScheduleSchema.safeParse({ shift: "evening", sessions: sameEachDay([1, 3], "17:00", "20:00") }).success).toBe(true);
    expect(weeklyScheduleSchema.safeParse({ sessions: [{ weekday: 0, start: "09:00", end: "12:00" }] }).success).toBe(false);
    expect(weeklyScheduleSchema.safeParse({ sessions: [{ weekday: 1, start: "9:00", end: "12:00" }] }).success).toBe(false);
  });

  it("parses into what validateWeeklySchedule takes", () => {
    const parsed = weeklyScheduleSchema.parse({ shift: "morning", sessions: sameEachDay([1, 3, 5], "09:00", "12:00") });
    expect(validateWeeklySchedule({ policy: iop, ...parsed })).toEqual([]);
  });
});
