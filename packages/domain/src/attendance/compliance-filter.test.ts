import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  complianceBoardFilterSchema,
  complianceBoardPage,
  complianceBoardPageSize,
  complianceFilterFlags,
  matchesComplianceFlag,
  needsFollowUp,
} from "./compliance-filter";
import type { ComplianceFlagKind } from "./compliance-flags";

// Every flag the domain can raise must be filterable: this fails to compile when one is missing.
const everyFlagKind = {
  under_floor_this_week: true,
  level_review_due: true,
  outreach_due: true,
  safety_alert_open: true,
  check_in_overdue: true,
  level_review_suggested: true,
  plan_awaiting_signature: true,
  plan_review_due: true,
  authorization_ending: true,
} satisfies Record<ComplianceFlagKind, true>;

describe("compliance board filter", () => {
  it("offers every compliance flag kind and overdue recertification", () => {
    expect([...complianceFilterFlags].sort()).toEqual([...Object.keys(everyFlagKind), "review_overdue"].sort());
  });

  it("matches a standing by its flags or its overdue review", () => {
    const standing = { flags: [{ kind: "outreach_due" as const }], reviewOverdue: false };
    expect(matchesComplianceFlag(standing, undefined)).toBe(true);
    expect(matchesComplianceFlag(standing, "outreach_due")).toBe(true);
    expect(matchesComplianceFlag(standing, "level_review_due")).toBe(false);
    expect(matchesComplianceFlag(standing, "review_overdue")).toBe(false);
    expect(matchesComplianceFlag({ flags: [], reviewOverdue: true }, "review_overdue")).toBe(true);
  });

  it("property: a standing matches a flag filter exactly when it shows that flag", () => {
    const kinds = Object.keys(everyFlagKind) as ComplianceFlagKind[];
    fc.assert(
      fc.property(fc.subarray(kinds), fc.boolean(), fc.constantFrom(...complianceFilterFlags), (shown, overdue, flag) => {
        const standing = { flags: shown.map((kind) => ({ kind })), reviewOverdue: overdue };
        const expected = flag === "review_overdue" ? overdue : shown.includes(flag);
        expect(matchesComplianceFlag(standing, flag)).toBe(expected);
      }),
    );
  });

  it("accepts no filter, and refuses an unknown flag or a malformed program id", () => {
    expect(complianceBoardFilterSchema.parse({})).toEqual({});
    expect(complianceBoardFilterSchema.safeParse({ flag: "late" }).success).toBe(false);
    expect(complianceBoardFilterSchema.safeParse({ programId: "1 or 1=1" }).success).toBe(false);
  });

  it("pages the board: every row once, in order, a page past the last showing the last", () => {
    fc.assert(
      fc.property(fc.nat(350), fc.integer({ min: 1, max: 6 }), (count, page) => {
        const rows = Array.from({ length: count }, (_, index) => index);
        const pages = complianceBoardPage(rows).pageCount;
        const everyPage = Array.from({ length: pages }, (_, index) => complianceBoardPage(rows, index + 1).rows).flat();
        expect(everyPage).toEqual(rows);
        const shown = complianceBoardPage(rows, page);
        expect(shown.page).toBe(Math.min(page, pages));
        expect(shown.rows.length).toBeLessThanOrEqual(complianceBoardPageSize);
        expect(shown.rows[0] ?? count).toBe(count === 0 ? 0 : shown.firstNumber - 1);
      }),
    );
  });

  it("refuses a page below 1 or not a whole number", () => {
    expect(complianceBoardFilterSchema.safeParse({ page: 0 }).success).toBe(false);
    expect(complianceBoardFilterSchema.safeParse({ page: 1.5 }).success).toBe(false);
    expect(complianceBoardFilterSchema.parse({ page: 3 })).toEqual({ page: 3 });
  });

  it("counts a client as needing follow-up for a flag or an overdue review", () => {
    expect(needsFollowUp({ flags: [], reviewOverdue: false })).toBe(false);
    expect(needsFollowUp({ flags: [{}], reviewOverdue: false })).toBe(true);
    expect(needsFollowUp({ flags: [], reviewOverdue: true })).toBe(true);
  });
});
