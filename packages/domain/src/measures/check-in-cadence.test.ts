import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../time/calendar-date";
import type { EnrollmentHistory } from "../enrollment/enrollment-history";
import { type CheckInCadenceInput, checkInEnrollmentOf, checkInsFor, checkInsToRemind, dueCheckIns } from "./check-in-cadence";
import { defaultMeasurePolicy } from "./measure-policy";

// Monday 2 March 2026; New York moves its clocks forward on Sunday 8 March.
const admittedOn = "2026-03-02";
const phqWeekly = {
  schedule: [{ instrument: "phq9", atIntake: true, atDischarge: true, everyWeeks: 1 }],
  expiresAfterDays: 4,
  remindAfterDays: 2,
} as const;

function input(overrides: Partial<CheckInCadenceInput> = {}): CheckInCadenceInput {
  return { policy: phqWeekly, admittedOn, dischargedOn: null, holds: [], responses: [], today: admittedOn, ...overrides };
}

const summary = (overrides: Partial<CheckInCadenceInput>) =>
  checkInsFor(input(overrides)).map((c) => `${c.instrument} ${c.occasion} ${c.dueOn} ${c.state}`);

describe("checkInsFor: one check-in's days", () => {
  it.each([
    ["2026-03-01", "upcoming"],
    ["2026-03-02", "due"],
    ["2026-03-04", "due"],
    ["2026-03-05", "due"],
    ["2026-03-06", "expired"],
  ] as const)("the intake due on the admission day is, on %s, %s", (today, state) => {
    const intake = checkInsFor(input({ today }))[0];
    expect(intake).toEqual({ instrument: "phq9", occasion: "intake", dueOn: admittedOn, expiresOn: "2026-03-05", remindOn: "2026-03-04", state });
  });

  it("is open on the due day and the three after it: expiresAfterDays days in all", () => {
    for (const expiresAfterDays of [1, 4, 7]) {
      const [intake] = checkInsFor(input({ policy: { ...phqWeekly, expiresAfterDays } }));
      expect(daysBetween(admittedOn, intake?.expiresOn ?? "")).toBe(expiresAfterDays - 1);
    }
  });

  it("is answered by a response to the same instrument, occasion and due day, even one given late", () => {
    const today = "2026-03-20";
    expect(summary({ today, responses: [{ instrument: "phq9", occasion: "intake", dueOn: admittedOn }] })[0]).toBe(`phq9 intake ${admittedOn} answered`);
    for (const other of [
      { instrument: "gad7", occasion: "intake", dueOn: admittedOn },
      { instrument: "phq9", occasion: "scheduled", dueOn: admittedOn },
      { instrument: "phq9", occasion: "intake", dueOn: "2026-03-03" },
    ] as const) {
      expect(summary({ today, responses: [other] })[0]).toBe(`phq9 intake ${admittedOn} expired`);
    }
  });

  it.each([
    ["2026-03-03", []],
    ["2026-03-04", ["2026-03-02"]],
    ["2026-03-05", []],
  ] as const)("on %s reminds of %j (two days after the due day, while unanswered)", (today, reminded) => {
    expect(checkInsToRemind(input({ today })).map((c) => c.dueOn)).toEqual(reminded);
    expect(checkInsToRemind(input({ today, responses: [{ instrument: "phq9", occasion: "intake", dueOn: admittedOn }] }))).toEqual([]);
  });
});

describe("checkInsFor: the weekly schedule", () => {
  it("asks every 7 days from admission up to today, and shows the next one as upcoming", () => {
    expect(summary({ today: "2026-03-17" })).toEqual([
      "phq9 intake 2026-03-02 expired",
      "phq9 scheduled 2026-03-09 expired",
      "phq9 scheduled 2026-03-16 due",
      "phq9 scheduled 2026-03-23 upcoming",
    ]);
    expect(dueCheckIns(input({ today: "2026-03-17" })).map((c) => c.dueOn)).toEqual(["2026-03-16"]);
  });

  it("asks PCL-5 every other week and AUDIT-C only at intake and discharge", () => {
    const policy = { ...defaultMeasurePolicy("trauma"), schedule: defaultMeasurePolicy("trauma").schedule.filter((e) => e.instrument === "pcl5") };
    expect(checkInsFor(input({ policy, today: "2026-03-31" })).map((c) => c.dueOn)).toEqual(["2026-03-02", "2026-03-16", "2026-03-30", "2026-04-13"]);
    const alcohol = { ...phqWeekly, schedule: defaultMeasurePolicy("substance_use").schedule.filter((e) => e.instrument === "auditc") };
    expect(summary({ policy: alcohol, today: "2026-05-01" })).toEqual(["auditc intake 2026-03-02 expired"]);
    expect(summary({ policy: alcohol, today: "2026-05-01", dischargedOn: "2026-05-01" })).toEqual([
      "auditc intake 2026-03-02 expired",
      "auditc discharge 2026-05-01 due",
    ]);
  });

  it("lists each day's instruments in the policy's order", () => {
    const policy = defaultMeasurePolicy("general_mental_health");
    expect(summary({ policy, today: "2026-03-09" })).toEqual([
      "phq9 intake 2026-03-02 expired",
      "gad7 intake 2026-03-02 expired",
      "phq9 scheduled 2026-03-09 due",
      "gad7 scheduled 2026-03-09 due",
      "phq9 scheduled 2026-03-16 upcoming",
      "gad7 scheduled 2026-03-16 upcoming",
    ]);
  });

  it("refuses a schedule of no weeks rather than loop", () => {
    const policy = { ...phqWeekly, schedule: [{ ...phqWeekly.schedule[0], everyWeeks: 0 }] };
    expect(() => checkInsFor(input({ policy }))).toThrow(RangeError);
  });
});

