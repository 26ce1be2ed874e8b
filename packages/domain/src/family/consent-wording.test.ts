import { describe, expect, it } from "vitest";
import { type ConsentExpiry, consentScopes } from "./consent";
import {
  type ConsentReader,
  consentExpiryEventWording,
  consentExpiryWordingFor,
  consentScopeWording,
  consentScopeWordingFor,
} from "./consent-wording";

const onDate: ConsentExpiry = { kind: "date", on: "2027-03-01" };
const atEndOfTreatment: ConsentExpiry = { kind: "event", event: "end_of_treatment" };
const alex: ConsentReader = { clientFirstName: "Alex" };
const readers: ConsentReader[] = ["client", alex, "staff"];

describe("consent wording for the client who signs it", () => {
  it("speaks in the client's own voice", () => {
    expect(consentScopeWording).toEqual({
      schedule: { label: "My schedule", description: "The days and times of my program sessions (not who else attends)." },
      attendance_summary: {
        label: "My attendance summary",
        description: "How many hours and days I attended each week, against my program's weekly hours.",
      },
      plan_summary: {
        label: "My plan summary",
        description: "My level of care, my program and when it started: no notes and nothing I said in sessions.",
      },
      family_sessions: { label: "Family sessions", description: "Signing up for family therapy sessions with me." },
    });
    expect(consentExpiryEventWording.end_of_treatment).toBe("when my treatment here ends");
  });

  it("says until a date in the caller's date format, and until treatment ends without a dangling 'when'", () => {
    expect(consentExpiryWordingFor(onDate, "client", (date) => `[${date}]`)).toBe("until [2027-03-01]");
    expect(consentExpiryWordingFor(atEndOfTreatment, "client", () => "never used")).toBe("until my treatment here ends");
  });
});

describe("consent wording for someone else", () => {
  it("names the client to a family member", () => {
    expect(consentScopes.map((scope) => consentScopeWordingFor(scope, alex).label)).toEqual([
      "Alex's schedule",
      "Alex's attendance summary",
      "Alex's plan summary",
      "Family sessions",
    ]);
    expect(consentScopeWordingFor("schedule", alex).description).toBe("The days and times of Alex's program sessions (not who else attends).");
    expect(consentScopeWordingFor("family_sessions", alex).description).toBe("Signing up for family therapy sessions with Alex.");
    expect(consentExpiryWordingFor(atEndOfTreatment, alex, () => "never used")).toBe("until Alex's treatment here ends");
  });

  it("is neutral for staff", () => {
    expect(consentScopes.map((scope) => consentScopeWordingFor(scope, "staff").label)).toEqual([
      "Schedule",
      "Attendance summary",
      "Plan summary",
      "Family sessions",
    ]);
    expect(consentExpiryWordingFor(atEndOfTreatment, "staff", () => "never used")).toBe("until the client's treatment here ends");
  });

  it("speaks in the first person only to the client", () => {
    for (const reader of readers.filter((reader) => reader !== "client")) {
      for (const scope of consentScopes) {
        const { label, description } = consentScopeWordingFor(scope, reader);
        expect(`${label} ${description}`).not.toMatch(/\b(my|me|I)\b/i);
      }
      expect(consentExpiryWordingFor(atEndOfTreatment, reader, String)).not.toMatch(/\bmy\b/);
    }
  });

  it("labels and describes every scope for every reader; no scope shares notes", () => {
    for (const reader of readers) {
      for (const scope of consentScopes) {
        const { label, description } = consentScopeWordingFor(scope, reader);
        expect(label.length).toBeGreaterThan(0);
        expect(description.length).toBeGreaterThan(0);
      }
      expect(consentScopeWordingFor("plan_summary", reader).description).toMatch(/no notes/);
      expect(consentExpiryWordingFor(onDate, reader, (date) => `[${date}]`)).toBe("until [2027-03-01]");
    }
  });
});
