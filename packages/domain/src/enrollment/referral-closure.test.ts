import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../time/calendar-date";
import { enrollmentRefusal } from "./enrollment-problems";
import { enrollmentStatuses } from "./enrollment-status";
import {
  checkReferralClosure,
  closeReferralInputSchema,
  referralClosureEnd,
  referralClosureReasons,
  referralClosureRecord,
} from "./referral-closure";

const enrollmentId = "7b1a4a51-3c0e-4f5e-9a5e-1d2c3b4a5f60";

describe("checkReferralClosure", () => {
  it.each(enrollmentStatuses.map((status) => [status] as const))("%s", (status) => {
    const problems = checkReferralClosure(status);
    const kinds = problems.map((p) => p.kind);
    if (status === "referred" || status === "intake_scheduled") expect(kinds).toEqual([]);
    else if (status === "discharged") expect(kinds).toEqual(["transition_not_allowed"]);
    else expect(kinds).toEqual(["referral_already_started"]);
  });

  it("tells staff that a started enrollment ends with a discharge", () => {
    expect(enrollmentRefusal("Not closed.", checkReferralClosure("active"))).toBe(
      "Not closed.\nThe enrollment is active; it has started, so it ends with a discharge and a continuing-care plan.",
    );
  });
});

describe("referralClosureEnd", () => {
  it("ends the day after today, or the day after a planned start still ahead", () => {
    expect(referralClosureEnd({ startsOn: "2026-03-02", today: "2026-03-10" })).toBe("2026-03-11");
    expect(referralClosureEnd({ startsOn: "2026-03-10", today: "2026-03-10" })).toBe("2026-03-11");
    expect(referralClosureEnd({ startsOn: "2026-03-20", today: "2026-03-10" })).toBe("2026-03-21");
  });

  it("always ends after the period starts and after today (starts_on < ends_on)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const today = "2026-03-10";
        const startsOn = addDays(today, offset);
        const endsOn = referralClosureEnd({ startsOn, today });
        expect(endsOn > startsOn).toBe(true);
        expect(endsOn > today).toBe(true);
      }),
    );
  });
});

describe("closeReferralInputSchema", () => {
  it("takes one of the listed reasons and an optional note", () => {
    for (const reason of referralClosureReasons) expect(closeReferralInputSchema.safeParse({ enrollmentId, reason }).success).toBe(true);
    expect(closeReferralInputSchema.safeParse({ enrollmentId, reason: "could_not_be_reached", note: "Three calls, two letters" }).success).toBe(true);
    expect(closeReferralInputSchema.safeParse({ enrollmentId, reason: "completed" }).success).toBe(false);
    expect(closeReferralInputSchema.safeParse({ enrollmentId, reason: "chose_another_provider", note: "x".repeat(2001) }).success).toBe(false);
  });
});

describe("referralClosureRecord", () => {
  it("keeps the reason in words, then the note", () => {
    expect(referralClosureRecord({ reason: "did_not_attend_intake" })).toBe("Referral closed: did not attend intake.");
    expect(referralClosureRecord({ reason: "chose_another_provider", note: "  Closer to home.  " })).toBe(
      "Referral closed: chose another provider. Closer to home.",
    );
    expect(referralClosureRecord({ reason: "could_not_be_reached", note: "   " })).toBe("Referral closed: could not be reached.");
  });
});
