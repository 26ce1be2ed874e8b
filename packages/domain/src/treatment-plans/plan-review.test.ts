import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { careLevels } from "../care-levels/care-level";
import { nextReviewDue } from "../care-levels/recertification";
import { addDays } from "../time/calendar-date";
import { isPlanReviewDue, nextPlanReviewDue, planReviewPolicy, planReviewPolicySchema } from "./plan-review";

describe("planReviewPolicy", () => {
  it("defaults to 30 days in PHP and IOP, 90 in outpatient, and is valid policy data", () => {
    expect(planReviewPolicySchema.parse(planReviewPolicy)).toEqual({ everyDays: { php: 30, iop: 30, outpatient: 90 } });
  });

  it.each([
    ["a level left out", { everyDays: { php: 30, iop: 30 } }],
    ["0 days", { everyDays: { php: 0, iop: 30, outpatient: 90 } }],
    ["over a year", { everyDays: { php: 30, iop: 30, outpatient: 366 } }],
    ["part days", { everyDays: { php: 14.5, iop: 30, outpatient: 90 } }],
  ])("refuses %s", (_name, policy) => {
    expect(planReviewPolicySchema.safeParse(policy).success).toBe(false);
  });
});

describe("nextPlanReviewDue", () => {
  const admittedOn = "2026-03-02";
  const withRecertification = (level: (typeof careLevels)[number], lastPlanReviewOn: string | null, lastRecertificationOn: string | null) =>
    nextPlanReviewDue({ level, admittedOn, lastPlanReviewOn, nextRecertificationDue: nextReviewDue({ level, admittedOn, lastReviewOn: lastRecertificationOn }) });

  it.each([
    // PHP's first recertification (day 18, 2026-03-19) comes before 30 days from admission.
    ["php", null, null, "2026-03-19"],
    // Then every 30 days from the plan's last review, unless a recertification comes first.
    ["php", "2026-03-19", "2026-03-19", "2026-04-18"],
    ["php", "2026-03-25", "2026-03-19", "2026-04-18"],
    // IOP: 30 days, well before the 60-day recertification.
    ["iop", null, null, "2026-04-01"],
    ["iop", "2026-04-20", null, "2026-05-01"], // pulled forward to the recertification on 2026-05-01
    ["outpatient", null, null, "2026-05-31"], // 90 days; no recertification
    ["outpatient", "2026-01-10", null, "2026-05-31"], // a review before admission belongs to an earlier enrollment
  ] as const)("%s, last plan review %s, last recertification %s → %s", (level, lastPlan, lastRecert, due) => {
    expect(withRecertification(level, lastPlan, lastRecert)).toBe(due);
  });

  it("follows a program's own cadence", () => {
    const policy = { everyDays: { php: 14, iop: 21, outpatient: 60 } };
    expect(nextPlanReviewDue({ level: "iop", admittedOn, lastPlanReviewOn: null, nextRecertificationDue: "2026-05-01" }, policy)).toBe("2026-03-23");
  });

  const date = fc.integer({ min: 0, max: 3000 }).map((days) => addDays("2024-01-01", days));

  it("never falls after the next recertification, nor after the cadence from the last review", () => {
    fc.assert(
      fc.property(fc.constantFrom(...careLevels), date, fc.option(date), fc.option(date), (level, admitted, lastPlan, lastRecert) => {
        const recertification = nextReviewDue({ level, admittedOn: admitted, lastReviewOn: lastRecert });
        const due = nextPlanReviewDue({ level, admittedOn: admitted, lastPlanReviewOn: lastPlan, nextRecertificationDue: recertification });
        if (recertification !== null) expect(due <= recertification).toBe(true);
        const from = lastPlan !== null && lastPlan >= admitted ? lastPlan : admitted;
        expect(due <= addDays(from, planReviewPolicy.everyDays[level])).toBe(true);
        expect(due === recertification || due === addDays(from, planReviewPolicy.everyDays[level])).toBe(true);
      }),
    );
  });
});

describe("isPlanReviewDue", () => {
  it("is due on the day and after it, not before", () => {
    expect(isPlanReviewDue("2026-03-19", "2026-03-18")).toBe(false);
    expect(isPlanReviewDue("2026-03-19", "2026-03-19")).toBe(true);
    expect(isPlanReviewDue("2026-03-19", "2026-04-02")).toBe(true);
  });
});
