import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextSessionOf } from "./next-session";

const at = (hour: number) => new Date(Date.UTC(2026, 2, 2, hour));
const session = (id: string, start: number, end: number, cancelled = false) => ({ id, startsAt: at(start), endsAt: at(end), cancelled });

describe("nextSessionOf", () => {
  it("opens on the session happening now", () => {
    const next = nextSessionOf([session("past", 8, 9), session("now", 9, 12), session("later", 13, 15)], at(10));
    expect(next?.session.id).toBe("now");
    expect(next?.happeningNow).toBe(true);
  });

  it("skips cancelled and finished sessions, whatever the order", () => {
    const next = nextSessionOf([session("later", 15, 16), session("cancelled", 11, 12, true), session("over", 8, 10)], at(10));
    expect(next?.session.id).toBe("later");
    expect(next?.happeningNow).toBe(false);
  });

  it("is nothing when nothing is ahead", () => {
    expect(nextSessionOf([session("over", 8, 9)], at(9))).toBeNull();
    expect(nextSessionOf([], at(9))).toBeNull();
  });

  it("never picks a session that is over or cancelled, and none ahead starts earlier (property)", () => {
    const arbitrary = fc.array(
      fc.record({ start: fc.integer({ min: 0, max: 20 }), length: fc.integer({ min: 1, max: 3 }), cancelled: fc.boolean() }),
    );
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 0, max: 23 }), (rows, hour) => {
        const sessions = rows.map((row, index) => session(String(index), row.start, row.start + row.length, row.cancelled));
        const next = nextSessionOf(sessions, at(hour));
        const ahead = sessions.filter((one) => !one.cancelled && one.endsAt > at(hour));
        expect(next === null).toBe(ahead.length === 0);
        if (next) {
          expect(next.session.cancelled).toBe(false);
          expect(next.session.endsAt > at(hour)).toBe(true);
          expect(ahead.every((one) => one.startsAt >= next.session.startsAt)).toBe(true);
        }
      }),
    );
  });
});
