import { describe, expect, it } from "vitest";
import { careLevels } from "../care-levels/care-level";
import {
  type PolicyViolation,
  type ProgramPolicy,
  defaultProgramPolicy,
  describePolicyViolation,
  programPolicyOf,
  programPolicySchema,
  validProgramPolicySchema,
  validateProgramPolicy,
} from "./program-policy";

function kinds(violations: PolicyViolation[]): string[] {
  return violations.map((v) => v.kind);
}

function withChanges(level: ProgramPolicy["level"], changes: Partial<ProgramPolicy>): ProgramPolicy {
  return { ...defaultProgramPolicy(level), ...changes };
}

describe("defaultProgramPolicy", () => {
  it.each(careLevels)("the %s default is valid", (level) => {
    const policy = defaultProgramPolicy(level);
    expect(validateProgramPolicy(policy)).toEqual([]);
    expect(policy.consecutiveAbsencesForOutreach).toBe(2);
    expect(policy.timeZone).toBe("America/New_York");
  });

  it("hands out copies, so editing one program cannot change another's defaults", () => {
    const first = defaultProgramPolicy("iop");
    first.weeklyMinutes.min = 1;
    expect(defaultProgramPolicy("iop").weeklyMinutes.min).toBe(540);
  });
});

describe("validateProgramPolicy", () => {
  it.each([
    // The regulatory floors: a band may not start under them.
    ["IOP at 8 h 59", "iop", { weeklyMinutes: { min: 539, max: 900 } }, ["weekly_minutes_under_regulatory_floor"]],
    ["IOP at exactly 9 h", "iop", { weeklyMinutes: { min: 540, max: 900 } }, []],
    ["PHP at 19 h 59", "php", { weeklyMinutes: { min: 1199, max: 1800 } }, ["weekly_minutes_under_regulatory_floor"]],
    ["PHP at exactly 20 h", "php", { weeklyMinutes: { min: 1200, max: 1800 } }, []],
    // The level's bounds: OP is under 9 h; IOP at 20 h would be PHP.
    ["OP reaching 9 h", "outpatient", { weeklyMinutes: { min: 0, max: 540 } }, ["weekly_minutes_over_level_ceiling"]],
    ["IOP reaching 20 h", "iop", { weeklyMinutes: { min: 540, max: 1200 }, daysPerWeek: { min: 3, max: 5 } }, ["weekly_minutes_over_level_ceiling"]],
    ["IOP 9–19 h 59", "iop", { weeklyMinutes: { min: 540, max: 1199 } }, []],
    ["reversed band", "iop", { weeklyMinutes: { min: 900, max: 600 } }, ["range_reversed"]],
    ["8 days a week", "iop", { daysPerWeek: { min: 3, max: 8 } }, ["days_per_week_out_of_range"]],
    ["24 h a day", "php", { sessionDayMinutes: { min: 240, max: 1440 } }, ["session_day_minutes_out_of_range"]],
    ["band no schedule reaches", "php", { daysPerWeek: { min: 3, max: 3 } }, ["weekly_band_unreachable"]],
    ["band every schedule exceeds", "iop", { daysPerWeek: { min: 5, max: 5 }, sessionDayMinutes: { min: 200, max: 240 } }, ["weekly_band_always_exceeded"]],
    ["no outreach threshold", "iop", { consecutiveAbsencesForOutreach: 0 }, ["outreach_threshold_invalid"]],
    ["unknown time zone", "iop", { timeZone: "America/Springfield" }, ["unknown_time_zone"]],
    ["another real time zone", "iop", { timeZone: "America/Los_Angeles" }, []],
  ] as const)("%s", (_name, level, changes, expected) => {
    expect(kinds(validateProgramPolicy(withChanges(level, changes)))).toEqual(expected);
  });

  it("carries the numbers behind a floor violation", () => {
    const [violation] = validateProgramPolicy(withChanges("php", { weeklyMinutes: { min: 1080, max: 1800 } }));
    expect(violation).toEqual({ kind: "weekly_minutes_under_regulatory_floor", level: "php", min: 1080, floor: 1200 });
    expect(violation && describePolicyViolation(violation)).toBe("PHP needs at least 20 h a week; this band starts at 18 h.");
  });

  it("describes every kind of violation in its own words, naming the numbers", () => {
    const oneOfEach: Record<PolicyViolation["kind"], PolicyViolation> = {
      range_reversed: { kind: "range_reversed", field: "daysPerWeek", min: 5, max: 3 },
      weekly_minutes_under_regulatory_floor: { kind: "weekly_minutes_under_regulatory_floor", level: "iop", min: 480, floor: 540 },
      weekly_minutes_over_level_ceiling: { kind: "weekly_minutes_over_level_ceiling", level: "outpatient", max: 600, ceiling: 539 },
      days_per_week_out_of_range: { kind: "days_per_week_out_of_range", min: 0, max: 9 },
      session_day_minutes_out_of_range: { kind: "session_day_minutes_out_of_range", min: 0, max: 1500 },
      weekly_band_unreachable: { kind: "weekly_band_unreachable", weeklyMin: 1200, mostSchedulable: 1080 },
      weekly_band_always_exceeded: { kind: "weekly_band_always_exceeded", weeklyMax: 900, leastSchedulable: 1000 },
      outreach_threshold_invalid: { kind: "outreach_threshold_invalid", value: 0 },
      unknown_time_zone: { kind: "unknown_time_zone", timeZone: "Nope/Nowhere" },
    };
    const messages = Object.values(oneOfEach).map(describePolicyViolation);
    expect(new Set(messages).size).toBe(messages.length);
    expect(describePolicyViolation(oneOfEach.days_per_week_out_of_range)).toContain("0–9");
    expect(describePolicyViolation(oneOfEach.unknown_time_zone)).toContain("Nope/Nowhere");
    expect(describePolicyViolation(oneOfEach.weekly_band_unreachable)).toContain("18 h");
  });
});

