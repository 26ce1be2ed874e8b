import { describe, expect, it } from "vitest";
import { staffHomeOf } from "./staff-home";
import { staffMay, staffRoles } from "./staff-permission";

describe("staffHomeOf", () => {
  it("starts the front desk and clinicians on Today, directors and administrators on the board, the privacy officer on the audit", () => {
    expect(Object.fromEntries(staffRoles.map((role) => [role, staffHomeOf(role)]))).toEqual({
      clinician: "today",
      program_director: "board",
      front_desk: "today",
      administrator: "board",
      privacy_officer: "audit",
    });
  });

  it("never starts a role on a screen it may not read", () => {
    const needs = { today: "attendance.write", board: "roster.read", audit: "audit.read" } as const;
    for (const role of staffRoles) expect(staffMay(role, needs[staffHomeOf(role)])).toBe(true);
  });
});
