import { describe, expect, it } from "vitest";
import { nextReviewDue } from "./recertification";

describe("nextReviewDue (42 CFR 424.24)", () => {
  it.each([
    // level, admittedOn, lastReviewOn, due
    ["php", "2026-03-02", undefined, "2026-03-19"], // the 18th day, counting admission as day 1
    ["php", "2026-02-20", undefined, "2026-03-09"], // across February
    ["php", "2026-03-02", "2026-03-19", "2026-04-18"], // then every 30 days
    ["php", "2026-03-02", "2026-04-18", "2026-05-18"],
    ["php", "2026-03-02", "2025-12-01", "2026-03-19"], // a review from an earlier enrollment does not count
    ["iop", "2026-03-02", undefined, "2026-05-01"], // 60 days
    ["iop", "2026-03-02", "2026-05-01", "2026-06-30"],
    ["iop", "2026-10-15", null, "2026-12-14"],
    ["outpatient", "2026-03-02", undefined, null],
    ["outpatient", "2026-03-02", "2026-04-01", null],
  ] as const)("%s admitted %s, last review %s → due %s", (level, admittedOn, lastReviewOn, due) => {
    expect(nextReviewDue({ level, admittedOn, lastReviewOn })).toBe(due);
  });
});
