import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isoWeekdayOf } from "./calendar-date";
import {
  groupSessionSpan,
  scheduleWeeksAheadLimit,
  scheduleWeeksPerPage,
  scheduleWindow,
} from "./client-schedule-scope";

const zone = "America/New_York";
const now = new Date("2026-03-11T15:00:00Z");

describe("groupSessionSpan", () => {
  it("starts at local midnight of the first day and runs open while active", () => {
    const span = groupSessionSpan({ status: "active", startsOn: "2026-03-02", endsOn: null }, zone, now);
    expect(span).toEqual({ from: new Date("2026-03-02T05:00:00Z"), until: null });
  });

  it("starts at the latest placement, so an earlier option's groups are not the client's", () => {
    const span = groupSessionSpan({ status: "active", startsOn: "2026-02-02", endsOn: null, placedOn: "2026-03-02" }, zone, now);
    expect(span?.from).toEqual(new Date("2026-03-02T05:00:00Z"));
    const admission = groupSessionSpan({ status: "active", startsOn: "2026-02-02", endsOn: null, placedOn: "2026-02-02" }, zone, now);
    expect(admission?.from).toEqual(new Date("2026-02-02T05:00:00Z"));
  });

  it("ends at the (exclusive) end date once discharged", () => {
    const span = groupSessionSpan({ status: "discharged", startsOn: "2026-01-05", endsOn: "2026-03-09" }, zone, now);
    expect(span?.until).toEqual(new Date("2026-03-09T04:00:00Z"));
  });

  it("gives no group sessions before the program starts", () => {
    expect(groupSessionSpan({ status: "referred", startsOn: "2026-03-16", endsOn: null }, zone, now)).toBeNull();
    expect(groupSessionSpan({ status: "intake_scheduled", startsOn: "2026-03-16", endsOn: null }, zone, now)).toBeNull();
  });

  it("stops at now while on hold", () => {
    expect(groupSessionSpan({ status: "on_hold", startsOn: "2026-03-02", endsOn: null }, zone, now)?.until).toEqual(now);
  });
});

describe("scheduleWindow", () => {
  const today = "2026-03-11"; // a Wednesday

  it("shows this week and the next three by default", () => {
    const window = scheduleWindow({ today, programStartsOn: "2026-02-02" });
    expect(window.weekStarts).toEqual(["2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30"]);
    expect(window.includesThisWeek).toBe(true);
    expect(window.previousWeekOf).toBe("2026-02-09");
    expect(window.nextWeekOf).toBe("2026-04-06");
  });

  it("starts on the Monday of any requested day", () => {
    expect(scheduleWindow({ requestedWeekOf: "2026-04-09", today, programStartsOn: "2026-02-02" }).weekStarts[0]).toBe(
      "2026-04-06",
    );
  });

  it("does not page back before the program's first week", () => {
    const window = scheduleWindow({ requestedWeekOf: "2025-01-01", today, programStartsOn: "2026-02-04" });
    expect(window.weekStarts[0]).toBe("2026-02-02");
    expect(window.previousWeekOf).toBeNull();
  });

  it("does not page ahead past the limit", () => {
    const window = scheduleWindow({ requestedWeekOf: "2030-01-01", today, programStartsOn: null });
    expect(window.weekStarts.at(-1)).toBe(addDays("2026-03-09", 7 * scheduleWeeksAheadLimit));
    expect(window.nextWeekOf).toBeNull();
    expect(window.includesThisWeek).toBe(false);
  });

  it("always shows whole consecutive weeks starting on Mondays, within bounds (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.integer({ min: -200, max: 30 }), (offset, startOffset) => {
        const window = scheduleWindow({
          requestedWeekOf: addDays(today, offset),
          today,
          programStartsOn: addDays(today, startOffset),
        });
        expect(window.weekStarts).toHaveLength(scheduleWeeksPerPage);
        window.weekStarts.forEach((monday, index) => {
          expect(isoWeekdayOf(monday)).toBe(1);
          if (index > 0) expect(monday).toBe(addDays(window.weekStarts[index - 1]!, 7));
        });
        if (window.previousWeekOf) expect(window.previousWeekOf < window.weekStarts[0]!).toBe(true);
        if (window.nextWeekOf) expect(window.nextWeekOf > window.weekStarts[0]!).toBe(true);
      }),
    );
  });
});
