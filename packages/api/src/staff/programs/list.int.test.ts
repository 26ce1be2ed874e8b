import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const frontDesk = await f.staff("front_desk");
  const clinician = await f.staff("clinician");
  const setting = await f.iopProgram();
  const client = await f.enrolledClient(setting, clinician, { startsOn: "2026-01-05" });
  return { frontDesk, setting, client };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

describe("staff programs.list", () => {
  it("gives every program its band, kinds and schedule options, to any role that reads the roster", async () => {
    const api = createStaffCaller({ db: testDb.db, caller: await setup.frontDesk.caller() });
    const [program] = await api.programs.list();
    expect(program).toMatchObject({
      id: setup.setting.program.id,
      level: "iop",
      track: "general_mental_health",
      timeZone: "America/New_York",
      weeklyMinutes: { min: 540, max: 900 },
      expectedLengthWeeks: 8,
      active: true,
      scheduleOptions: [{ id: setup.setting.option.id, name: "Evening", shift: "evening", weekdays: [1, 3, 4], startTime: "18:00", endTime: "21:00" }],
    });
    expect(program?.sessionKinds).toContain("process_group");
  });

  it("does not serve a client account", async () => {
    const api = createStaffCaller({ db: testDb.db, caller: await setup.client.caller() });
    await expect(api.programs.list()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
