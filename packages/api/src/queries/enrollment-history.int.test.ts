import { clients, enrollments, enrollmentStatusChanges, levelOfCareChanges, programSessions } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type CalendarDate, type CareLevel, addDays, instantToZonedDate, zonedWallClockToInstant } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPortalCaller } from "../portal";
import { createStaffCaller } from "../staff";
import { fixtures, fixtureTimeZone, mondayInFixtureZone } from "../test-support/fixtures";

/**
 * The staff roster, the compliance board and the client's own schedule and hours all read the
 * placement and status history: a step-down or a hold leaves the days before it as they were.
 */

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const clinician = await f.staff("clinician", "Casey Clinician");
  const iop = await f.iopProgram();
  const php = await f.phpProgram();
  const monday = mondayInFixtureZone(new Date());
  const startsOn = addDays(monday, -21);

  /** An active client placed on `setting` from `startsOn`, with a portal account. */
  async function admitted(setting: { program: { id: string }; option: { id: string } }, level: CareLevel, firstName: string) {
    const user = await f.account("client", firstName);
    const [client] = await db.insert(clients).values({ userId: user.id, firstName, lastName: "History", dateOfBirth: "1990-01-01" }).returning();
    const [enrollment] = await db
      .insert(enrollments)
      .values({ clientId: client!.id, programId: setting.program.id, scheduleOptionId: setting.option.id, status: "active", level, startsOn })
      .returning();
    await db.insert(levelOfCareChanges).values({
      enrollmentId: enrollment!.id,
      toLevel: level,
      programId: setting.program.id,
      scheduleOptionId: setting.option.id,
      effectiveOn: startsOn,
      reason: "Admission",
      decidedByStaffId: clinician.member.id,
    });
    await db.insert(enrollmentStatusChanges).values({ enrollmentId: enrollment!.id, toStatus: "active", effectiveOn: startsOn });
    return { client: client!, enrollment: enrollment!, caller: () => f.callerFor(user.email, "portal") };
  }

  async function session(setting: { program: { id: string }; option: { id: string } }, date: CalendarDate, time: string, minutes: number) {
    const startsAt = zonedWallClockToInstant(date, time, fixtureTimeZone);
    const [row] = await db
      .insert(programSessions)
      .values({
        programId: setting.program.id,
        scheduleOptionId: setting.option.id,
        kind: "process_group",
        title: "Group",
        startsAt,
        endsAt: new Date(startsAt.getTime() + minutes * 60_000),
        location: "Room 1",
      })
      .returning();
    return row!;
  }

  const pat = await admitted(php, "php", "Pat");
  const hal = await admitted(iop, "iop", "Hal");

  // Two weeks ago Pat attended 22 hours of PHP: within PHP's band, far over IOP's.
  for (const day of [0, 1, 2, 3, 4]) {
    const group = await session(php, addDays(monday, -14 + day), "09:00", 264);
    await f.attended(group.id, pat.client.id, "present", 264);
  }
  // Last week: PHP Monday to Wednesday, stepped down to the IOP evenings on Thursday.
  const stepDownOn = addDays(monday, -4);
  const sessions = {
    phpWednesday: await session(php, addDays(monday, -5), "09:00", 300),
    phpFriday: await session(php, addDays(monday, -3), "09:00", 300),
    iopTuesday: await session(iop, addDays(monday, -6), "18:00", 180),
    iopThursday: await session(iop, stepDownOn, "18:00", 180),
    iopBeforeHold: await session(iop, addDays(monday, -11), "18:00", 180),
  };
  return { f, clinician, iop, php, monday, pat, hal, stepDownOn, sessions };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
  const staff = await staffApi();
  await staff.enrollments.changeLevel({
    enrollmentId: setup.pat.enrollment.id,
    to: "iop",
    effectiveOn: setup.stepDownOn,
    reason: "Stable for two weeks",
    placement: { programId: setup.iop.program.id, scheduleOptionId: setup.iop.option.id },
  });
  // Hal's hold begins last Monday and has not ended.
  await staff.enrollments.hold({ enrollmentId: setup.hal.enrollment.id, effectiveOn: addDays(setup.monday, -7), reason: "Medical leave" });
});
afterAll(() => testDb.drop());

async function staffApi() {
  return createStaffCaller({ db: testDb.db, caller: await setup.clinician.caller() });
}

async function rosterOf(sessionId: string) {
  const roster = await (await staffApi()).attendance.roster({ sessionId });
  return roster.roster.map((entry) => entry.clientId);
}

async function scheduledSessionIds(who: { caller: () => Promise<Awaited<ReturnType<typeof setup.pat.caller>>> }) {
  const portal = createPortalCaller({ db: testDb.db, caller: await who.caller() });
  // Four weeks from the program's first: every session of this test.
  const schedule = await portal.schedule.mine({ weekOf: addDays(setup.monday, -21) });
  return new Set(schedule.weeks.flatMap((week) => week.sessions.map((session) => session.id)));
}

