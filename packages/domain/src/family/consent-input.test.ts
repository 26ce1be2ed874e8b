import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addDays } from "../time/calendar-date";
import {
  type ConsentGrant,
  acceptedSignatureNames,
  consentGrantFormSchema,
  consentGrantProblems,
  consentGrantSchema,
  consentRevocationSchema,
  maxConsentDays,
} from "./consent-input";

const today = "2026-03-10";
const client = { firstName: "Alexandra", lastName: "Okafor", preferredName: "Alex" };
const grant: ConsentGrant = {
  familyMemberId: "8a6e0f5e-3c1b-4f3a-9d61-2f4b8f0c2a11",
  scopes: ["schedule", "family_sessions"],
  purpose: "So my mother can plan rides to my sessions",
  expiry: { kind: "date", on: "2026-06-30" },
  signedName: "Alexandra Okafor",
};
const context = { today, client, inTreatment: true };

function messagesOf(input: unknown): Record<string, string[]> {
  const result = consentGrantSchema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) (byField[String(issue.path[0] ?? "")] ??= []).push(issue.message);
  return byField;
}

describe("consentGrantSchema", () => {
  it("accepts every element a consent needs, trimming the words", () => {
    const parsed = consentGrantSchema.parse({ ...grant, purpose: "  rides  ", signedName: " Alexandra Okafor " });
    expect(parsed).toMatchObject({ purpose: "rides", signedName: "Alexandra Okafor" });
  });

  it("asks for something to share, each thing once, a purpose and a signature", () => {
    expect(messagesOf({ ...grant, scopes: [] }).scopes).toEqual(["Choose at least one thing to share."]);
    expect(messagesOf({ ...grant, scopes: ["schedule", "schedule"] }).scopes).toEqual(["Choose each thing once."]);
    expect(messagesOf({ ...grant, scopes: ["notes"] }).scopes).toHaveLength(1);
    expect(messagesOf({ ...grant, purpose: " a " }).purpose).toEqual(["Say why you are sharing, in a few words."]);
    expect(messagesOf({ ...grant, signedName: "  " }).signedName).toEqual(["Type your full name to sign."]);
    expect(messagesOf({ ...grant, familyMemberId: "not-an-id" }).familyMemberId).toEqual(["Choose who you are sharing with."]);
  });

  it("requires an expiry: a real date or a known event", () => {
    const { expiry: _expiry, ...withoutExpiry } = grant;
    expect(messagesOf(withoutExpiry).expiry).toHaveLength(1);
    expect(messagesOf({ ...grant, expiry: { kind: "date", on: "2026-02-30" } }).expiry).toHaveLength(1);
    expect(messagesOf({ ...grant, expiry: { kind: "event", event: "when_i_say_so" } }).expiry).toHaveLength(1);
    expect(consentGrantSchema.safeParse({ ...grant, expiry: { kind: "event", event: "end_of_treatment" } }).success).toBe(true);
  });

  it("takes a consent id to revoke, and nothing else", () => {
    expect(consentRevocationSchema.safeParse({ consentId: grant.familyMemberId }).success).toBe(true);
    expect(consentRevocationSchema.safeParse({ consentId: "42" }).success).toBe(false);
  });
});

