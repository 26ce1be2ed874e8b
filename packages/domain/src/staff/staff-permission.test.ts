import { describe, expect, it } from "vitest";
import { facilitatorRoles, mayFacilitateSession, staffMay, staffRoles } from "./staff-permission";

describe("who may lead a session", () => {
  it("is every role but the front desk, which takes attendance instead", () => {
    expect(facilitatorRoles).toEqual(["clinician", "program_director", "administrator"]);
    expect(mayFacilitateSession("front_desk")).toBe(false);
    expect(staffMay("front_desk", "attendance.write")).toBe(true);
  });
});

describe("who may see and keep up a client's contact details", () => {
  it("is the roles that reach out: clinicians, directors and the front desk, never the privacy officer or an administrator", () => {
    expect(staffRoles.filter((role) => staffMay(role, "client.contact"))).toEqual(["clinician", "program_director", "front_desk"]);
  });
});
