import { describe, expect, it } from "vitest";
import { describeComplianceFlag } from "../attendance/compliance-flags";
import { authorizationStanding } from "../utilization-review/authorization";
import { type PlanBoardInput, planBoardFlags } from "./plan-board-flags";

const today = "2026-03-18";
const base: PlanBoardInput = { currentLevel: "iop", today, plan: null, latestAssessment: null, authorization: null };
const kinds = (input: Partial<PlanBoardInput>) => planBoardFlags({ ...base, ...input }).map((flag) => flag.kind);

describe("planBoardFlags", () => {
  it("raises nothing for a client with no plan, assessment or authorization", () => {
    expect(kinds({})).toEqual([]);
  });

  it("asks the care team to sign first, then the client", () => {
    expect(planBoardFlags({ ...base, plan: { staffSigned: false, clientSigned: false, reviewDue: "2026-04-01" } })).toEqual([
      { kind: "plan_awaiting_signature", by: "staff" },
    ]);
    expect(planBoardFlags({ ...base, plan: { staffSigned: true, clientSigned: false, reviewDue: "2026-04-01" } })).toEqual([
      { kind: "plan_awaiting_signature", by: "client" },
    ]);
    expect(kinds({ plan: { staffSigned: true, clientSigned: true, reviewDue: "2026-04-01" } })).toEqual([]);
  });

  it("flags a plan review from its due day on", () => {
    const signed = { staffSigned: true, clientSigned: true };
    expect(kinds({ plan: { ...signed, reviewDue: "2026-03-19" } })).toEqual([]);
    expect(kinds({ plan: { ...signed, reviewDue: today } })).toEqual(["plan_review_due"]);
    expect(kinds({ plan: { ...signed, reviewDue: "2026-03-01" } })).toEqual(["plan_review_due"]);
  });

  it.each([
    { recommended: "php", decision: null, flagged: true },
    { recommended: "php", decision: "confirm", flagged: true },
    { recommended: "php", decision: "decline", flagged: false },
    { recommended: "iop", decision: null, flagged: false },
    { recommended: "inpatient_referral", decision: null, flagged: true },
  ] as const)("suggests a level review when $recommended is recommended and the decision is $decision", ({ recommended, decision, flagged }) => {
    expect(kinds({ latestAssessment: { recommended, decision } }).includes("level_review_suggested")).toBe(flagged);
  });

  it("flags a current authorization ending soon or running out of units, not a comfortable or ended one", () => {
    const standing = (endsOn: string, unitsUsed: number) =>
      authorizationStanding({ unitsApproved: 20, startsOn: "2026-03-01", endsOn }, { unitsUsed, today });
    expect(planBoardFlags({ ...base, authorization: standing("2026-03-22", 5) })).toEqual([
      { kind: "authorization_ending", endsOn: "2026-03-22", unitsUsed: 5, unitsApproved: 20, unitsRemaining: 15, daysLeft: 4 },
    ]);
    expect(kinds({ authorization: standing("2026-04-30", 18) })).toEqual(["authorization_ending"]);
    expect(kinds({ authorization: standing("2026-04-30", 5) })).toEqual([]);
    expect(kinds({ authorization: standing("2026-03-17", 5) })).toEqual([]);
  });
});

describe("the plan flags in staff words", () => {
  it.each([
    [{ kind: "plan_awaiting_signature", by: "client" }, "waits for the client's signature"],
    [{ kind: "plan_awaiting_signature", by: "staff" }, "waits for the care team's signature"],
    [{ kind: "plan_review_due", dueOn: "2026-03-18" }, "review was due 2026-03-18"],
    [{ kind: "level_review_suggested", recommended: "php" }, "recommends Partial Hospitalization (PHP): confirm or decline it"],
    [{ kind: "level_review_suggested", recommended: "inpatient_referral" }, "recommends referral to inpatient care"],
    [{ kind: "authorization_ending", endsOn: "2026-03-22", unitsUsed: 5, unitsApproved: 20, unitsRemaining: 15, daysLeft: 1 }, "ends 2026-03-22 (1 day left), 5 of 20 units used"],
  ] as const)("%o reads %s", (flag, words) => {
    expect(describeComplianceFlag(flag)).toContain(words);
  });
});
