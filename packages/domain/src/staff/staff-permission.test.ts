import { describe, expect, it } from "vitest";
import { facilitatorRoles, mayFacilitateSession, staffMay } from "./staff-permission";

describe("who may lead a session", () => {
  it("is every role but the front desk, which takes attendance instead", () => {
    expect(facilitatorRoles).toEqual(["clinician", "program_director", "administrator"]);
    expect(mayFacilitateSession("front_desk")).toBe(false);
    expect(staffMay("front_desk", "attendance.write")).toBe(true);
  });
});
