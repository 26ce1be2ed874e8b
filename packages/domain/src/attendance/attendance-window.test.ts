import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attendanceWindow, describeAttendanceRefusal, sessionLengthMinutes } from "./attendance-window";

const startsAt = new Date("2026-03-09T23:00:00Z");
const endsAt = new Date("2026-03-10T02:00:00Z");

describe("attendanceWindow", () => {
  it("opens at the session's start and stays open for corrections afterwards", () => {
    expect(attendanceWindow({ startsAt, endsAt, cancelledAt: null }, startsAt)).toEqual({ open: true });
    expect(attendanceWindow({ startsAt, endsAt, cancelledAt: null }, new Date("2026-03-20T12:00:00Z"))).toEqual({ open: true });
  });

  it("refuses a session that has not started, saying when it starts", () => {
    const window = attendanceWindow({ startsAt, endsAt, cancelledAt: null }, new Date("2026-03-09T22:59:00Z"));
    expect(window).toEqual({ open: false, refusal: { kind: "session_not_started", startsAt } });
    if (window.open) throw new Error("expected a refusal");
    expect(describeAttendanceRefusal(window.refusal, { formatInstant: () => "Mon, Mar 9, 6:00 PM EDT" })).toBe(
      "This session hasn't started yet. Attendance can be taken from its start, Mon, Mar 9, 6:00 PM EDT.",
    );
  });

  it("refuses a cancelled session, even one in the past", () => {
    const cancelledAt = new Date("2026-03-08T12:00:00Z");
    const window = attendanceWindow({ startsAt, endsAt, cancelledAt }, new Date("2026-03-12T00:00:00Z"));
    expect(window).toEqual({ open: false, refusal: { kind: "session_cancelled", cancelledAt } });
    if (window.open) throw new Error("expected a refusal");
    expect(describeAttendanceRefusal(window.refusal)).toBe("This session was cancelled, so there is no attendance to take.");
  });

  it("property: open exactly when not cancelled and already started", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), fc.boolean(), (offsetMinutes, cancelled) => {
        const now = new Date(startsAt.getTime() + offsetMinutes * 60_000);
        const window = attendanceWindow({ startsAt, endsAt, cancelledAt: cancelled ? startsAt : null }, now);
        expect(window.open).toBe(!cancelled && offsetMinutes >= 0);
      }),
    );
  });
});

describe("sessionLengthMinutes", () => {
  it("is the session's length in minutes", () => {
    expect(sessionLengthMinutes({ startsAt, endsAt })).toBe(180);
  });
});