describe("checkInsFor: holds", () => {
  const scheduled = (overrides: Partial<CheckInCadenceInput>) =>
    checkInsFor(input({ today: "2026-04-01", ...overrides })).filter((c) => c.occasion === "scheduled").map((c) => c.dueOn);

  it.each([
    // [from, until): the hold's first day is held, its end day is not.
    ["2026-03-16", "2026-03-23", ["2026-03-09", "2026-03-23", "2026-03-30", "2026-04-06"]],
    ["2026-03-10", "2026-03-16", ["2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06"]],
    ["2026-03-09", "2026-03-10", ["2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06"]],
    ["2026-03-10", "2026-03-24", ["2026-03-09", "2026-03-30", "2026-04-06"]],
    ["2026-03-17", "2026-04-10", ["2026-03-09", "2026-03-16", "2026-04-13"]],
  ] as const)("on hold from %s until %s asks on %j, still counting weeks from admission", (from, until, days) => {
    expect(scheduled({ holds: [{ from, until }] })).toEqual(days);
  });

  it("asks nothing on the schedule during a hold that lasts, and shows nothing upcoming", () => {
    expect(summary({ today: "2026-04-01", holds: [{ from: "2026-03-12", until: null }] })).toEqual([
      "phq9 intake 2026-03-02 expired",
      "phq9 scheduled 2026-03-09 expired",
    ]);
  });

  it("asks the intake and discharge check-ins whatever the holds", () => {
    expect(summary({ today: "2026-03-20", dischargedOn: "2026-03-20", holds: [{ from: admittedOn, until: null }] })).toEqual([
      "phq9 intake 2026-03-02 expired",
      "phq9 discharge 2026-03-20 due",
    ]);
  });

  it("leaves a check-in due the day before a hold open into the hold", () => {
    expect(dueCheckIns(input({ today: "2026-03-11", holds: [{ from: "2026-03-10", until: null }] })).map((c) => c.dueOn)).toEqual(["2026-03-09"]);
  });

  it("jumps over a years-long hold to the first due day after it, still on admission's weekday", () => {
    // 1 January 1990 was a Monday, as is 23 March 2026.
    const days = scheduled({ admittedOn: "1990-01-01", today: "2026-04-01", holds: [{ from: "1990-01-02", until: "2026-03-20" }] });
    expect(days).toEqual(["2026-03-23", "2026-03-30", "2026-04-06"]);
  });
});

