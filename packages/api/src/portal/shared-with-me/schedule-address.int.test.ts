import { programs } from "@stepwise/db/schema";
import { createTestDatabase, ownerOf, type TestDatabase } from "@stepwise/db/testing";
import { addDays } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyFixtures, inHours } from "../../test-support/family-fixtures";
import { mondayInFixtureZone } from "../../test-support/fixtures";
import { createPortalCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const t = familyFixtures(db);
  const now = new Date();
  const clinician = await t.staff("clinician");
  const setting = await t.iopProgram();
  const alex = await t.enrolledClient(setting, clinician, { startsOn: addDays(mondayInFixtureZone(now), -7), firstName: "Alex" });
  await t.session(setting, { startsAt: inHours(30, now) });
  const sam = await t.familyMemberOf(alex.client, { name: "Sam Schedule" });
  await t.consent(alex.client, sam.member, { scopes: ["schedule", "family_sessions"] });
  await t.familySession(setting, { startsAt: inHours(24 * 5, now), clientId: alex.client.id, capacity: 4 });
  return { setting, alex, sam };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const setProgramPlace = (addressLines: string[] | null, parkingDirections: string | null) =>
  ownerOf(testDb.db).update(programs).set({ addressLines, parkingDirections }).where(eq(programs.id, setup.setting.program.id));

describe("where a session meets", () => {
  it("is the program's own address and parking directions, for the client and for family sharing the schedule", async () => {
    await setProgramPlace(["48 Wharf Road, 2nd floor", "Boston, MA 02109"], "Ring the side door.");
    const expected = { addressLines: ["48 Wharf Road, 2nd floor", "Boston, MA 02109"], parkingDirections: "Ring the side door." };
    const client = createPortalCaller({ db: testDb.db, caller: await setup.alex.caller() });
    expect((await client.schedule.mine()).address).toEqual(expected);
    expect((await client.plan.mine()).enrollment?.program.address).toEqual(expected);
    const shared = await (await setup.sam.api()).sharedWithMe.schedule({ clientId: setup.alex.client.id });
    expect(shared.address).toEqual(expected);
    expect(shared.weeks.flatMap((week) => week.sessions).some((session) => session.place === "in_person")).toBe(true);
  });

  it("is the center's address when the program meets there", async () => {
    await setProgramPlace(null, null);
    const shared = await (await setup.sam.api()).sharedWithMe.schedule({ clientId: setup.alex.client.id });
    expect(shared.address).toEqual({ addressLines: ["1200 Harbor Street, Suite 300", "Boston, MA 02110"], parkingDirections: null });
  });

  it("comes with a family session held in person", async () => {
    await setProgramPlace(["48 Wharf Road, 2nd floor", "Boston, MA 02109"], null);
    const [session] = await (await setup.sam.api()).familySessions.eligible();
    expect(session?.place).toBe("in_person");
    expect(session?.address).toEqual({ addressLines: ["48 Wharf Road, 2nd floor", "Boston, MA 02109"], parkingDirections: null });
  });
});
