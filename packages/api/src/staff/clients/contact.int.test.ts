import type { StaffRole } from "@stepwise/domain";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyFixtures } from "../../test-support/family-fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const t = familyFixtures(db);
  const clinician = await t.staff("clinician");
  const setting = await t.iopProgram();
  const { client } = await t.enrolledClient(setting, clinician, { startsOn: "2026-01-05", firstName: "Alex" });
  return { t, client };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const api = async (role: StaffRole) => createStaffCaller({ db: testDb.db, caller: await (await setup.t.staff(role)).caller() });

describe("a client's contact details", () => {
  it("are kept by the front desk and read by a clinician, an emergency contact with them", async () => {
    const frontDesk = await api("front_desk");
    const saved = await frontDesk.clients.updateContact({
      clientId: setup.client.id,
      phone: " (617) 555-0110 ",
      email: "Alex.Fixture@Example.com",
      emergencyContact: { name: "Sam Fixture", relationship: "Partner", phone: "617-555-0160" },
    });
    expect(saved).toEqual({
      phone: "(617) 555-0110",
      email: "alex.fixture@example.com",
      emergencyContact: { name: "Sam Fixture", relationship: "Partner", phone: "617-555-0160" },
    });
    expect(await (await api("clinician")).clients.contact({ clientId: setup.client.id })).toEqual({ name: "Fixture, Alex", ...saved });
  });

  it("clear what was left blank", async () => {
    const clinician = await api("clinician");
    const cleared = await clinician.clients.updateContact({ clientId: setup.client.id, phone: "", email: "", emergencyContact: null });
    expect(cleared).toEqual({ phone: null, email: null, emergencyContact: null });
  });

  it("refuse a number that is not one, and change nothing", async () => {
    const clinician = await api("clinician");
    await clinician.clients.updateContact({ clientId: setup.client.id, phone: "(617) 555-0111", email: null, emergencyContact: null });
    await expect(
      clinician.clients.updateContact({ clientId: setup.client.id, phone: "call after 5", email: null, emergencyContact: null }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await clinician.clients.contact({ clientId: setup.client.id })).phone).toBe("(617) 555-0111");
  });

  it("are not for the privacy officer or an administrator, who get no contact field at all", async () => {
    for (const role of ["privacy_officer", "administrator"] as const) {
      const staff = await api(role);
      await expect(staff.clients.contact({ clientId: setup.client.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        staff.clients.updateContact({ clientId: setup.client.id, phone: "(617) 555-0199", email: null, emergencyContact: null }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await (await api("clinician")).clients.contact({ clientId: setup.client.id })).phone).toBe("(617) 555-0111");
  });

  it("stay off the record's detail, which more roles may open than may reach out", async () => {
    const detail = await (await api("program_director")).clients.detail({ clientId: setup.client.id });
    expect(Object.keys(detail.client)).not.toContain("phone");
    expect(JSON.stringify(detail)).not.toContain("555-0111");
  });
});
