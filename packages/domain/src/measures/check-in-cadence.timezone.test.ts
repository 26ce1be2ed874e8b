import { describe, expect, it } from "vitest";
import { daysBetween } from "../time/calendar-date";
import { instantToZonedDate, zonedWallClockToInstant } from "../time/time-zone";
import { type CheckInCadenceInput, checkInsFor, dueCheckIns } from "./check-in-cadence";

// Rerun under several TZ values (package.json's test:timezones): the server's zone must not matter.
const newYork = "America/New_York";
const policy = { schedule: [{ instrument: "phq9", atIntake: true, atDischarge: true, everyWeeks: 1 }], expiresAfterDays: 4, remindAfterDays: 2 } as const;
const input = (admittedOn: string, today: string): CheckInCadenceInput => ({ policy, admittedOn, dischargedOn: null, holds: [], responses: [], today });
const localMidnight = (date: string) => zonedWallClockToInstant(date, "00:00", newYork).getTime();

describe("checkInsFor across New York's changes of clocks", () => {
  it("keeps the spring check-ins 7 days apart, though that week is 167 hours long (2026-03-08)", () => {
    const days = checkInsFor(input("2026-03-05", "2026-03-13")).map((c) => c.dueOn);
    expect(days).toEqual(["2026-03-05", "2026-03-12", "2026-03-19"]);
    expect(daysBetween("2026-03-05", "2026-03-12")).toBe(7);
    expect((localMidnight("2026-03-12") - localMidnight("2026-03-05")) / 3_600_000).toBe(167);
  });

  it("keeps the autumn check-ins 7 days apart, though that week is 169 hours long (2026-11-01)", () => {
    const days = checkInsFor(input("2026-10-29", "2026-11-06")).map((c) => c.dueOn);
    expect(days).toEqual(["2026-10-29", "2026-11-05", "2026-11-12"]);
    expect((localMidnight("2026-11-05") - localMidnight("2026-10-29")) / 3_600_000).toBe(169);
  });

  it("opens Monday's check-in on Monday in New York, whatever day it is in UTC", () => {
    // Sunday 15 March, 23:30 EDT is already Monday in UTC.
    const sundayNight = new Date("2026-03-16T03:30:00Z");
    const mondayMorning = new Date("2026-03-16T04:30:00Z");
    const due = (now: Date) => dueCheckIns(input("2026-03-02", instantToZonedDate(now, newYork))).map((c) => c.dueOn);
    expect(due(sundayNight)).toEqual([]);
    expect(due(mondayMorning)).toEqual(["2026-03-16"]);
  });
});
