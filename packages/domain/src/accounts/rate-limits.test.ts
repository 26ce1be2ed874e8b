import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rateLimitMessage, rateLimits, rateLimitWindowStart, secondsUntilNextWindow, withinRateLimit } from "./rate-limits";

const hourly = { uses: 20, windowSeconds: 3600 };

describe("rate limit windows", () => {
  it("start on the window's boundary, so every instance agrees", () => {
    expect(rateLimitWindowStart(hourly, new Date("2025-03-04T10:59:59.999Z"))).toEqual(new Date("2025-03-04T10:00:00.000Z"));
    expect(rateLimitWindowStart(hourly, new Date("2025-03-04T11:00:00.000Z"))).toEqual(new Date("2025-03-04T11:00:00.000Z"));
  });

  it("hold the instant, and the wait reaches the next window exactly", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), fc.integer({ min: 1, max: 86400 }), (at, windowSeconds) => {
        const limit = { uses: 1, windowSeconds };
        const start = rateLimitWindowStart(limit, at).getTime();
        expect(start).toBeLessThanOrEqual(at.getTime());
        expect(at.getTime() - start).toBeLessThan(windowSeconds * 1000);
        const wait = secondsUntilNextWindow(limit, at);
        expect(wait).toBeGreaterThanOrEqual(1);
        expect(rateLimitWindowStart(limit, new Date(at.getTime() + wait * 1000)).getTime()).toBeGreaterThan(start);
      }),
    );
  });

  it("allow the limit's uses and refuse the next", () => {
    expect(withinRateLimit(hourly, 20)).toBe(true);
    expect(withinRateLimit(hourly, 21)).toBe(false);
  });

  it("are set for every action", () => {
    for (const limit of Object.values(rateLimits)) {
      expect(limit.uses).toBeGreaterThan(0);
      expect(limit.windowSeconds).toBeGreaterThan(0);
    }
  });
});

describe("rateLimitMessage", () => {
  it("says when to try again, rounded up, in plain words", () => {
    expect(rateLimitMessage(12 * 60)).toBe("You've done this many times in a short while. Please try again in 12 minutes.");
    expect(rateLimitMessage(11 * 60 + 1)).toBe("You've done this many times in a short while. Please try again in 12 minutes.");
    expect(rateLimitMessage(1)).toBe("You've done this many times in a short while. Please try again in a minute.");
    expect(rateLimitMessage(3600)).toBe("You've done this many times in a short while. Please try again in an hour.");
    expect(rateLimitMessage(3 * 3600)).toBe("You've done this many times in a short while. Please try again in 3 hours.");
  });
});
