import { describe, expect, it } from "vitest";
import { chooseFamilySessionFormat, familySessionInputSchema, familySignUpCancellationSchema, familySignUpSchema } from "./family-session-input";

const programId = "6f1d7a3e-0000-4000-8000-000000000001";
const clientId = "6f1d7a3e-0000-4000-8000-000000000002";
const facilitatorStaffId = "6f1d7a3e-0000-4000-8000-000000000003";

const multiFamily = {
  programId,
  format: "multi_family" as const,
  title: "Multi-family group",
  date: "2026-03-04",
  startTime: "18:00",
  endTime: "19:30",
  capacity: 8,
  facilitatorStaffId,
  location: "Family room",
};

function issues(input: unknown): Record<string, string[]> {
  const result = familySessionInputSchema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) (byField[String(issue.path[0])] ??= []).push(issue.message);
  return byField;
}

describe("familySessionInputSchema", () => {
  it("accepts a multi-family group and fills in the default two-hour cutoff", () => {
    const parsed = familySessionInputSchema.parse(multiFamily);
    expect(parsed.signUpCutoffMinutes).toBe(120);
    expect(parsed.clientId).toBeUndefined();
  });

  it("accepts a one-family session for its client, by video only", () => {
    const { location: _location, ...rest } = multiFamily;
    const parsed = familySessionInputSchema.parse({
      ...rest,
      format: "single_family",
      clientId,
      capacity: 3,
      signUpCutoffMinutes: 0,
      videoUrl: "https://video.example/family",
    });
    expect(parsed).toMatchObject({ format: "single_family", clientId, signUpCutoffMinutes: 0 });
  });

  it("asks for a format in the words the scheduling form also uses when none was sent", () => {
    const { format: _format, ...noFormat } = multiFamily;
    expect(issues(noFormat).format).toEqual([chooseFamilySessionFormat]);
    expect(issues({ ...multiFamily, format: "two_families" }).format).toEqual(["Choose one family or a multi-family group."]);
  });

  it("asks which client a one-family session is for", () => {
    expect(issues({ ...multiFamily, format: "single_family" }).clientId).toEqual(["Choose the client whose family this session is for."]);
  });

  it("refuses a client on a multi-family group", () => {
    expect(issues({ ...multiFamily, clientId }).clientId).toEqual([
      "A multi-family group is open to every family in the program; don't choose a client.",
    ]);
  });

  it("needs a place or a video link", () => {
    const { location: _location, ...noPlace } = multiFamily;
    expect(issues(noPlace).location).toEqual(["Give a place or a video link (or both)."]);
  });

  it("needs the end after the start", () => {
    expect(issues({ ...multiFamily, endTime: "18:00" }).endTime).toEqual(["The end time must be after the start time."]);
  });

  it("keeps seats between 1 and 60 whole seats", () => {
    expect(issues({ ...multiFamily, capacity: 0 }).capacity).toEqual(["A session has at least 1 seat."]);
    expect(issues({ ...multiFamily, capacity: 61 }).capacity).toEqual(["A family session has at most 60 seats."]);
    expect(issues({ ...multiFamily, capacity: 2.5 }).capacity).toEqual(["Give the number of seats as a whole number."]);
  });

  it("keeps the cutoff between 0 and two weeks", () => {
    expect(issues({ ...multiFamily, signUpCutoffMinutes: -1 }).signUpCutoffMinutes).toEqual(["The cutoff can't be negative."]);
    expect(issues({ ...multiFamily, signUpCutoffMinutes: 14 * 24 * 60 + 1 }).signUpCutoffMinutes).toEqual([
      "Sign-ups close at most two weeks before.",
    ]);
  });

  it("refuses a video link that isn't https", () => {
    expect(issues({ ...multiFamily, videoUrl: "http://video.example/family" }).videoUrl).toEqual([
      "Give a video link that starts with https://.",
    ]);
  });

  it("refuses a blank title and a blank place, in plain words", () => {
    expect(issues({ ...multiFamily, title: "   " }).title).toEqual(["Give the session a title."]);
    expect(issues({ ...multiFamily, location: "  " }).location?.[0]).toMatch(/^Give a place/);
  });
});

describe("sign-up inputs", () => {
  it("take ids only", () => {
    expect(familySignUpSchema.safeParse({ sessionId: programId, clientId }).success).toBe(true);
    expect(familySignUpSchema.safeParse({ sessionId: "not-an-id", clientId }).success).toBe(false);
    expect(familySignUpCancellationSchema.safeParse({ signUpId: clientId }).success).toBe(true);
    expect(familySignUpCancellationSchema.safeParse({}).success).toBe(false);
  });
});
