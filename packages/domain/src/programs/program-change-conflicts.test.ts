import { describe, expect, it } from "vitest";
import { programSettingsConflicts, scheduleOptionChangeConflicts } from "./program-change-conflicts";

const settings = {
  level: "iop" as const,
  weeklyMinutes: { min: 540, max: 900 },
  timeZone: "America/New_York",
  sessionKinds: ["process_group", "skills_group"] as ("process_group" | "skills_group" | "family")[],
};
const evening = { name: "Evening track", shift: "evening" as const, weekdays: [1, 3, 4] as const, startTime: "18:00", endTime: "21:00" };
const process = { title: "Process group", kind: "process_group" as const, scheduleOptionId: "o", weekdays: [1, 3] as const, startTime: "18:00", endTime: "19:30" };

describe("programSettingsConflicts", () => {
  it("finds none when the options keep the band and the templates keep their kinds", () => {
    expect(programSettingsConflicts({ settings, currentTimeZone: "America/New_York", currentLevel: "iop", openEnrollments: 3, options: [evening], templates: [process] })).toEqual([]);
  });

  it("lists every reason at once: the raised band, the kind withdrawn and the zone moved", () => {
    const reasons = programSettingsConflicts({
      settings: { ...settings, weeklyMinutes: { min: 600, max: 900 }, sessionKinds: ["skills_group"], timeZone: "America/Chicago" },
      currentTimeZone: "America/New_York",
      currentLevel: "iop",
      openEnrollments: 0,
      options: [evening],
      templates: [process],
    });
    expect(reasons).toEqual([
      "Evening track: The week has 9 h of sessions; the program's band is 10 h to 15 h.",
      'The session template "Process group" runs a kind of session this change no longer offers; end it first.',
      "The time zone can't change while session templates are running: their sessions are dated in the current zone.",
    ]);
  });

  it("refuses a new level of care while clients are enrolled, and allows it once none are", () => {
    const php = { ...settings, level: "php" as const, weeklyMinutes: { min: 1200, max: 1800 } };
    const moved = (openEnrollments: number) =>
      programSettingsConflicts({ settings: php, currentTimeZone: "America/New_York", currentLevel: "iop", openEnrollments, options: [], templates: [] });
    expect(moved(2)).toEqual(["The level of care can't change while 2 clients are enrolled in this program; move them with a level-of-care change instead."]);
    expect(moved(1)).toEqual(["The level of care can't change while 1 client is enrolled in this program; move them with a level-of-care change instead."]);
    expect(moved(0)).toEqual([]);
  });
});

describe("scheduleOptionChangeConflicts", () => {
  it("refuses new days that drop a template's day, naming the template", () => {
    const reasons = scheduleOptionChangeConflicts({
      option: { ...evening, weekdays: [2, 3, 4], startTime: "18:30", endTime: "21:30" },
      settings,
      templates: [process],
    });
    expect(reasons).toEqual([
      'The session template "Process group" meets on Mondays: Evening track does not meet on Mondays.',
      'The session template "Process group" meets at 18:00–19:30: 18:00–19:30 is outside Evening track\'s hours (18:30–21:30).',
    ]);
  });
});
