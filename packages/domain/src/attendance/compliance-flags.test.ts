import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AttendanceStatus } from "./attendance-status";
import { attendanceStatuses } from "./attendance-status";
import { type ComplianceFlag, completedWeeksUnderFloor, complianceFlags, describeComplianceFlag, trailingAbsences } from "./compliance-flags";
import { defaultProgramPolicy } from "../programs/program-policy";

const iop = defaultProgramPolicy("iop");
const php = defaultProgramPolicy("php");
// Wednesday; this week began Monday 2026-03-09, and the two completed weeks before it
// began 2026-03-02 and 2026-02-23.
const today = "2026-03-11";

function kinds(flags: ComplianceFlag[]): string[] {
  return flags.map((f) => f.kind);
}

describe("complianceFlags: this week (in progress)", () => {
  it("flags minutes under the floor so far, with how far short and days left", () => {
    const flags = complianceFlags({ policy: iop, weeks: [{ weekStart: "2026-03-09", minutes: 360 }], recentSessions: [], today });
    expect(flags).toEqual([
      {
        kind: "under_floor_this_week",
        weekStart: "2026-03-09",
        minutes: 360,
        floor: 540,
        minutesShort: 180,
        daysLeftInWeek: 4,
        remainingScheduledMinutes: null,
      },
    ]);
  });

  it("does not flag a week already at the floor", () => {
    expect(complianceFlags({ policy: iop, weeks: [{ weekStart: "2026-03-09", minutes: 540 }], recentSessions: [], today })).toEqual([]);
  });

  it("with the rest of the week's schedule, flags only once the floor cannot be reached", () => {
    const base = { policy: iop, weeks: [{ weekStart: "2026-03-09", minutes: 360 }], recentSessions: [], today };
    expect(complianceFlags({ ...base, remainingScheduledMinutesThisWeek: 180 })).toEqual([]);
    const [flag] = complianceFlags({ ...base, remainingScheduledMinutesThisWeek: 179 });
    expect(flag).toMatchObject({ kind: "under_floor_this_week", remainingScheduledMinutes: 179, minutesShort: 180 });
  });

  it("treats a week with no entry as nothing delivered, and Sunday as the last day", () => {
    const [flag] = complianceFlags({ policy: php, weeks: [], recentSessions: [], today: "2026-03-15" });
    expect(flag).toMatchObject({ kind: "under_floor_this_week", weekStart: "2026-03-09", minutes: 0, minutesShort: 1200, daysLeftInWeek: 0 });
  });
});

describe("complianceFlags: level-of-care review (completed weeks)", () => {
  it("is due after two completed weeks under the floor in a row", () => {
    const weeks = [
      { weekStart: "2026-02-23", minutes: 1100 },
      { weekStart: "2026-03-02", minutes: 1150 },
      { weekStart: "2026-03-09", minutes: 1200 },
    ];
    const flags = complianceFlags({ policy: php, weeks, recentSessions: [], today });
    expect(flags).toEqual([
      {
        kind: "level_review_due",
        floor: 1200,
        weeks: [
          { weekStart: "2026-02-23", minutes: 1100 },
          { weekStart: "2026-03-02", minutes: 1150 },
        ],
      },
    ]);
  });

  it("is not due when only one of the two completed weeks was short", () => {
    const weeks = [
      { weekStart: "2026-02-23", minutes: 1200 },
      { weekStart: "2026-03-02", minutes: 600 },
      { weekStart: "2026-03-09", minutes: 1200 },
    ];
    expect(kinds(complianceFlags({ policy: php, weeks, recentSessions: [], today }))).toEqual([]);
  });

  it("does not count the week in progress as one of the two", () => {
    const weeks = [
      { weekStart: "2026-02-23", minutes: 1300 },
      { weekStart: "2026-03-02", minutes: 600 },
      { weekStart: "2026-03-09", minutes: 100 },
    ];
    expect(kinds(complianceFlags({ policy: php, weeks, recentSessions: [], today }))).toEqual(["under_floor_this_week"]);
  });

  it("is not due before the client has two completed weeks here", () => {
    const weeks = [
      { weekStart: "2026-03-02", minutes: 300 },
      { weekStart: "2026-03-09", minutes: 1200 },
    ];
    expect(kinds(complianceFlags({ policy: php, weeks, recentSessions: [], today }))).toEqual([]);
  });

  it("counts a missing completed week as nothing delivered", () => {
    const weeks = [
      { weekStart: "2026-02-16", minutes: 1300 },
      { weekStart: "2026-03-02", minutes: 1000 },
      { weekStart: "2026-03-09", minutes: 1200 },
    ];
    const flags = complianceFlags({ policy: php, weeks, recentSessions: [], today });
    expect(flags).toContainEqual({
      kind: "level_review_due",
      floor: 1200,
      weeks: [
        { weekStart: "2026-02-23", minutes: 0 },
        { weekStart: "2026-03-02", minutes: 1000 },
      ],
    });
  });
});

