import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptedSignatureNames, consentGrantProblems } from "../family/consent-input";
import { disagreementCommentMessage, planSignatureFormSchema, planSignatureInputSchema, planVersionState, staffPlanSignatureInputSchema, versionForClient, versionForFamily } from "./plan-signatures";

const versionId = "8d0c7f5e-2b1a-4c3d-9e8f-0a1b2c3d4e5f";
const client = { firstName: "Alexandra", lastName: "Okafor", preferredName: "Alex" };
const form = planSignatureFormSchema({ signatureNames: acceptedSignatureNames(client) });

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("planSignatureInputSchema", () => {
  it("accepts an agreeing signature without a comment", () => {
    expect(planSignatureInputSchema.safeParse({ versionId, signedName: "Alex Okafor", agrees: true }).success).toBe(true);
  });

  it("records a disagreement only with a comment saying what about", () => {
    expect(issuesOf(planSignatureInputSchema.safeParse({ versionId, signedName: "Alex Okafor", agrees: false }))).toEqual([
      { path: "comment", message: disagreementCommentMessage },
    ]);
    expect(issuesOf(planSignatureInputSchema.safeParse({ versionId, signedName: "Alex Okafor", agrees: false, comment: "   " }))).toEqual([
      { path: "comment", message: "Tell your care team what you disagree with." },
    ]);
    const signed = planSignatureInputSchema.parse({ versionId, signedName: "Alex Okafor", agrees: false, comment: " Three groups a week is too many.\nI work mornings. " });
    expect(signed).toEqual({ versionId, signedName: "Alex Okafor", agrees: false, comment: "Three groups a week is too many.\nI work mornings." });
  });

  it.each([
    ["a comment over 1000 characters", { comment: "a".repeat(1001) }],
    ["a control character in the comment", { comment: "fine\u0007" }],
    ["a version id that isn't a uuid", { versionId: "v2" }],
    ["an empty name", { signedName: "  " }],
    ["a name on two lines", { signedName: "Alex\nOkafor" }],
    ["no answer to whether they agree", { agrees: undefined }],
  ])("refuses %s", (_name, change) => {
    expect(planSignatureInputSchema.safeParse({ versionId, signedName: "Alex Okafor", agrees: true, ...change }).success).toBe(false);
  });
});

describe("planSignatureFormSchema", () => {
  it.each(["Alexandra Okafor", "Alex Okafor", "  alex   OKAFOR "])("accepts %j, one of the client's names", (signedName) => {
    expect(form.safeParse({ versionId, signedName, agrees: true }).success).toBe(true);
  });

  it("reports a wrong name beside a missing comment, in one parse", () => {
    expect(issuesOf(form.safeParse({ versionId, signedName: "A. Okafor", agrees: false }))).toEqual([
      { path: "signedName", message: "Sign with your full name as we have it: Alexandra Okafor." },
      { path: "comment", message: disagreementCommentMessage },
    ]);
  });

  it("tells an empty name once, not also that it is the wrong name", () => {
    expect(issuesOf(form.safeParse({ versionId, signedName: "", agrees: true }))).toEqual([{ path: "signedName", message: "Type your full name to sign." }]);
  });

  it("accepts a typed name exactly when a consent would (one rule for both)", () => {
    const names = ["Alexandra Okafor", "Alex Okafor", "alex okafor", "Alex  Okafor", "Okafor Alex", "Alexandra", "Alex Okafor-Smith"];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...names), fc.string({ minLength: 1, maxLength: 40 })), (signedName) => {
        const consent = consentGrantProblems(
          { familyMemberId: versionId, scopes: ["schedule"], purpose: "So my partner knows my days.", expiry: { kind: "event", event: "end_of_treatment" }, signedName },
          { today: "2026-03-02", inTreatment: true, client },
        );
        const planProblems = issuesOf(form.safeParse({ versionId, signedName, agrees: true })).filter((issue) => issue.path === "signedName");
        const trimmed = signedName.trim();
        // A name the shared shape refuses (empty, a control character) is never one consent accepts either.
        if (planSignatureInputSchema.safeParse({ versionId, signedName, agrees: true }).success) {
          expect(planProblems.length === 0, `"${trimmed}"`).toBe(consent.signedName === undefined);
        } else {
          expect(planProblems.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe("staffPlanSignatureInputSchema", () => {
  it("takes the version only: who signs never comes from input", () => {
    expect(staffPlanSignatureInputSchema.parse({ versionId, staffId: "someone-else", signedName: "Dr Lee" })).toEqual({ versionId });
    expect(staffPlanSignatureInputSchema.safeParse({}).success).toBe(false);
  });
});

describe("planVersionState", () => {
  const at = new Date("2026-03-02T15:00:00Z");
  it.each([
    [{ staffSignedAt: null, clientSignedAt: null, supersededAt: null }, "awaiting_staff_signature"],
    [{ staffSignedAt: at, clientSignedAt: null, supersededAt: null }, "awaiting_client_signature"],
    [{ staffSignedAt: at, clientSignedAt: at, supersededAt: null }, "signed"],
    [{ staffSignedAt: null, clientSignedAt: at, supersededAt: null }, "awaiting_staff_signature"],
    [{ staffSignedAt: at, clientSignedAt: at, supersededAt: at }, "superseded"],
    [{ staffSignedAt: null, clientSignedAt: null, supersededAt: at }, "superseded"],
  ] as const)("%j → %s", (version, state) => {
    expect(planVersionState(version)).toBe(state);
  });
});

describe("versionForClient", () => {
  const versions = [{ id: "v3" }, { id: "v2" }, { id: "v1" }];
  it("is the newest version the care team signed, skipping a draft", () => {
    expect(versionForClient(versions, new Set(["v1", "v2"]))?.id).toBe("v2");
    expect(versionForClient(versions, new Set(["v1", "v2", "v3"]))?.id).toBe("v3");
  });
  it("is none while nothing is signed", () => {
    expect(versionForClient(versions, new Set())).toBeNull();
  });
});

describe("versionForFamily", () => {
  it("is the newest version the client signed, never one they haven't", () => {
    const versions = [{ id: "v3" }, { id: "v2" }, { id: "v1" }];
    expect(versionForFamily(versions, new Set(["v1"]))?.id).toBe("v1");
    expect(versionForFamily(versions, new Set())).toBeNull();
  });
});