describe("rosters follow the placement history", () => {
  it("lists a stepped-down client at the old option's sessions before the change and the new one's from it", async () => {
    const { pat } = setup;
    expect(await rosterOf(setup.sessions.phpWednesday.id)).toContain(pat.client.id);
    expect(await rosterOf(setup.sessions.phpFriday.id)).not.toContain(pat.client.id);
    expect(await rosterOf(setup.sessions.iopTuesday.id)).not.toContain(pat.client.id);
    expect(await rosterOf(setup.sessions.iopThursday.id)).toContain(pat.client.id);
  });

  it("lists a held client before the hold's date and not after it", async () => {
    const { hal } = setup;
    expect(await rosterOf(setup.sessions.iopBeforeHold.id)).toContain(hal.client.id);
    expect(await rosterOf(setup.sessions.iopTuesday.id)).not.toContain(hal.client.id);
    expect(await rosterOf(setup.sessions.iopThursday.id)).not.toContain(hal.client.id);
  });

  it("marks present only the clients expected that day: late attendance for a past PHP session reaches the stepped-down client", async () => {
    const staff = await staffApi();
    const recordedAt = async (sessionId: string) =>
      (await staff.attendance.roster({ sessionId })).roster.filter((entry) => entry.record !== null).map((entry) => entry.clientId);
    await staff.attendance.markAllPresent({ sessionId: setup.sessions.phpWednesday.id });
    expect(await recordedAt(setup.sessions.phpWednesday.id)).toEqual([setup.pat.client.id]);
    // Before the step-down Pat was not in the IOP evenings, and Hal was on hold: nobody to credit.
    await staff.attendance.markAllPresent({ sessionId: setup.sessions.iopTuesday.id });
    expect(await recordedAt(setup.sessions.iopTuesday.id)).toEqual([]);
  });

  it("gives the client's schedule the same sessions the staff rosters list them at", async () => {
    for (const who of [setup.pat, setup.hal]) {
      const scheduled = await scheduledSessionIds(who);
      for (const session of Object.values(setup.sessions)) {
        const onRoster = (await rosterOf(session.id)).includes(who.client.id);
        expect({ session: session.id, scheduled: scheduled.has(session.id) }).toEqual({ session: session.id, scheduled: onRoster });
      }
    }
  });
});

describe("each week is judged against its own band", () => {
  it("reads a PHP week before the step-down against PHP's band in the client's hours", async () => {
    const hours = await createPortalCaller({ db: testDb.db, caller: await setup.pat.caller() }).hours.mine();
    const week = (offset: number) => hours.weeks.find((w) => w.weekStart === addDays(setup.monday, offset));
    expect(week(-14)).toMatchObject({ minutes: 1320, weeklyMinutes: { min: 1200, max: 1800 }, summary: "You attended 22 hours of your 20–30 that week." });
    // The week of the step-down spent four of its days in IOP.
    expect(week(-7)?.weeklyMinutes).toEqual({ min: 540, max: 900 });
    expect(week(0)?.weeklyMinutes).toEqual({ min: 540, max: 900 });
    expect(hours.plan?.weeklyMinutes).toEqual({ min: 540, max: 900 });
  });

  it("reads the same week against PHP's band on the staff client page, and this week against IOP's", async () => {
    const detail = await (await staffApi()).clients.detail({ clientId: setup.pat.client.id });
    const twoWeeksAgo = detail.compliance?.byWeek.find((w) => w.weekStart === addDays(setup.monday, -14));
    expect(twoWeeksAgo).toMatchObject({ minutes: 1320, band: { min: 1200, max: 1800 }, standing: "within_band" });
    expect(detail.compliance?.band).toEqual({ min: 540, max: 900 });
  });
});

describe("a change of level of care within the center", () => {
  it("cannot be dated after today in the program's zone, and writes nothing when refused", async () => {
    const { hal, php } = setup;
    const before = await testDb.db.select().from(levelOfCareChanges).where(eq(levelOfCareChanges.enrollmentId, hal.enrollment.id));
    const tomorrow = addDays(instantToZonedDate(new Date(), fixtureTimeZone), 1);
    const attempt = (await staffApi()).enrollments.changeLevel({
      enrollmentId: hal.enrollment.id,
      to: "php",
      effectiveOn: tomorrow,
      reason: "Needs more support",
      placement: { programId: php.program.id, scheduleOptionId: php.option.id },
    });
    await expect(attempt).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(attempt).rejects.toThrow("A change of level of care is recorded on or after the day it takes effect.");
    const after = await testDb.db.select().from(levelOfCareChanges).where(eq(levelOfCareChanges.enrollmentId, hal.enrollment.id));
    expect(after).toHaveLength(before.length);
    const [enrollment] = await testDb.db.select().from(enrollments).where(eq(enrollments.id, hal.enrollment.id));
    expect(enrollment).toMatchObject({ level: "iop", programId: setup.iop.program.id });
  });
});
