import { describe, expect, it } from "vitest";
import type { CheckIn } from "./check-in-cadence";
import { baselineAndFollowUpIn, checkInCompletion, outcomesPeriod, outcomesSummarySchema } from "./outcomes-input";

const period = { from: "2026-03-01", to: "2026-03-31" };

describe("outcomes input", () => {
  it("defaults to the last 90 days up to today, and refuses an end before the start", () => {
    expect(outcomesPeriod({}, "2026-03-31")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(outcomesPeriod({ to: "2026-02-28" }, "2026-03-31")).toEqual({ from: "2025-12-01", to: "2026-02-28" });
    expect(outcomesSummarySchema.safeParse({ from: "2026-03-02", to: "2026-03-01" }).success).toBe(false);
    expect(outcomesSummarySchema.safeParse({ from: "2026-03-01\u0000" }).success).toBe(false);
  });

  it("counts a client only when the enrollment's first response and a later one fall in the period", () => {
    expect(baselineAndFollowUpIn([{ dueOn: "2026-03-02", total: 18 }, { dueOn: "2026-03-09", total: 12 }, { dueOn: "2026-03-16", total: 9 }], period)).toEqual({ baseline: 18, latest: 9 });
    expect(baselineAndFollowUpIn([{ dueOn: "2026-02-20", total: 18 }, { dueOn: "2026-03-09", total: 12 }], period)).toBeNull();
    expect(baselineAndFollowUpIn([{ dueOn: "2026-03-02", total: 18 }], period)).toBeNull();
    expect(baselineAndFollowUpIn([{ dueOn: "2026-03-30", total: 18 }, { dueOn: "2026-04-06", total: 12 }], period)).toBeNull();
  });

  it("counts the check-ins of the period asked so far, and the answered ones", () => {
    const checkIn = (dueOn: string, state: CheckIn["state"]): CheckIn => ({ instrument: "phq9", occasion: "scheduled", dueOn, expiresOn: dueOn, remindOn: dueOn, state });
    const checkIns = [checkIn("2026-02-22", "answered"), checkIn("2026-03-01", "answered"), checkIn("2026-03-08", "expired"), checkIn("2026-03-15", "due"), checkIn("2026-03-22", "upcoming")];
    expect(checkInCompletion(checkIns, period)).toEqual({ due: 3, answered: 1 });
  });
});
