import { careTeamMembers, clients } from "@stepwise/db/schema";
import { createTestDatabase, ownerOf, type TestDatabase } from "@stepwise/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, fixtures, mondayInFixtureZone } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

/**
 * "My caseload" on the board and the client list: the clients whose care team includes the
 * signed-in staff member, and nobody else's; and the client list found by date of birth.
 */

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const dana = await f.staff("clinician");
  const raman = await f.staff("clinician");
  const director = await f.staff("program_director");
  const frontDesk = await f.staff("front_desk");
  const iop = await f.iopProgram();
  const startsOn = addDays(mondayInFixtureZone(new Date()), -14);
  const danas = await f.enrolledClient(iop, dana, { startsOn, firstName: "Dana's" });
  const ramans = await f.enrolledClient(iop, raman, { startsOn, firstName: "Raman's" });
  const shared = await f.enrolledClient(iop, raman, { startsOn, firstName: "Shared" });
  await ownerOf(db).insert(careTeamMembers).values({ enrollmentId: shared.enrollment.id, staffMemberId: dana.member.id, responsibility: "Case manager" });
  await ownerOf(db).update(clients).set({ dateOfBirth: "1971-03-05" }).where(eq(clients.id, ramans.client.id));
  return { dana, raman, director, frontDesk, danas, ramans, shared };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const api = async (who: { caller: () => ReturnType<typeof setup.dana.caller> }) => createStaffCaller({ db: testDb.db, caller: await who.caller() });
const ids = (rows: readonly { clientId: string }[]) => new Set(rows.map((row) => row.clientId));

describe("My caseload", () => {
  it("narrows the board to the clients whose care team includes the caller", async () => {
    expect(ids((await (await api(setup.dana)).roster.list({ caseload: "mine" })).rows)).toEqual(new Set([setup.danas.client.id, setup.shared.client.id]));
    expect(ids((await (await api(setup.raman)).roster.list({ caseload: "mine" })).rows)).toEqual(new Set([setup.ramans.client.id, setup.shared.client.id]));
    // Without the filter everyone in care shows, caseload or not.
    expect((await (await api(setup.dana)).roster.list()).rows).toHaveLength(3);
    // The front desk is on no care team: its caseload is no one, never everyone.
    const desk = await (await api(setup.frontDesk)).roster.list({ caseload: "mine" });
    expect({ rows: desk.rows, total: desk.total }).toEqual({ rows: [], total: 0 });
  });

  it("narrows the client list the same way, and combines with a name", async () => {
    const dana = await api(setup.dana);
    expect(ids((await dana.clients.list({ caseload: "mine" })).clients)).toEqual(new Set([setup.danas.client.id, setup.shared.client.id]));
    expect(ids((await dana.clients.list({ caseload: "mine", query: "Shared" })).clients)).toEqual(new Set([setup.shared.client.id]));
    expect((await (await api(setup.director)).clients.list({ caseload: "mine" })).clients).toEqual([]);
  });

  it("refuses a caseload that is not the caller's own", async () => {
    const dana = await api(setup.dana);
    // @ts-expect-error: only "mine"
    await expect(dana.roster.list({ caseload: setup.raman.member.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("finding a client by date of birth", () => {
  it("reads a date as the date of birth, typed either way, and a name as a name", async () => {
    const director = await api(setup.director);
    expect(ids((await director.clients.list({ query: "3/5/1971" })).clients)).toEqual(new Set([setup.ramans.client.id]));
    expect(ids((await director.clients.list({ query: "1971-03-05" })).clients)).toEqual(new Set([setup.ramans.client.id]));
    expect((await director.clients.list({ query: "3/6/1971" })).clients).toEqual([]);
    expect(ids((await director.clients.list({ query: "Dana's" })).clients)).toEqual(new Set([setup.danas.client.id]));
  });
});
