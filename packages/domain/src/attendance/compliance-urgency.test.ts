import { describe, expect, it } from "vitest";
import { compareComplianceUrgency, type ComplianceStanding } from "./compliance-urgency";

const standing = (kinds: ComplianceStanding["flags"][number]["kind"][], review: string | null = null, overdue = false) => ({
  flags: kinds.map((kind) => ({ kind })),
  nextReviewDue: review,
  reviewOverdue: overdue,
});

describe("compareComplianceUrgency", () => {
  it("puts a level review before outreach before a short week before nothing", () => {
    const list = [
      standing([]),
      standing(["under_floor_this_week"]),
      standing(["level_review_due"]),
      standing(["outreach_due"]),
    ];
    expect(list.sort(compareComplianceUrgency).map((s) => s.flags[0]?.kind ?? "none")).toEqual([
      "level_review_due",
      "outreach_due",
      "under_floor_this_week",
      "none",
    ]);
  });

  it("breaks ties by the number of flags, then an overdue review, then the earlier review date", () => {
    const two = standing(["outreach_due", "under_floor_this_week"]);
    const one = standing(["outreach_due"]);
    expect(compareComplianceUrgency(two, one)).toBeLessThan(0);
    expect(compareComplianceUrgency(standing([], "2026-12-01", true), standing([], "2026-11-01"))).toBeLessThan(0);
    expect(compareComplianceUrgency(standing([], "2026-11-01"), standing([], "2026-12-01"))).toBeLessThan(0);
    expect(compareComplianceUrgency(standing([], null), standing([], "2026-12-01"))).toBeGreaterThan(0);
  });
});