describe("programPolicySchema", () => {
  it("fills in the defaults for outreach and time zone", () => {
    const parsed = programPolicySchema.parse({
      level: "iop",
      weeklyMinutes: { min: 540, max: 900 },
      daysPerWeek: { min: 3, max: 5 },
      sessionDayMinutes: { min: 180, max: 240 },
    });
    expect(parsed.consecutiveAbsencesForOutreach).toBe(2);
    expect(parsed.timeZone).toBe("America/New_York");
  });

  it("rejects fractional minutes and a band whose minimum exceeds its maximum", () => {
    const base = defaultProgramPolicy("iop");
    expect(programPolicySchema.safeParse({ ...base, weeklyMinutes: { min: 540.5, max: 900 } }).success).toBe(false);
    expect(programPolicySchema.safeParse({ ...base, weeklyMinutes: { min: 900, max: 540 } }).success).toBe(false);
    expect(programPolicySchema.safeParse({ ...base, level: "inpatient" }).success).toBe(false);
  });
});

describe("validProgramPolicySchema", () => {
  it("reports the level's rules as issues on the right field, with the violation attached", () => {
    const result = validProgramPolicySchema.safeParse({ ...defaultProgramPolicy("php"), weeklyMinutes: { min: 1080, max: 1800 }, timeZone: "Mars/Base" });
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((i) => i.path.join("."))).toEqual(["weeklyMinutes", "timeZone"]);
    expect(issues[0]?.message).toBe("PHP needs at least 20 h a week; this band starts at 18 h.");
  });

  it("passes the defaults", () => {
    for (const level of careLevels) expect(validProgramPolicySchema.safeParse(defaultProgramPolicy(level)).success).toBe(true);
  });
});

describe("programPolicyOf", () => {
  it("takes the stored band and zone, and the level's defaults for the rest", () => {
    const policy = programPolicyOf({ level: "iop", timeZone: "America/Chicago", minWeeklyMinutes: 600, maxWeeklyMinutes: 840 });
    expect(policy).toEqual({ ...defaultProgramPolicy("iop"), weeklyMinutes: { min: 600, max: 840 }, timeZone: "America/Chicago" });
    expect(validateProgramPolicy(policy)).toEqual([]);
  });
});
