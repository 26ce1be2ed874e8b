import { rateLimitWindows } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { rateLimits, rateLimitWindowStart } from "@stepwise/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeRateLimit } from "../core/rate-limit";
import { forgetPastRateLimitWindows } from "./index";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

const hourMs = 3600_000;

describe("forgetPastRateLimitWindows", () => {
  it("deletes the windows that have ended for every limit and keeps the live ones with their counts", async () => {
    const now = new Date("2026-12-07T12:30:00Z");
    const account = crypto.randomUUID();
    await consumeRateLimit(testDb.db, "family.invite", account, new Date(now.getTime() - 30 * hourMs));
    // Yesterday's daily window (ended at midnight UTC) and today's, which is live.
    await consumeRateLimit(testDb.db, "secondFactor.code.daily", account, new Date(now.getTime() - 23 * hourMs));
    await consumeRateLimit(testDb.db, "secondFactor.code.daily", account, new Date(now.getTime() - 2 * hourMs));
    await consumeRateLimit(testDb.db, "family.invite", account, now);
    await consumeRateLimit(testDb.db, "family.invite", account, now);

    expect(await forgetPastRateLimitWindows(testDb.db, now)).toBe(2);

    const left = await testDb.db.select().from(rateLimitWindows);
    expect(left.map(({ action, windowStart, uses }) => ({ action, windowStart, uses })).sort((a, b) => a.action.localeCompare(b.action))).toEqual([
      { action: "family.invite", windowStart: rateLimitWindowStart(rateLimits["family.invite"], now), uses: 2 },
      {
        action: "secondFactor.code.daily",
        windowStart: rateLimitWindowStart(rateLimits["secondFactor.code.daily"], now),
        uses: 1,
      },
    ]);
    expect(await forgetPastRateLimitWindows(testDb.db, now)).toBe(0);
  });
});
