import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { familyInvitationSchema, familyMemberStanding, familyRelationshipLabels, familyRelationships } from "./family-member";

const invitation = { name: "Sam Rivera", relationship: "parent", email: "sam@example.com" };

function messagesOf(input: unknown): Record<string, string[]> {
  const result = familyInvitationSchema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) (byField[String(issue.path[0] ?? "")] ??= []).push(issue.message);
  return byField;
}

describe("familyInvitationSchema", () => {
  it("accepts an invitation and keeps the email in lower case, trimmed", () => {
    expect(familyInvitationSchema.parse({ ...invitation, name: "  Sam Rivera ", email: " Sam.Rivera@Example.COM " })).toEqual({
      name: "Sam Rivera",
      relationship: "parent",
      email: "sam.rivera@example.com",
    });
  });

  it("asks for a name, a known relationship and a real email address, each beside its field", () => {
    expect(messagesOf({ ...invitation, name: "   " }).name).toEqual(["Give their name."]);
    expect(messagesOf({ ...invitation, relationship: "neighbour" }).relationship).toEqual(["Choose how they are related to you."]);
    expect(messagesOf({ ...invitation, relationship: "" }).relationship).toEqual(["Choose how they are related to you."]);
    expect(messagesOf({ ...invitation, email: "sam at example" }).email).toEqual(["Give an email address like name@example.com."]);
    expect(messagesOf({ ...invitation, email: `${"s".repeat(250)}@example.com` }).email).toEqual([
      "An email address is at most 254 characters.",
    ]);
    expect(messagesOf({ ...invitation, name: "x".repeat(121) }).name).toEqual(["A name is at most 120 characters."]);
  });

  it("never lets an upper-case email through (the table stores lower case only)", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const parsed = familyInvitationSchema.safeParse({ ...invitation, email: email.toUpperCase() });
        if (parsed.success) expect(parsed.data.email).toBe(parsed.data.email.toLowerCase());
      }),
    );
  });
});

describe("familyRelationshipLabels", () => {
  it("has plain words for every relationship, each different", () => {
    const labels = familyRelationships.map((relationship) => familyRelationshipLabels[relationship]);
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(familyRelationships.length);
  });
});

describe("familyMemberStanding", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  const later = new Date("2026-03-12T12:00:00Z");
  const earlier = new Date("2026-03-09T12:00:00Z");

  it("is joined once they accepted, whatever their links say", () => {
    expect(familyMemberStanding({ joinedAt: earlier, invitationExpiresAt: null }, now)).toBe("joined");
    expect(familyMemberStanding({ joinedAt: earlier, invitationExpiresAt: later }, now)).toBe("joined");
  });

  it("is invited while the newest link works, and expired from the moment it stops", () => {
    expect(familyMemberStanding({ joinedAt: null, invitationExpiresAt: later }, now)).toBe("invited");
    expect(familyMemberStanding({ joinedAt: null, invitationExpiresAt: now }, now)).toBe("invitation_expired");
    expect(familyMemberStanding({ joinedAt: null, invitationExpiresAt: earlier }, now)).toBe("invitation_expired");
  });

  it("needs a new link when none is left", () => {
    expect(familyMemberStanding({ joinedAt: null, invitationExpiresAt: null }, now)).toBe("invitation_expired");
  });
});