describe("complianceFlags: outreach", () => {
  it.each([
    [["present", "absent", "absent"], 2, true],
    [["absent", "absent", "present"], 0, false],
    [["absent"], 1, false],
    [["absent", "excused", "absent"], 1, false], // the client was in touch about the excused one
    [["late", "absent", "absent", "absent"], 3, true],
    [[], 0, false],
  ] as const)("after %o: %i in a row, outreach due: %s", (statuses, run, due) => {
    const flags = complianceFlags({ policy: iop, weeks: [{ weekStart: "2026-03-09", minutes: 600 }], recentSessions: statuses, today });
    expect(trailingAbsences(statuses)).toBe(run);
    expect(kinds(flags).includes("outreach_due")).toBe(due);
  });

  it("uses the program's own threshold", () => {
    const policy = { ...iop, consecutiveAbsencesForOutreach: 3 };
    const statuses: AttendanceStatus[] = ["absent", "absent"];
    expect(complianceFlags({ policy, weeks: [{ weekStart: "2026-03-09", minutes: 600 }], recentSessions: statuses, today })).toEqual([]);
    expect(
      complianceFlags({ policy, weeks: [{ weekStart: "2026-03-09", minutes: 600 }], recentSessions: [...statuses, "absent"], today }),
    ).toEqual([{ kind: "outreach_due", consecutiveAbsences: 3, threshold: 3 }]);
  });

  it("is due exactly when the last N statuses are all absent (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...attendanceStatuses), { maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (statuses, n) => {
        const policy = { ...iop, consecutiveAbsencesForOutreach: n };
        const flags = complianceFlags({ policy, weeks: [{ weekStart: "2026-03-09", minutes: 600 }], recentSessions: statuses, today });
        const lastN = statuses.slice(-n);
        const expected = lastN.length === n && lastN.every((s) => s === "absent");
        expect(kinds(flags).includes("outreach_due")).toBe(expected);
      }),
    );
  });
});

describe("describeComplianceFlag", () => {
  it("states each flag with its numbers", () => {
    const weeks = [
      { weekStart: "2026-02-23", minutes: 1100 },
      { weekStart: "2026-03-02", minutes: 1150 },
      { weekStart: "2026-03-09", minutes: 300 },
    ];
    const flags = complianceFlags({ policy: php, weeks, recentSessions: ["absent", "absent"], today });
    expect(flags.map((flag) => describeComplianceFlag(flag))).toEqual([
      "5 h delivered this week (week of 2026-03-09); 15 h short of the 20 h floor with 4 days left.",
      "Under the 20 h floor two weeks running (18 h 20 min week of 2026-02-23, 19 h 10 min week of 2026-03-02): level-of-care review due.",
      "2 absences in a row (outreach after 2): reach out to the client.",
    ]);
  });

  it("says what is still scheduled, and dates the weeks the way the screen asks", () => {
    const flags = complianceFlags({
      policy: php,
      weeks: [{ weekStart: "2026-03-09", minutes: 300 }],
      recentSessions: [],
      today,
      remainingScheduledMinutesThisWeek: 240,
    });
    expect(describeComplianceFlag(flags[0]!, { formatDate: (date) => `«${date}»` })).toBe(
      "5 h delivered this week (week of «2026-03-09»); 15 h short of the 20 h floor with 4 days left, 4 h still scheduled.",
    );
  });
});

describe("completedWeeksUnderFloor", () => {
  // Wednesday 2026-03-18: this week began Monday 03-16 and is still running.
  const today = "2026-03-18";
  const week = (weekStart: string, minutes: number) => ({ weekStart, minutes });

  it("counts completed weeks back from last week until one reaches the floor", () => {
    const weeks = [week("2026-02-23", 600), week("2026-03-02", 300), week("2026-03-09", 420), week("2026-03-16", 0)];
    expect(completedWeeksUnderFloor(weeks, 540, today)).toBe(2);
  });

  it("never counts the week still running, nor weeks before the first on record", () => {
    expect(completedWeeksUnderFloor([week("2026-03-16", 0)], 540, today)).toBe(0);
    expect(completedWeeksUnderFloor([week("2026-03-09", 100)], 540, today)).toBe(1);
    expect(completedWeeksUnderFloor([], 540, today)).toBe(0);
  });

  it("reads a week missing between records as none attended", () => {
    expect(completedWeeksUnderFloor([week("2026-02-23", 100), week("2026-03-09", 100)], 540, today)).toBe(3);
  });

  it("stops at a week that met the floor exactly", () => {
    expect(completedWeeksUnderFloor([week("2026-03-02", 540), week("2026-03-09", 539)], 540, today)).toBe(1);
  });
});
