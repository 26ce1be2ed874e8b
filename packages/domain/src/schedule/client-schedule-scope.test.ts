import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isoWeekdayOf } from "../time/calendar-date";
import {
  groupSessionSpans,
  scheduleWeeksAheadLimit,
  scheduleWeeksPerPage,
  scheduleWindow,
} from "./client-schedule-scope";

const zone = "America/New_York";

describe("groupSessionSpans", () => {
  const admission = { effectiveOn: "2026-03-02", programId: "php", scheduleOptionId: "day", level: "php" as const };
  const stepDown = { effectiveOn: "2026-03-12", programId: "iop", scheduleOptionId: "evening", level: "iop" as const };
  const active = [{ effectiveOn: "2026-03-02", toStatus: "active" as const }];

  it("starts at local midnight of the first day and runs open while active", () => {
    const spans = groupSessionSpans({ startsOn: "2026-03-02", endsOn: null, placements: [admission], statusChanges: active }, zone);
    expect(spans).toEqual([{ scheduleOptionId: "day", from: new Date("2026-03-02T05:00:00Z"), until: null }]);
  });

  it("keeps each placement's groups for the days it was in force, across the DST change", () => {
    const spans = groupSessionSpans({ startsOn: "2026-03-02", endsOn: null, placements: [admission, stepDown], statusChanges: active }, zone);
    expect(spans).toEqual([
      { scheduleOptionId: "day", from: new Date("2026-03-02T05:00:00Z"), until: new Date("2026-03-12T04:00:00Z") },
      { scheduleOptionId: "evening", from: new Date("2026-03-12T04:00:00Z"), until: null },
    ]);
  });

  it("ends at the (exclusive) end date, and pauses for a hold", () => {
    const spans = groupSessionSpans(
      {
        startsOn: "2026-01-05",
        endsOn: "2026-03-09",
        placements: [{ ...admission, effectiveOn: "2026-01-05" }],
        statusChanges: [
          { effectiveOn: "2026-01-05", toStatus: "active" },
          { effectiveOn: "2026-02-02", toStatus: "on_hold" },
          { effectiveOn: "2026-02-09", toStatus: "active" },
          { effectiveOn: "2026-03-09", toStatus: "discharged" },
        ],
      },
      zone,
    );
    expect(spans.map((span) => [span.from.toISOString(), span.until?.toISOString()])).toEqual([
      ["2026-01-05T05:00:00.000Z", "2026-02-02T05:00:00.000Z"],
      ["2026-02-09T05:00:00.000Z", "2026-03-09T04:00:00.000Z"],
    ]);
  });

  it("gives no group sessions before the program starts", () => {
    expect(groupSessionSpans({ startsOn: "2026-03-16", endsOn: null, placements: [], statusChanges: [{ effectiveOn: "2026-03-01", toStatus: "referred" }] }, zone)).toEqual([]);
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
