import { describe, expect, it } from "vitest";
import {
  calendarEventSummary,
  calendarFeedLocation,
  calendarInPersonLocation,
  calendarFeedRange,
  calendarFeedText,
  calendarVideoLocation,
  isCalendarFeedToken,
} from "./calendar-feed";

const session = {
  id: "5f0c8a52-7a3c-4c59-9a55-1d2e3f4a5b6c",
  startsAt: new Date("2026-03-02T23:00:00Z"),
  endsAt: new Date("2026-03-03T02:00:00Z"),
  location: "Room 2",
  videoUrl: null,
  cancelled: false,
};

describe("calendarFeedRange", () => {
  it("reaches two weeks back and eight weeks ahead", () => {
    const now = new Date("2026-03-02T12:00:00Z");
    const { from, to } = calendarFeedRange(now);
    expect(from.toISOString()).toBe("2026-02-16T12:00:00.000Z");
    expect(to.toISOString()).toBe("2026-04-27T12:00:00.000Z");
  });
});

describe("isCalendarFeedToken", () => {
  it.each([
    ["A".repeat(43), true],
    ["abc-DEF_123".padEnd(43, "x"), true],
    ["A".repeat(42), false],
    ["A".repeat(44), false],
    [`${"A".repeat(42)}=`, false],
    [`${"A".repeat(42)}/`, false],
    ["", false],
  ])("%j → %s", (token, valid) => {
    expect(isCalendarFeedToken(token)).toBe(valid);
  });
});

describe("calendarFeedLocation", () => {
  it.each(["Room 2", "Substance use wing", "https://zoom.example/j/123", "Zoom, meeting ID 123 456, passcode 9999"])(
    "says only that a session with a place (%s) is in person, never the place itself",
    (location) => {
      expect(calendarFeedLocation({ location, videoUrl: "https://video.example/abc" })).toBe(calendarInPersonLocation);
      expect(calendarFeedLocation({ location, videoUrl: null })).toBe(calendarInPersonLocation);
    },
  );

  it("never shows a video link, only that the session is by video", () => {
    expect(calendarFeedLocation({ location: null, videoUrl: "https://video.example/abc" })).toBe(calendarVideoLocation);
  });

  it("leaves the location out when there is none", () => {
    expect(calendarFeedLocation({ location: "  ", videoUrl: null })).toBeNull();
  });
});

describe("calendarFeedText", () => {
  const now = new Date("2026-03-01T12:00:00Z");

  it("names every event 'Program session' whatever the session was", () => {
    const text = calendarFeedText([session, { ...session, id: "other" }], now);
    expect(text.match(/^SUMMARY:.*$/gm)).toEqual([`SUMMARY:${calendarEventSummary}`, `SUMMARY:${calendarEventSummary}`]);
  });

  it("carries no video link, and a stable UID per session", () => {
    const text = calendarFeedText([{ ...session, location: null, videoUrl: "https://video.example/secret-room" }], now);
    expect(text).not.toContain("video.example");
    expect(text).toContain(`UID:${session.id}@stepwise\r\n`);
    expect(text).not.toMatch(/^(DESCRIPTION|URL|ATTENDEE|ORGANIZER)/m);
  });

  it("marks a cancelled session CANCELLED", () => {
    expect(calendarFeedText([{ ...session, cancelled: true }], now)).toContain("STATUS:CANCELLED\r\n");
  });

  it("is named Stepwise with a fixed product id", () => {
    const text = calendarFeedText([], now);
    expect(text).toContain("X-WR-CALNAME:Stepwise\r\n");
    expect(text).toContain("PRODID:-//Stepwise//Client schedule//EN\r\n");
  });
});
