import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  careTeamAddInputSchema,
  careTeamRefusal,
  careTeamRemoveInputSchema,
  checkCareTeamAddition,
  checkCareTeamRemoval,
  mayJoinCareTeam,
  sameResponsibility,
} from "./care-team";
import { activationInputSchema } from "../enrollment/enrollment-placement";
import { enrollmentStatuses } from "../enrollment/enrollment-status";
import { staffRoles } from "./staff-permission";

const enrollmentId = "5b7e0c1a-3c5d-4f4e-8a1b-9c2d3e4f5a6b";
const dana = "6c8f1d2b-4d6e-4a5f-9b2c-0d3e4f5a6b7c";
const raman = "7d9a2e3c-5e7f-4b6a-8c3d-1e4f5a6b7c8d";
const clinician = { staffMemberId: dana, role: "clinician" as const, active: true };

describe("careTeamAddInputSchema", () => {
  it("takes a responsibility from the list or in the center's own words, tidied", () => {
    const listed = careTeamAddInputSchema.parse({ enrollmentId, staffMemberId: dana, responsibility: "Primary therapist" });
    expect(listed.responsibility).toBe("Primary therapist");
    const own = careTeamAddInputSchema.parse({ enrollmentId, staffMemberId: dana, responsibility: "  Substance use\n counselor " });
    expect(own.responsibility).toBe("Substance use counselor");
  });

  it("refuses empty words and more than 80 characters, saying which", () => {
    const empty = careTeamAddInputSchema.safeParse({ enrollmentId, staffMemberId: dana, responsibility: "   " });
    expect(empty.error?.issues[0]?.message).toBe("Say what this person does for the client.");
    const long = careTeamAddInputSchema.safeParse({ enrollmentId, staffMemberId: dana, responsibility: "x".repeat(81) });
    expect(long.error?.issues[0]?.message).toBe("Keep the responsibility to 80 characters.");
    expect(careTeamAddInputSchema.safeParse({ enrollmentId, staffMemberId: dana, responsibility: "x".repeat(80) }).success).toBe(true);
  });

  it("needs real ids", () => {
    expect(careTeamAddInputSchema.safeParse({ enrollmentId, staffMemberId: "", responsibility: "Nurse" }).error?.issues[0]?.message).toBe(
      "Choose a staff member.",
    );
    expect(careTeamRemoveInputSchema.safeParse({ enrollmentId, careTeamMemberId: "nope" }).success).toBe(false);
    expect(careTeamRemoveInputSchema.parse({ enrollmentId, careTeamMemberId: dana })).toEqual({ enrollmentId, careTeamMemberId: dana });
  });
});

describe("activationInputSchema", () => {
  const activation = { enrollmentId, programId: raman, scheduleOptionId: dana, startsOn: "2026-03-09" };

  it("takes a primary therapist or none", () => {
    expect(activationInputSchema.parse(activation).primaryTherapistStaffId).toBeUndefined();
    expect(activationInputSchema.parse({ ...activation, primaryTherapistStaffId: dana }).primaryTherapistStaffId).toBe(dana);
    expect(activationInputSchema.safeParse({ ...activation, primaryTherapistStaffId: "someone" }).success).toBe(false);
  });
});

describe("mayJoinCareTeam", () => {
  it("admits clinicians and program directors only", () => {
    expect(staffRoles.filter(mayJoinCareTeam)).toEqual(["clinician", "program_director"]);
  });
});

describe("checkCareTeamAddition", () => {
  const add = (overrides: Partial<Parameters<typeof checkCareTeamAddition>[0]> = {}) =>
    checkCareTeamAddition({ status: "active", candidate: clinician, responsibility: "Primary therapist", team: [], ...overrides });

  it("adds a clinician to an open enrollment in any status but discharged", () => {
    for (const status of enrollmentStatuses) {
      expect(add({ status }).map((p) => p.kind)).toEqual(status === "discharged" ? ["team_closed"] : []);
    }
  });

  it("refuses the front desk and administrators, and disabled accounts", () => {
    expect(add({ candidate: { ...clinician, role: "front_desk" } })).toEqual([{ kind: "role_not_clinical", role: "front_desk" }]);
    expect(add({ candidate: { ...clinician, role: "administrator" } }).map((p) => p.kind)).toEqual(["role_not_clinical"]);
    expect(add({ candidate: { ...clinician, role: "program_director" } })).toEqual([]);
    expect(add({ candidate: { ...clinician, active: false } }).map((p) => p.kind)).toEqual(["account_disabled"]);
  });

  it("keeps a staff member to once per responsibility, whatever the case or spacing", () => {
    const team = [{ staffMemberId: dana, responsibility: "Primary therapist" }];
    expect(add({ team, responsibility: "primary  THERAPIST" })).toEqual([{ kind: "already_on_team", responsibility: "Primary therapist" }]);
    // Another responsibility for the same person, or the same responsibility for another person, is fine.
    expect(add({ team, responsibility: "Group facilitator" })).toEqual([]);
    expect(add({ team, candidate: { ...clinician, staffMemberId: raman } })).toEqual([]);
  });

  it("lists every reason in plain words", () => {
    const problems = add({
      status: "discharged",
      candidate: { ...clinician, role: "front_desk" },
      team: [{ staffMemberId: dana, responsibility: "Primary therapist" }],
    });
    expect(careTeamRefusal("Not added.", problems)).toBe(
      [
        "Not added.",
        "The enrollment is discharged; its care team is kept as history and no longer changes.",
        "This staff member is front desk staff; only clinicians and program directors can be on a care team.",
        "This staff member is already on the care team as Primary therapist.",
      ].join("\n"),
    );
  });

  it("finds a duplicate exactly when the same person already holds the same words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ staffMemberId: fc.constantFrom(dana, raman), responsibility: fc.constantFrom("Nurse", "Case manager") })),
        fc.constantFrom(dana, raman),
        fc.constantFrom("nurse", "CASE manager", "Primary therapist"),
        (team, staffMemberId, responsibility) => {
          const duplicate = team.some((m) => m.staffMemberId === staffMemberId && sameResponsibility(m.responsibility, responsibility));
          const kinds = add({ team, candidate: { ...clinician, staffMemberId }, responsibility }).map((p) => p.kind);
          expect(kinds.includes("already_on_team")).toBe(duplicate);
        },
      ),
    );
  });
});

describe("checkCareTeamRemoval", () => {
  it("refuses only a discharged enrollment's team", () => {
    expect(checkCareTeamRemoval({ status: "on_hold" })).toEqual([]);
    expect(checkCareTeamRemoval({ status: "discharged" })).toEqual([{ kind: "team_closed" }]);
  });
});
