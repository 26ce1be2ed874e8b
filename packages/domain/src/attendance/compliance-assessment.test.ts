import { describe, expect, it } from "vitest";
import type { EnrollmentHistory, LevelPlacement } from "../enrollment/enrollment-history";
import type { CalendarDate } from "../time/calendar-date";
import { zonedWallClockToInstant } from "../time/time-zone";
import type { WallClockTime } from "../time/wall-clock-time";
import type { AttendanceStatus } from "./attendance-status";
import { assessCompliance, remainingMinutesThisWeek } from "./compliance-assessment";
import { deliveredMinutes } from "./delivered-minutes";
import { weekBounds } from "../time/time-zone";

const newYork = "America/New_York";
const at = (date: CalendarDate, time: WallClockTime) => zonedWallClockToInstant(date, time, newYork);
const iopProgram = { level: "iop", timeZone: newYork, minWeeklyMinutes: 540, maxWeeklyMinutes: 900 } as const;
const iop: LevelPlacement = { effectiveOn: "2026-03-02", programId: "program-iop", scheduleOptionId: "option-evening", level: "iop" };
const inIop: EnrollmentHistory = {
  startsOn: "2026-03-02",
  endsOn: null,
  placements: [iop],
  statusChanges: [{ effectiveOn: "2026-03-02", toStatus: "active" }],
};
const bands = new Map([
  ["program-iop", { min: 540, max: 900 }],
  ["program-php", { min: 1200, max: 1800 }],
]);
const record = (date: CalendarDate, status: AttendanceStatus, minutesAttended = status === "absent" ? 0 : 180) => ({
  startsAt: at(date, "17:00"),
  status,
  minutesAttended,
});
// Tuesday of the third week, at noon in New York.
const now = at("2026-03-17", "12:00");

describe("assessCompliance", () => {
  const records = [
    record("2026-03-02", "present"),
    record("2026-03-04", "present"),
    record("2026-03-06", "present"),
    record("2026-03-09", "present"),
    record("2026-03-11", "absent"),
    record("2026-03-13", "absent"),
  ];
  const attended = (kept: typeof records) => ({
    weeks: deliveredMinutes(kept, newYork).byWeek,
    recentStatuses: kept.map((entry) => entry.status),
  });
  const base = {
    program: iopProgram,
    level: "iop",
    levelSince: "2026-03-02",
    lastRecertifiedOn: null,
    ...attended(records),
    history: inIop,
    bandOfProgram: bands,
    now,
  } as const;

  it("reads each week against the band, flags a week that can no longer reach the floor, and two absences in a row", () => {
    const assessment = assessCompliance({ ...base, remainingScheduledMinutes: 360 });
    expect(assessment.band).toEqual({ min: 540, max: 900 });
    expect(assessment.thisWeek).toEqual({ weekStart: "2026-03-16", minutes: 0, daysAttended: 0, band: { min: 540, max: 900 }, standing: "under_floor", stillScheduledMinutes: 360 });
    expect(assessment.lastWeek).toEqual({ weekStart: "2026-03-09", minutes: 180, daysAttended: 1, band: { min: 540, max: 900 }, standing: "under_floor" });
    expect(assessment.byWeek.map((week) => [week.weekStart, week.minutes, week.standing])).toEqual([
      ["2026-03-02", 540, "within_band"],
      ["2026-03-09", 180, "under_floor"],
    ]);
    expect(assessment.flags).toEqual([
      {
        kind: "under_floor_this_week",
        weekStart: "2026-03-16",
        minutes: 0,
        floor: 540,
        minutesShort: 540,
        daysLeftInWeek: 5,
        remainingScheduledMinutes: 360,
      },
      { kind: "outreach_due", consecutiveAbsences: 2, threshold: 2 },
    ]);
    expect(assessment.nextReviewDue).toBe("2026-05-01");
    expect(assessment.reviewOverdue).toBe(false);
  });

  it("calls the week in progress on track while the sessions still scheduled can reach the floor", () => {
    const assessment = assessCompliance({ ...base, remainingScheduledMinutes: 540 });
    expect(assessment.thisWeek.standing).toBe("on_track");
    expect(assessment.flags.map((flag) => flag.kind)).toEqual(["outreach_due"]);
  });

  it("judges a week before a step-down against the band it ran under, and leaves it out of the flags", () => {
    const php: LevelPlacement = { effectiveOn: "2026-03-02", programId: "program-php", scheduleOptionId: "option-day", level: "php" };
    const steppedDown: EnrollmentHistory = { ...inIop, placements: [php, { ...iop, effectiveOn: "2026-03-09" }] };
    const phpWeek = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"].map((date) => record(date, "present", 240));
    const assessment = assessCompliance({
      ...base,
      levelSince: "2026-03-09",
      ...attended([...phpWeek, record("2026-03-09", "absent"), record("2026-03-11", "absent")]),
      history: steppedDown,
      remainingScheduledMinutes: 540,
    });
    expect(assessment.byWeek[0]).toMatchObject({ weekStart: "2026-03-02", minutes: 1200, band: { min: 1200, max: 1800 }, standing: "within_band" });
    expect(assessment.lastWeek).toMatchObject({ weekStart: "2026-03-09", minutes: 0, band: { min: 540, max: 900 }, standing: "under_floor" });
    // Only one completed week at IOP so far: no level-of-care review yet.
    expect(assessment.flags.map((flag) => flag.kind)).toEqual(["outreach_due"]);
    expect(assessment.nextReviewDue).toBe("2026-05-08");
  });

  it("says a recertification is overdue once its day has passed", () => {
    const assessment = assessCompliance({ ...base, levelSince: "2026-01-05", remainingScheduledMinutes: 540 });
    expect(assessment.nextReviewDue).toBe("2026-03-06");
    expect(assessment.reviewOverdue).toBe(true);
  });
});

describe("remainingMinutesThisWeek", () => {
  const session = (scheduleOptionId: string | null, clientId: string | null, date: CalendarDate, start: WallClockTime, end: WallClockTime) => ({
    scheduleOptionId,
    clientId,
    startsAt: at(date, start),
    date,
    minutes: (at(date, end).getTime() - at(date, start).getTime()) / 60_000,
  });
  // On hold for Friday only: resumed on Saturday.
  const withFridayHold: EnrollmentHistory = {
    ...inIop,
    statusChanges: [...inIop.statusChanges, { effectiveOn: "2026-03-20", toStatus: "on_hold" }, { effectiveOn: "2026-03-21", toStatus: "active" }],
  };

  it("counts the client's own sessions and the groups they are expected at, from now to the end of the program's week", () => {
    const upcoming = [
      session(null, "client-1", "2026-03-18", "10:00", "11:00"), // their own individual session
      session("option-evening", null, "2026-03-19", "17:00", "20:00"), // their group
      session("option-evening", null, "2026-03-22", "23:00", "23:30"), // Sunday night is still this week
      session("option-evening", null, "2026-03-16", "17:00", "20:00"), // already past
      session("option-evening", null, "2026-03-20", "17:00", "20:00"), // on hold that day
      session("option-evening", null, "2026-03-23", "00:30", "01:30"), // next week
      session("option-day", null, "2026-03-18", "09:00", "12:00"), // another option's group
      session(null, "client-2", "2026-03-18", "10:00", "11:00"), // someone else's session
    ];
    const weekEnd = weekBounds("2026-03-16", newYork).to;
    expect(remainingMinutesThisWeek({ upcoming, clientId: "client-1", history: withFridayHold, weekEnd, now })).toBe(60 + 180 + 30);
  });
});
