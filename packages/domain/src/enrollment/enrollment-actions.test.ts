import { describe, expect, it } from "vitest";
import { careLevels } from "../care-levels/care-level";
import { type EnrollmentActionKind, enrollmentActions } from "./enrollment-actions";
import { canActivate, canCloseReferral, canDischarge, canResume, isInCare } from "./enrollment-lifecycle";
import { type EnrollmentStatus, enrollmentStatuses } from "./enrollment-status";

const kinds = (status: EnrollmentStatus, level: (typeof careLevels)[number]) => enrollmentActions({ status, level }).map((a) => a.kind);

describe("enrollmentActions", () => {
  const expected: Record<EnrollmentStatus, Record<(typeof careLevels)[number], EnrollmentActionKind[]>> = {
    referred: {
      php: ["schedule_intake", "close_referral"],
      iop: ["schedule_intake", "close_referral"],
      outpatient: ["schedule_intake", "close_referral"],
    },
    intake_scheduled: {
      php: ["move_intake", "activate", "close_referral"],
      iop: ["move_intake", "activate", "close_referral"],
      outpatient: ["move_intake", "activate", "close_referral"],
    },
    active: {
      php: ["change_level", "recertify", "hold", "discharge"],
      iop: ["change_level", "recertify", "hold", "discharge"],
      // Outpatient needs no recertification.
      outpatient: ["change_level", "hold", "discharge"],
    },
    on_hold: {
      php: ["change_level", "recertify", "resume", "discharge"],
      iop: ["change_level", "recertify", "resume", "discharge"],
      outpatient: ["change_level", "resume", "discharge"],
    },
    discharged: { php: ["refer"], iop: ["refer"], outpatient: ["refer"] },
  };

  for (const status of enrollmentStatuses) {
    for (const level of careLevels) {
      it(`${status} at ${level} → ${expected[status][level].join(", ")}`, () => {
        expect(kinds(status, level)).toEqual(expected[status][level]);
      });
    }
  }

  it("offers only a new referral when no enrollment is open", () => {
    expect(enrollmentActions(null)).toEqual([{ kind: "refer", permission: "enrollment.write" }]);
  });

  it("names the permission of the procedure behind each action", () => {
    const permissions = new Map(
      enrollmentStatuses.flatMap((status) => careLevels.flatMap((level) => enrollmentActions({ status, level }).map((a) => [a.kind, a.permission] as const))),
    );
    expect(Object.fromEntries(permissions)).toEqual({
      schedule_intake: "enrollment.write",
      move_intake: "enrollment.write",
      activate: "enrollment.write",
      close_referral: "enrollment.write",
      change_level: "level_of_care.write",
      recertify: "level_of_care.write",
      hold: "enrollment.write",
      resume: "enrollment.write",
      discharge: "enrollment.write",
      refer: "enrollment.write",
    });
  });

  it("never offers both ways of ending an enrollment, nor activation beside a resume", () => {
    for (const status of enrollmentStatuses) {
      expect(canCloseReferral(status) && canDischarge(status)).toBe(false);
      expect(canActivate(status) && canResume(status)).toBe(false);
      expect(isInCare(status) && canActivate(status)).toBe(false);
    }
  });
});
