import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { programInputSchema, slugFromName } from "./program-input";
import { weeklyMinutesBoundsOf } from "../care-levels/care-level-definitions";
import { careLevels } from "../care-levels/care-level";

const evening = {
  name: "Adult Evening IOP",
  level: "iop" as const,
  track: "general_mental_health" as const,
  timeZone: "America/New_York",
  weeklyMinutes: { min: 540, max: 900 },
  expectedLengthWeeks: 8,
  sessionKinds: ["process_group" as const, "skills_group" as const],
};

function messagesOf(input: unknown): Record<string, string[]> {
  const result = programInputSchema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "");
    (byField[key] ??= []).push(issue.message);
  }
  return byField;
}

describe("programInputSchema", () => {
  it("accepts a sound IOP program and makes its slug from the name", () => {
    expect(programInputSchema.parse(evening).slug).toBe("adult-evening-iop");
    expect(programInputSchema.parse({ ...evening, slug: "evening-iop" }).slug).toBe("evening-iop");
  });

  it("refuses an IOP band under the 9-hour floor, in the policy's own words", () => {
    expect(messagesOf({ ...evening, weeklyMinutes: { min: 480, max: 900 } }).weeklyMinutes).toEqual([
      "IOP needs at least 9 h a week; this band starts at 8 h.",
    ]);
  });

  it("refuses a band above the level's ceiling and an unknown zone, each beside its field", () => {
    const messages = messagesOf({ ...evening, weeklyMinutes: { min: 540, max: 1500 }, timeZone: "Mars/Olympus" });
    expect(messages.timeZone?.[0]).toContain("Mars/Olympus");
    const onBand = messagesOf({ ...evening, weeklyMinutes: { min: 540, max: 1500 } }).weeklyMinutes ?? [];
    expect(onBand.join(" ")).toContain("IOP allows at most 1199 min a week");
  });

  it("refuses a bad slug, no session kinds, a repeated kind and a zero-week length", () => {
    expect(messagesOf({ ...evening, slug: "Adult IOP" }).slug?.[0]).toMatch(/lowercase/);
    expect(messagesOf({ ...evening, sessionKinds: [] }).sessionKinds?.[0]).toMatch(/at least one/);
    expect(messagesOf({ ...evening, sessionKinds: ["family", "family"] }).sessionKinds?.[0]).toMatch(/once/);
    expect(messagesOf({ ...evening, expectedLengthWeeks: 0 }).expectedLengthWeeks?.[0]).toMatch(/at least 1 week/);
  });

  it("asks for a slug when the name has no letters to make one from", () => {
    expect(messagesOf({ ...evening, name: "★★★" }).slug?.[0]).toMatch(/give a slug/);
  });

  it("accepts every band inside a level's bounds that the level's days can reach, and no band under its floor", () => {
    fc.assert(
      fc.property(fc.constantFrom(...careLevels), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (level, a, b) => {
        const band = { min: Math.min(a, b), max: Math.max(a, b) };
        const bounds = weeklyMinutesBoundsOf(level);
        const parsed = programInputSchema.safeParse({ ...evening, level, weeklyMinutes: band });
        if (band.min < bounds.min || band.max > bounds.max) expect(parsed.success).toBe(false);
      }),
    );
  });
});

describe("slugFromName", () => {
  it("keeps lowercase words and digits joined by single hyphens", () => {
    expect(slugFromName("  Dual Diagnosis — IOP (Evening) 2 ")).toBe("dual-diagnosis-iop-evening-2");
    expect(slugFromName("Café Group")).toBe("cafe-group");
  });

  it("always gives a slug the schema accepts, or nothing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const slug = slugFromName(name);
        expect(slug === "" || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(80);
      }),
    );
  });
});
