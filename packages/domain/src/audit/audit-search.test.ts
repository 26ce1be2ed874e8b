import { describe, expect, it } from "vitest";
import { auditPeriodInstants, auditSearchLongestPeriodDays, auditSearchSchema, defaultAuditPeriod } from "./audit-search";

const period = { from: "2026-03-01", to: "2026-03-31" };
const issuesOf = (input: unknown) => {
  const parsed = auditSearchSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("the audit search filter", () => {
  it("takes a client, a staff member, an action, an outcome, a period and where the last page ended", () => {
    const search = {
      ...period,
      clientId: "7f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c",
      actorUserId: "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
      action: "clients.detail",
      outcome: "denied",
      before: 120,
    };
    expect(auditSearchSchema.parse(search)).toEqual(search);
    expect(auditSearchSchema.parse({ ...period, clientName: "  Morgan  " }).clientName).toBe("Morgan");
  });

  it("always names a period, and never one longer than a year", () => {
    expect(issuesOf({})).toEqual(expect.arrayContaining([expect.stringMatching(/^from:/), expect.stringMatching(/^to:/)]));
    expect(issuesOf({ from: "2026-01-01", to: "2026-12-31" })).toEqual([]);
    // A leap year's 366 days is still a year; one day more is not.
    expect(issuesOf({ from: "2028-01-01", to: "2028-12-31" })).toEqual([]);
    expect(auditSearchLongestPeriodDays).toBe(366);
    expect(issuesOf({ from: "2026-01-01", to: "2027-01-02" })).toEqual(["to: Search at most a year at a time."]);
  });

  it("refuses a period that ends before it starts, and dates that are not dates", () => {
    expect(issuesOf({ from: "2026-03-02", to: "2026-03-01" })).toEqual(["to: The end of the period comes on or after its start."]);
    expect(issuesOf({ from: "2026-02-30", to: "2026-03-01" })).toEqual(["from: Enter a date as YYYY-MM-DD."]);
    expect(issuesOf({ from: "2026-03-01", to: "2026-03-01" })).toEqual([]);
  });

  it("accepts only the known actions and outcomes, and ids that are ids", () => {
    expect(issuesOf({ ...period, action: "clients.delete" })).toEqual(["action: Choose an action from the list."]);
    expect(issuesOf({ ...period, outcome: "maybe" })).toEqual(["outcome: Choose allowed or denied."]);
    expect(issuesOf({ ...period, clientId: "1 or 1=1" })).toEqual(["clientId: Choose a client from the list."]);
    expect(issuesOf({ ...period, before: 0 })).toHaveLength(1);
    expect(issuesOf({ ...period, clientName: "M" })).toEqual(["clientName: Enter at least two letters of the client's name."]);
  });

  it("starts with the last 30 days, today included", () => {
    expect(defaultAuditPeriod("2026-03-31")).toEqual({ from: "2026-03-02", to: "2026-03-31" });
  });

  it("reads a period as whole days in the center's zone, across a change of clocks", () => {
    // 8 March 2026: New York springs forward, so that day is 23 hours long.
    const { from, until } = auditPeriodInstants({ from: "2026-03-08", to: "2026-03-08" });
    expect(from.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(until.toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });
});
