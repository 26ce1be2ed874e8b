import { programSessions, programs } from "@stepwise/db/schema";
import { createTestDatabase, ownerOf, type TestDatabase } from "@stepwise/db/testing";
import { type CalendarDate, addDays, instantToZonedDate, zonedWallClockToInstant } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingDatabase } from "../../test-support/counting-database";
import { fixtures, fixtureTimeZone, mondayInFixtureZone } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

/** Fourteen hours ahead of UTC: its today is another date than New York's for most of the day. */
const farZone = "Pacific/Kiritimati";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const clinician = await f.staff("clinician");
  const frontDesk = await f.staff("front_desk");
  const near = await f.iopProgram();
  const far = await f.iopProgram();
  await ownerOf(db).update(programs).set({ timeZone: farZone }).where(eq(programs.id, far.program.id));
  const startsOn = addDays(mondayInFixtureZone(new Date()), -14);
  const ana = await f.enrolledClient(near, clinician, { startsOn, firstName: "Ana" });
  const ben = await f.enrolledClient(near, clinician, { startsOn, firstName: "Ben" });
  return { f, clinician, frontDesk, near, far, ana, ben };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

/** A group session at noon on `date` in `zone`, of the program's option. */
async function noonSession(setting: typeof setup.near, date: CalendarDate, zone: string, facilitatorStaffId?: string) {
  const startsAt = zonedWallClockToInstant(date, "12:00", zone);
  const [session] = await ownerOf(testDb.db)
    .insert(programSessions)
    .values({
      programId: setting.program.id,
      scheduleOptionId: setting.option.id,
      kind: "skills_group",
      title: `Skills group ${date}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 60 * 60_000),
      location: "Room 1",
      facilitatorStaffId,
    })
    .returning();
  return session!;
}

describe("attendance.today", () => {
  it("lists the sessions of each program's own today, no other day's", async () => {
    const now = new Date();
    const made: { id: string; date: CalendarDate; zone: string }[] = [];
    for (const [setting, zone] of [
      [setup.near, fixtureTimeZone],
      [setup.far, farZone],
    ] as const) {
      const today = instantToZonedDate(now, zone);
      for (const date of [addDays(today, -1), today, addDays(today, 1)]) made.push({ id: (await noonSession(setting, date, zone)).id, date, zone });
    }
    const api = createStaffCaller({ db: testDb.db, caller: await setup.frontDesk.caller() });
    const { sessions } = await api.attendance.today();
    const todays = made.filter((session) => session.date === instantToZonedDate(now, session.zone));
    expect(new Set(sessions.map((session) => session.id))).toEqual(new Set(todays.map((session) => session.id)));
    expect(sessions).toHaveLength(2);
    expect(sessions.every((session) => !session.mine)).toBe(true);
  });

  it("counts who is expected and who is not marked yet, and turns take into review once everyone is", async () => {
    const today = instantToZonedDate(new Date(), fixtureTimeZone);
    const led = await noonSession(setup.near, today, fixtureTimeZone, setup.clinician.member.id);
    const api = createStaffCaller({ db: testDb.db, caller: await setup.clinician.caller() });
    const find = async () => (await api.attendance.today()).sessions.find((session) => session.id === led.id);

    expect(await find()).toMatchObject({ mine: true, expected: 2, recorded: 0, unmarked: 2, action: "take", date: today });
    await setup.f.attended(led.id, setup.ana.client.id, "present", 60);
    expect(await find()).toMatchObject({ expected: 2, recorded: 1, unmarked: 1, action: "take" });
    await setup.f.attended(led.id, setup.ben.client.id, "absent", 0);
    expect(await find()).toMatchObject({ expected: 2, recorded: 2, unmarked: 0, action: "review" });
    // Another staff member's session is not the clinician's.
    const other = (await api.attendance.today()).sessions.filter((session) => session.id !== led.id);
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((session) => !session.mine)).toBe(true);
  });

  it("reads a day of many sessions in as many statements as a day of one", async () => {
    const counting = countingDatabase(testDb.url);
    try {
      const api = createStaffCaller({ db: counting.db, caller: await setup.frontDesk.caller() });
      const before = await api.attendance.today();
      const few = await counting.count(() => api.attendance.today());
      const today = instantToZonedDate(new Date(), fixtureTimeZone);
      for (let i = 0; i < 5; i++) await noonSession(setup.near, today, fixtureTimeZone);
      expect((await api.attendance.today()).sessions.length).toBe(before.sessions.length + 5);
      const many = await counting.count(() => api.attendance.today());
      expect(many).toBe(few);
      expect(many).toBeLessThanOrEqual(6);
    } finally {
      await counting.close();
    }
  });

  it("is refused to roles that do not take attendance", async () => {
    const administrator = await setup.f.staff("administrator");
    const api = createStaffCaller({ db: testDb.db, caller: await administrator.caller() });
    await expect(api.attendance.today()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
