import { describe, expect, it } from "vitest";
import { complianceFilterFlags } from "./compliance-filter";
import { complianceFlagWords, weekStandingReason, weekStandingWords } from "./compliance-words";

const hours = (minutes: number) => `${minutes / 60} h`;

describe("the board's words", () => {
  it("name every flag once, each differently", () => {
    const words = complianceFilterFlags.map((flag) => complianceFlagWords[flag]);
    expect(new Set(words).size).toBe(complianceFilterFlags.length);
  });

  it("say a week short this week in the same word as a standing and as a flag", () => {
    expect(complianceFlagWords.under_floor_this_week).toBe(weekStandingWords.under_floor);
  });

  it("explain on track and under floor by the sessions still scheduled, and nothing for a week in band", () => {
    expect(weekStandingReason("on_track", 360, hours)).toBe("6 h still scheduled: enough to reach the floor");
    expect(weekStandingReason("under_floor", 180, hours)).toBe("3 h still scheduled: not enough to reach the floor");
    expect(weekStandingReason("under_floor", 0, hours)).toBe("Nothing more scheduled this week");
    expect(weekStandingReason("within_band", 180, hours)).toBeNull();
    expect(weekStandingReason("over_band", 0, hours)).toBeNull();
  });
});
