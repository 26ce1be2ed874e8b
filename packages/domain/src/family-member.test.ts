import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { familyInvitationSchema, familyRelationshipLabels, familyRelationships } from "./family-member";

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
