import { describe, expect, it } from "vitest";
import { type ConsentExpiry, consentStanding, consentsAllowing, rightToRevokeStatement, sharedUnderConsents } from "./consent";

const onDate = (on: string): ConsentExpiry => ({ kind: "date", on });
const atEndOfTreatment: ConsentExpiry = { kind: "event", event: "end_of_treatment" };
const now = new Date("2026-03-10T15:00:00Z");
const inTreatment = { now, today: "2026-03-10", treatmentEndedSinceSigning: false };
const signedAt = new Date("2026-03-01T12:00:00Z");

describe("consentStanding", () => {
  it("is active through the whole of its last day, and expired the day after", () => {
    expect(consentStanding({ signedAt, revokedAt: null, expiry: onDate("2026-03-10") }, inTreatment)).toBe("active");
    expect(consentStanding({ signedAt, revokedAt: null, expiry: onDate("2026-03-09") }, inTreatment)).toBe("expired");
  });

  it("ends with treatment when it was given until then", () => {
    expect(consentStanding({ signedAt, revokedAt: null, expiry: atEndOfTreatment }, inTreatment)).toBe("active");
    expect(consentStanding({ signedAt, revokedAt: null, expiry: atEndOfTreatment }, { ...inTreatment, treatmentEndedSinceSigning: true })).toBe(
      "expired",
    );
  });

  it("a dated consent does not end when treatment does", () => {
    expect(consentStanding({ signedAt, revokedAt: null, expiry: onDate("2026-04-01") }, { ...inTreatment, treatmentEndedSinceSigning: true })).toBe(
      "active",
    );
  });

  it("is not yet in force while its signature time is still ahead, and active from that moment", () => {
    const signed = (at: Date) => consentStanding({ signedAt: at, revokedAt: null, expiry: onDate("2026-04-01") }, inTreatment);
    expect(signed(new Date(now.getTime() + 1))).toBe("not_yet_in_force");
    expect(signed(new Date(now.getTime() + 60_000))).toBe("not_yet_in_force");
    expect(signed(now)).toBe("active");
    expect(signed(new Date(now.getTime() - 1))).toBe("active");
    // A revocation still reads as one.
    expect(consentStanding({ signedAt: new Date(now.getTime() + 60_000), revokedAt: new Date(now.getTime() + 60_000), expiry: onDate("2026-04-01") }, inTreatment)).toBe(
      "revoked",
    );
  });

  it("reads as revoked once taken back, even after it would have expired", () => {
    const revokedAt = new Date("2026-03-01T12:00:00Z");
    expect(consentStanding({ signedAt, revokedAt, expiry: onDate("2026-04-01") }, inTreatment)).toBe("revoked");
    expect(consentStanding({ signedAt, revokedAt, expiry: onDate("2026-03-05") }, inTreatment)).toBe("revoked");
  });
});

describe("the right to revoke", () => {
  it("states the right to revoke, that it works at once, and that treatment does not depend on it", () => {
    expect(rightToRevokeStatement).toMatch(/take back this consent at any time/);
    expect(rightToRevokeStatement).toMatch(/stops at once/);
    expect(rightToRevokeStatement).toMatch(/treatment here does not depend on signing it/);
  });
});

describe("sharedUnderConsents", () => {
  const untilTreatmentEnds = atEndOfTreatment;

  it("shares every scope any consent in force includes, in the domain's order, and ignores the rest", () => {
    expect(
      sharedUnderConsents([
        { scopes: ["family_sessions"], expiry: onDate("2026-05-01"), standing: "active" },
        { scopes: ["schedule"], expiry: untilTreatmentEnds, standing: "active" },
        { scopes: ["plan_summary"], expiry: onDate("2026-09-01"), standing: "revoked" },
      ]),
    ).toEqual({ scopes: ["schedule", "family_sessions"], until: [onDate("2026-05-01"), untilTreatmentEnds] });
  });

  it("puts the latest end date first and names each end once", () => {
    const shared = sharedUnderConsents([
      { scopes: ["schedule"], expiry: onDate("2026-05-01"), standing: "active" },
      { scopes: ["schedule"], expiry: onDate("2026-08-01"), standing: "active" },
      { scopes: ["plan_summary"], expiry: onDate("2026-08-01"), standing: "active" },
    ]);
    expect(shared?.until).toEqual([onDate("2026-08-01"), onDate("2026-05-01")]);
  });

  it("shares nothing without a consent in force", () => {
    expect(sharedUnderConsents([{ scopes: ["schedule"], expiry: onDate("2026-05-01"), standing: "expired" }])).toBeNull();
    expect(sharedUnderConsents([])).toBeNull();
  });
});

describe("consentsAllowing", () => {
  const consents = [
    { id: "a", scopes: ["schedule", "plan_summary"], standing: "active" },
    { id: "b", scopes: ["schedule"], standing: "active" },
    { id: "c", scopes: ["schedule"], standing: "revoked" },
    { id: "d", scopes: ["attendance_summary"], standing: "not_yet_in_force" },
  ] as const;

  it("names the consents in force that share the scope read, and no ended or future one", () => {
    expect(consentsAllowing(consents, "schedule").map((consent) => consent.id)).toEqual(["a", "b"]);
    expect(consentsAllowing(consents, "plan_summary").map((consent) => consent.id)).toEqual(["a"]);
    expect(consentsAllowing(consents, "attendance_summary")).toEqual([]);
  });

  it("names every consent in force when the read is of what is shared at all", () => {
    expect(consentsAllowing(consents).map((consent) => consent.id)).toEqual(["a", "b"]);
  });
});
