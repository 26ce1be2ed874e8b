import { describe, expect, it } from "vitest";
import {
  describeSessionTemplateViolation,
  sessionTemplateEndSchema,
  sessionTemplateInputSchema,
  sessionTemplateUpdateSchema,
  sessionTemplateViolations,
} from "./session-template-input";

const optionId = "6f1d7a3e-0000-4000-8000-000000000001";
const template = {
  scheduleOptionId: optionId,
  kind: "process_group" as const,
  title: "Process group",
  weekdays: [1, 3],
  startTime: "18:00",
  endTime: "19:30",
  location: "Group room A",
  startsOn: "2026-03-02",
};
const setting = {
  program: { sessionKinds: ["process_group", "skills_group"] as const },
  option: { name: "Evening track", weekdays: [1, 3, 4] as const, startTime: "18:00", endTime: "21:00" },
};

function fieldsWithIssues(input: unknown): string[] {
  const result = sessionTemplateInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => String(issue.path[0]));
}

describe("sessionTemplateInputSchema", () => {
  it("accepts a room, a video link, or both", () => {
    expect(sessionTemplateInputSchema.safeParse(template).success).toBe(true);
    const { location: _room, ...online } = template;
    expect(sessionTemplateInputSchema.safeParse({ ...online, videoUrl: "https://video.example.org/evening" }).success).toBe(true);
  });

  it("needs a place, an https link, an end after the start and a last date after the first", () => {
    const { location: _room, ...nowhere } = template;
    expect(fieldsWithIssues(nowhere)).toEqual(["location"]);
    expect(fieldsWithIssues({ ...template, videoUrl: "http://video.example.org" })).toEqual(["videoUrl"]);
    expect(fieldsWithIssues({ ...template, videoUrl: "javascript:alert(1)" })).toEqual(["videoUrl"]);
    expect(fieldsWithIssues({ ...template, endTime: "17:00" })).toEqual(["endTime"]);
    expect(fieldsWithIssues({ ...template, endsOn: "2026-03-01" })).toEqual(["endsOn"]);
    expect(fieldsWithIssues({ ...template, capacity: 0 })).toEqual(["capacity"]);
  });

  it("lets an update change everything but the option and first date", () => {
    const { scheduleOptionId: _option, startsOn: _from, ...details } = template;
    expect(sessionTemplateUpdateSchema.parse({ ...details, title: "Process group (renamed)" }).title).toBe("Process group (renamed)");
  });

  it("needs a reason to end a template", () => {
    expect(sessionTemplateEndSchema.safeParse({ endsOn: "2026-04-01", reason: "" }).success).toBe(false);
    expect(sessionTemplateEndSchema.safeParse({ endsOn: "2026-04-01", reason: "Group merged into Thursday" }).success).toBe(true);
  });
});

describe("sessionTemplateViolations", () => {
  const parsed = sessionTemplateInputSchema.parse(template);

  it("accepts a template on the option's days and inside its hours", () => {
    expect(sessionTemplateViolations(parsed, setting)).toEqual([]);
  });

  it("names a kind the program does not offer, each day the option does not meet, and hours outside it", () => {
    const stray = sessionTemplateInputSchema.parse({ ...template, kind: "family", weekdays: [2, 3, 6], startTime: "17:00", endTime: "18:30" });
    const reasons = sessionTemplateViolations(stray, setting).map((v) => describeSessionTemplateViolation(v, setting.option.name));
    expect(reasons).toEqual([
      "This program does not offer family sessions; add the kind to the program first.",
      "Evening track does not meet on Tuesdays.",
      "Evening track does not meet on Saturdays.",
      "17:00–18:30 is outside Evening track's hours (18:00–21:00).",
    ]);
  });
});