describe("consentGrantProblems", () => {
  it("has nothing against a sound consent", () => {
    expect(consentGrantProblems(grant, context)).toEqual({});
  });

  it("takes the legal or the preferred first name with the last name", () => {
    expect(consentGrantProblems({ ...grant, signedName: "Alex Okafor" }, context)).toEqual({});
    expect(consentGrantProblems({ ...grant, signedName: "Alex" }, context)).toEqual({
      signedName: ["Sign with your full name as we have it: Alexandra Okafor."],
    });
    expect(consentGrantProblems({ ...grant, signedName: "Sam Okafor" }, context).signedName).toHaveLength(1);
    expect(
      consentGrantProblems({ ...grant, signedName: "Alex Okafor" }, { ...context, client: { ...client, preferredName: null } }).signedName,
    ).toHaveLength(1);
  });

  it("reads the signature whatever its case and spacing", () => {
    fc.assert(
      fc.property(fc.constantFrom("Alexandra", "Alex"), fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), fc.nat(3), (first, upper, spaces) => {
        const typed = [...`${first} Okafor`].map((letter, index) => (upper[index % upper.length] ? letter.toUpperCase() : letter.toLowerCase()));
        const signedName = typed.join("").replace(" ", " ".repeat(spaces + 1));
        expect(consentGrantProblems({ ...grant, signedName }, context)).toEqual({});
      }),
    );
  });

  it("refuses an end date in the past, and one more than a year ahead; today and the last allowed day are fine", () => {
    const on = (date: string) => consentGrantProblems({ ...grant, expiry: { kind: "date", on: date } }, context);
    expect(on(addDays(today, -1))).toEqual({ expiry: ["The end date can't be in the past."] });
    expect(on(today)).toEqual({});
    expect(on(addDays(today, maxConsentDays))).toEqual({});
    expect(on(addDays(today, maxConsentDays + 1))).toEqual({ expiry: ["Choose an end date within a year; you can sign again then."] });
  });

  it("refuses 'until my treatment ends' from a client who is not in treatment here", () => {
    const untilTreatmentEnds = { ...grant, expiry: { kind: "event", event: "end_of_treatment" } } as const;
    expect(consentGrantProblems(untilTreatmentEnds, context)).toEqual({});
    expect(consentGrantProblems(untilTreatmentEnds, { ...context, inTreatment: false })).toEqual({
      expiry: ["You aren't in treatment here now, so choose an end date instead."],
    });
  });

  it("lists every problem at once, each beside its field", () => {
    expect(consentGrantProblems({ ...grant, signedName: "Someone Else", expiry: { kind: "date", on: "2020-01-01" } }, context)).toEqual({
      signedName: [expect.stringContaining("Sign with your full name")],
      expiry: [expect.stringContaining("can't be in the past")],
    });
  });
});

describe("consentGrantFormSchema", () => {
  const formContext = { today, signatureNames: acceptedSignatureNames(client), inTreatment: true };
  const formMessages = (input: unknown, at = formContext) => {
    const result = consentGrantFormSchema(at).safeParse(input);
    return result.success ? {} : z.flattenError(result.error).fieldErrors;
  };

  it("accepts what the domain's checks accept", () => {
    expect(consentGrantFormSchema(formContext).safeParse(grant).success).toBe(true);
    expect(consentGrantFormSchema(formContext).safeParse({ ...grant, signedName: "alex  OKAFOR" }).success).toBe(true);
  });

  it("reports every field of an empty form at once, in one parse", () => {
    const empty = { familyMemberId: grant.familyMemberId, scopes: [], purpose: "", expiry: undefined, signedName: "" };
    expect(formMessages(empty)).toEqual({
      scopes: ["Choose at least one thing to share."],
      purpose: ["Say why you are sharing, in a few words."],
      expiry: ["Choose when sharing ends: on a date, or when your treatment here ends."],
      signedName: ["Type your full name to sign."],
    });
  });

  it("reports a wrong signature and a past end beside a missing purpose, not after it", () => {
    expect(formMessages({ ...grant, purpose: "", signedName: "Someone Else", expiry: { kind: "date", on: "2020-01-01" } })).toEqual({
      purpose: ["Say why you are sharing, in a few words."],
      signedName: ["Sign with your full name as we have it: Alexandra Okafor."],
      expiry: ["The end date can't be in the past."],
    });
  });

  it("asks for the date when 'on a date' has none, and refuses 'until treatment ends' out of treatment", () => {
    expect(formMessages({ ...grant, expiry: { kind: "date" } }).expiry).toEqual(["Choose the last day of sharing."]);
    expect(formMessages({ ...grant, expiry: { kind: "event", event: "end_of_treatment" } }, { ...formContext, inTreatment: false }).expiry).toEqual([
      "You aren't in treatment here now, so choose an end date instead.",
    ]);
  });

  it("says the same as consentGrantProblems for any end date", () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: maxConsentDays + 30 }), (offset) => {
        const expiry = { kind: "date", on: addDays(today, offset) } as const;
        expect(formMessages({ ...grant, expiry }).expiry).toEqual(consentGrantProblems({ ...grant, expiry }, context).expiry);
      }),
    );
  });
});

describe("acceptedSignatureNames", () => {
  it("offers the legal name first, then the preferred one, each with the last name", () => {
    expect(acceptedSignatureNames(client)).toEqual(["Alexandra Okafor", "Alex Okafor"]);
    expect(acceptedSignatureNames({ ...client, preferredName: null })).toEqual(["Alexandra Okafor"]);
    expect(acceptedSignatureNames({ ...client, preferredName: "Alexandra" })).toEqual(["Alexandra Okafor"]);
  });

  it("is exactly what the check accepts", () => {
    for (const signedName of acceptedSignatureNames(client)) expect(consentGrantProblems({ ...grant, signedName }, context)).toEqual({});
  });
});