describe("checkInsFor: a level change and discharge", () => {
  const history: EnrollmentHistory = {
    startsOn: admittedOn,
    endsOn: null,
    placements: [{ effectiveOn: admittedOn, programId: "php", scheduleOptionId: "php-day", level: "php" }],
    statusChanges: [{ effectiveOn: admittedOn, toStatus: "active" }],
  };

  it("keeps counting weeks across a step-down: the level changes, the enrollment does not", () => {
    const steppedDown: EnrollmentHistory = {
      ...history,
      placements: [...history.placements, { effectiveOn: "2026-03-12", programId: "iop", scheduleOptionId: "iop-evening", level: "iop" }],
    };
    const today = "2026-04-01";
    const days = (h: EnrollmentHistory) => checkInsFor({ ...checkInEnrollmentOf(h), policy: phqWeekly, responses: [], today }).map((c) => c.dueOn);
    expect(days(steppedDown)).toEqual(["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06"]);
    expect(days(steppedDown)).toEqual(days(history));
  });

  it("reads admission, discharge (the last day, before the exclusive end) and holds from the history", () => {
    const discharged: EnrollmentHistory = {
      ...history,
      endsOn: "2026-03-28",
      statusChanges: [
        ...history.statusChanges,
        { effectiveOn: "2026-03-10", toStatus: "on_hold" },
        { effectiveOn: "2026-03-17", toStatus: "active" },
        { effectiveOn: "2026-03-28", toStatus: "discharged" },
      ],
    };
    expect(checkInEnrollmentOf(discharged)).toEqual({ admittedOn, dischargedOn: "2026-03-27", holds: [{ from: "2026-03-10", until: "2026-03-17" }] });
  });

  it.each([
    // Discharged on a scheduled day: the discharge check-in takes its place.
    ["2026-03-16", ["intake 2026-03-02", "scheduled 2026-03-09", "discharge 2026-03-16"]],
    ["2026-03-17", ["intake 2026-03-02", "scheduled 2026-03-09", "scheduled 2026-03-16", "discharge 2026-03-17"]],
    ["2026-03-15", ["intake 2026-03-02", "scheduled 2026-03-09", "discharge 2026-03-15"]],
    // Discharged on the admission day: the intake is the only check-in.
    ["2026-03-02", ["intake 2026-03-02"]],
  ] as const)("discharged on %s asks %j and nothing after", (dischargedOn, expected) => {
    const asked = checkInsFor(input({ dischargedOn, today: "2026-05-01" })).map((c) => `${c.occasion} ${c.dueOn}`);
    expect(asked).toEqual(expected);
  });

  it("keeps a scheduled check-in on the discharge day of an instrument not asked at discharge", () => {
    const policy = { ...phqWeekly, schedule: [{ ...phqWeekly.schedule[0], atDischarge: false }] };
    expect(summary({ policy, dischargedOn: "2026-03-16", today: "2026-03-16" })).toEqual([
      "phq9 intake 2026-03-02 expired",
      "phq9 scheduled 2026-03-09 expired",
      "phq9 scheduled 2026-03-16 due",
    ]);
  });

  it("shows a discharge day still ahead as upcoming", () => {
    expect(summary({ dischargedOn: "2026-03-20", today: "2026-03-18" }).at(-1)).toBe("phq9 discharge 2026-03-20 upcoming");
  });
});

describe("checkInsFor: properties", () => {
  const date = fc.integer({ min: 0, max: 3000 }).map((days) => addDays("2020-01-01", days));

  it("asks scheduled check-ins only on whole steps from admission, never in a hold, never after discharge, and one step apart outside holds", () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 4 }),
        fc.option(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 60 }))),
        fc.option(fc.integer({ min: 0, max: 400 })),
        (admitted, todayOffset, everyWeeks, hold, dischargeOffset) => {
          const holds = hold ? [{ from: addDays(admitted, hold[0]), until: addDays(admitted, hold[0] + hold[1]) }] : [];
          const dischargedOn = dischargeOffset === null ? null : addDays(admitted, dischargeOffset);
          const today = addDays(admitted, todayOffset);
          const policy = { ...phqWeekly, schedule: [{ ...phqWeekly.schedule[0], everyWeeks }] };
          const checkIns = checkInsFor(input({ policy, admittedOn: admitted, dischargedOn, holds, today }));
          const days = checkIns.filter((c) => c.occasion === "scheduled").map((c) => c.dueOn);
          const step = 7 * everyWeeks;
          for (const day of days) {
            expect(daysBetween(admitted, day) % step).toBe(0);
            expect(daysBetween(admitted, day)).toBeGreaterThan(0);
            expect(holds.some((h) => h.from <= day && day < h.until)).toBe(false);
            if (dischargedOn !== null) expect(day < dischargedOn).toBe(true);
          }
          expect(days.filter((day) => day > today).length).toBeLessThanOrEqual(1);
          days.slice(1).forEach((day, index) => {
            const previous = days[index] ?? "";
            const gap = daysBetween(previous, day);
            if (!holds.some((h) => previous < h.from && h.from < day)) expect(gap).toBe(step);
          });
          for (const c of checkIns) {
            if (c.state === "due") expect(c.dueOn <= today && today <= c.expiresOn).toBe(true);
            if (c.state === "expired") expect(today > c.expiresOn).toBe(true);
            if (c.state === "upcoming") expect(today < c.dueOn).toBe(true);
          }
        },
      ),
    );
  });

  it("with `since` (up to today), gives exactly the check-ins due from that day on, as without it", () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 420 }),
        fc.integer({ min: 1, max: 4 }),
        fc.option(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 60 }))),
        fc.option(fc.integer({ min: 0, max: 400 })),
        (admitted, todayOffset, sinceOffset, everyWeeks, hold, dischargeOffset) => {
          const holds = hold ? [{ from: addDays(admitted, hold[0]), until: addDays(admitted, hold[0] + hold[1]) }] : [];
          const dischargedOn = dischargeOffset === null ? null : addDays(admitted, dischargeOffset);
          const policy = { ...phqWeekly, schedule: [{ ...phqWeekly.schedule[0], everyWeeks }] };
          const base = input({ policy, admittedOn: admitted, dischargedOn, holds, today: addDays(admitted, todayOffset) });
          const since = addDays(admitted, Math.min(sinceOffset - 10, todayOffset));
          expect(checkInsFor({ ...base, since })).toEqual(checkInsFor(base).filter((checkIn) => checkIn.dueOn >= since));
        },
      ),
    );
  });
});
