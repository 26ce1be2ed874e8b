import { auditEvents } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, fixtures, mondayInFixtureZone } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const clinician = await f.staff("clinician");
  const frontDesk = await f.staff("front_desk");
  const evening = await f.iopProgram();
  const other = await f.iopProgram();
  const monday = mondayInFixtureZone(new Date());
  const startsOn = addDays(monday, -28);
  const steady = await f.enrolledClient(evening, clinician, { startsOn, firstName: "Steady" });
  const absent = await f.enrolledClient(evening, clinician, { startsOn, firstName: "Absent" });
  const elsewhere = await f.enrolledClient(other, clinician, { startsOn, firstName: "Elsewhere" });
  // Two completed weeks: Steady attends everything; Absent misses the last two sessions after
  // one short week; Elsewhere attends everything in the other program.
  for (const weekOffset of [-14, -7]) {
    for (const day of [0, 2, 3]) {
      const session = await f.groupSession(evening, addDays(monday, weekOffset + day));
      await f.attended(session.id, steady.client.id, "present", 180);
      const missed = weekOffset === -7 && day > 0;
      await f.attended(session.id, absent.client.id, missed ? "absent" : "present", missed ? 0 : 180);
      const elsewhereSession = await f.groupSession(other, addDays(monday, weekOffset + day));
      await f.attended(elsewhereSession.id, elsewhere.client.id, "present", 180);
    }
  }
  return { clinician, frontDesk, evening, other, steady, absent, elsewhere };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

describe("roster.list filters", () => {
  it("shows only one program's clients, still most urgent first", async () => {
    const api = createStaffCaller({ db: testDb.db, caller: await setup.clinician.caller() });
    const rows = (await api.roster.list({ programId: setup.evening.program.id })).rows;
    expect(rows.map((row) => row.clientId)).toEqual([setup.absent.client.id, setup.steady.client.id]);
    const everyone = (await api.roster.list()).rows;
    expect(everyone).toHaveLength(3);
  });

  it("shows only clients with the chosen flag, and audits only the clients shown", async () => {
    const caller = await setup.frontDesk.caller();
    const api = createStaffCaller({ db: testDb.db, caller });
    const outreach = (await api.roster.list({ flag: "outreach_due" })).rows;
    expect(outreach.map((row) => row.clientId)).toEqual([setup.absent.client.id]);
    expect((await api.roster.list({ flag: "review_overdue" })).rows).toEqual([]);
    const audited = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, "roster.list")));
    expect(audited.map((row) => row.subjectClientIds)).toEqual([[setup.absent.client.id]]);
  });

  it("combines both filters", async () => {
    const api = createStaffCaller({ db: testDb.db, caller: await setup.clinician.caller() });
    const evening = (await api.roster.list({ programId: setup.evening.program.id, flag: "outreach_due" })).rows;
    expect(evening.map((row) => row.clientId)).toEqual([setup.absent.client.id]);
    expect((await api.roster.list({ programId: setup.other.program.id, flag: "outreach_due" })).rows).toEqual([]);
  });

  it("refuses an unknown flag", async () => {
    const api = createStaffCaller({ db: testDb.db, caller: await setup.clinician.caller() });
    // @ts-expect-error: not one of the board's flags
    await expect(api.roster.list({ flag: "tardy" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
