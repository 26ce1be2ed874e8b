import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeCalendarText, foldCalendarLine, formatCalendarUtc, serializeCalendar } from "./icalendar";

const octets = (text: string) => new TextEncoder().encode(text).length;

/** Undo RFC 5545 folding: a CRLF followed by one space joins the lines. */
const unfold = (text: string) => text.replace(/\r\n /g, "");

describe("escapeCalendarText", () => {
  it.each([
    ["Room 2", "Room 2"],
    ["Room 2, floor 3", "Room 2\\, floor 3"],
    ["a;b", "a\\;b"],
    ["back\\slash", "back\\\\slash"],
    ["two\nlines", "two\\nlines"],
    ["windows\r\nline", "windows\\nline"],
    ["old mac\rline", "old mac\\nline"],
    ["bell\u0007 gone, tab\tkept", "bell gone\\, tab\tkept"],
  ])("%j → %j", (raw, escaped) => {
    expect(escapeCalendarText(raw)).toBe(escaped);
  });

  it("escapes the backslash before adding its own", () => {
    expect(escapeCalendarText("\\,")).toBe("\\\\\\,");
  });
});

describe("foldCalendarLine", () => {
  it("leaves a line of 75 octets alone", () => {
    const line = `SUMMARY:${"x".repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldCalendarLine(line)).toBe(line);
  });

  it("folds a 76-octet line into 75 and a continuation starting with a space", () => {
    const line = `SUMMARY:${"x".repeat(68)}`;
    const folded = foldCalendarLine(line).split("\r\n");
    expect(folded).toHaveLength(2);
    expect(octets(folded[0]!)).toBe(75);
    expect(folded[1]).toBe(" x");
  });

  it("never splits a multi-byte character", () => {
    const line = `LOCATION:${"é".repeat(60)}`;
    for (const physical of foldCalendarLine(line).split("\r\n")) {
      expect(physical).not.toContain("\uFFFD");
      expect(octets(physical)).toBeLessThanOrEqual(75);
    }
    expect(unfold(foldCalendarLine(line))).toBe(line);
  });

  it("keeps every physical line within 75 octets and unfolds back to the original (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (value) => {
        const line = `LOCATION:${value.replace(/[\r\n]/g, "")}`;
        const folded = foldCalendarLine(line);
        for (const physical of folded.split("\r\n")) expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
    );
  });
});

describe("formatCalendarUtc", () => {
  it("writes a UTC DATE-TIME with a Z", () => {
    expect(formatCalendarUtc(new Date("2026-03-02T23:00:00.000Z"))).toBe("20260302T230000Z");
  });
});

describe("serializeCalendar", () => {
  const document = {
    productId: "-//Example//Test//EN",
    name: "Stepwise",
    stamp: new Date("2026-03-01T12:00:00Z"),
    refreshMinutes: 60,
    events: [
      {
        uid: "a@stepwise",
        start: new Date("2026-03-02T23:00:00Z"),
        end: new Date("2026-03-03T02:00:00Z"),
        summary: "Program session",
        location: "Room 2, east wing",
        cancelled: false,
      },
      {
        uid: "b@stepwise",
        start: new Date("2026-03-04T23:00:00Z"),
        end: new Date("2026-03-05T02:00:00Z"),
        summary: "Program session",
        location: null,
        cancelled: true,
      },
    ],
  };
  const text = serializeCalendar(document);
  const lines = text.split("\r\n");

  it("uses CRLF line endings only, and ends with one", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("opens with the calendar's fixed properties", () => {
    expect(lines.slice(0, 6)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Example//Test//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Stepwise",
    ]);
    expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT60M");
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("writes each event with its UID, DTSTAMP, UTC times, escaped location and status", () => {
    const first = lines.slice(lines.indexOf("BEGIN:VEVENT"), lines.indexOf("END:VEVENT") + 1);
    expect(first).toEqual([
      "BEGIN:VEVENT",
      "UID:a@stepwise",
      "DTSTAMP:20260301T120000Z",
      "DTSTART:20260302T230000Z",
      "DTEND:20260303T020000Z",
      "SUMMARY:Program session",
      "LOCATION:Room 2\\, east wing",
      "STATUS:CONFIRMED",
      "END:VEVENT",
    ]);
  });

  it("marks a cancelled event CANCELLED and leaves out an empty location", () => {
    const second = lines.slice(lines.lastIndexOf("BEGIN:VEVENT"), lines.lastIndexOf("END:VEVENT") + 1);
    expect(second).toContain("UID:b@stepwise");
    expect(second).toContain("STATUS:CANCELLED");
    expect(second.some((line) => line.startsWith("LOCATION"))).toBe(false);
  });

  it("has exactly one event per input event", () => {
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(2);
  });

  it("folds long lines in the document", () => {
    const long = serializeCalendar({
      ...document,
      events: [{ ...document.events[0]!, location: "A very long room description ".repeat(6) }],
    });
    for (const physical of long.split("\r\n")) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(unfold(long)).toContain(`LOCATION:${"A very long room description ".repeat(6)}`);
  });
});
