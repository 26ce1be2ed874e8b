import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { staffMay, staffRoles } from "../staff/staff-permission";
import { accountKinds } from "./account";
import {
  groupedForTyping,
  mayManageSecondFactor,
  mayProveSecondFactor,
  secondFactorResetRefusal,
  maySetUpSecondFactor,
  mayTurnOffSecondFactor,
  secondFactorRequired,
  secondFactorSatisfied,
  secondFactorStatus,
} from "./second-factor";

describe("who needs a second factor", () => {
  it("is every staff account; clients and family members choose", () => {
    expect(accountKinds.filter(secondFactorRequired)).toEqual(["staff"]);
    expect(accountKinds.filter(mayTurnOffSecondFactor)).toEqual(["client", "family"]);
  });
});

describe("a session's second-factor status", () => {
  it("reaches information only once the factor is proven, or when the account has none and needs none", () => {
    expect(secondFactorStatus({ kind: "staff", hasFactor: false, provenInSession: false })).toBe("set_up_needed");
    expect(secondFactorStatus({ kind: "staff", hasFactor: true, provenInSession: false })).toBe("code_needed");
    expect(secondFactorStatus({ kind: "staff", hasFactor: true, provenInSession: true })).toBe("verified");
    expect(secondFactorStatus({ kind: "client", hasFactor: false, provenInSession: false })).toBe("not_needed");
    expect(secondFactorStatus({ kind: "family", hasFactor: true, provenInSession: false })).toBe("code_needed");
  });

  it("never lets a session that has not proven a factor it has, or that lacks one it needs, reach information", () => {
    fc.assert(
      fc.property(fc.constantFrom(...accountKinds), fc.boolean(), fc.boolean(), (kind, hasFactor, provenInSession) => {
        const status = secondFactorStatus({ kind, hasFactor, provenInSession });
        const shouldReach = hasFactor ? provenInSession : !secondFactorRequired(kind);
        expect(secondFactorSatisfied(status)).toBe(shouldReach);
        // A session waiting for a code can never set up another authenticator instead.
        if (hasFactor) expect(maySetUpSecondFactor(status)).toBe(false);
        expect(mayProveSecondFactor(status)).toBe(hasFactor && !provenInSession);
        expect(mayManageSecondFactor(status)).toBe(hasFactor && provenInSession);
      }),
    );
  });
});

describe("resetting a colleague's second factor", () => {
  it("is for program directors and administrators", () => {
    expect(staffRoles.filter((role) => staffMay(role, "second_factor.reset"))).toEqual(["program_director", "administrator"]);
  });

  it("is for another staff member's account that can sign in, never one's own", () => {
    const active = { kind: "staff", disabledAt: null } as const;
    expect(secondFactorResetRefusal({ userId: "a" }, { ...active, userId: "b" })).toBeNull();
    expect(secondFactorResetRefusal({ userId: "a" }, { ...active, userId: "a" })).toBe("own_account");
    expect(secondFactorResetRefusal({ userId: "a" }, { ...active, userId: "c", kind: "client" })).toBe("not_staff");
    expect(secondFactorResetRefusal({ userId: "a" }, { ...active, userId: "b", disabledAt: new Date() })).toBe("disabled");
  });
});

describe("the secret for typing", () => {
  it("is shown in groups of four", () => {
    expect(groupedForTyping("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
    expect(groupedForTyping("ABCDEF")).toBe("ABCD EF");
  });
});
