import { auditEvents } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, describeSessionsLeft, weekStartOf, zonedWallClockToInstant } from "@stepwise/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTimeZone, mondayInFixtureZone } from "../../test-support/fixtures";
import { createPortalCaller } from "../index";
import { portalTestData } from "../../test-support/portal-fixtures";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const t = portalTestData(db);
  const now = new Date();
  const monday = mondayInFixtureZone(now);
  const clinician = await t.staff("clinician");
  const setting = await t.iopProgram();
  const alex = await t.enrolledClient(setting, clinician, { startsOn: addDays(monday, -21), firstName: "Alex" });
  const blair = await t.enrolledClient(setting, clinician, { startsOn: addDays(monday, -21), firstName: "Blair" });
  const at = (date: string, time: string) => t.session(setting, { startsAt: zonedWallClockToInstant(date, time, fixtureTimeZone) });

  // Last week: three 3-hour evenings, the floor. Two weeks ago: one 2-hour session. Three weeks ago: nothing.
  for (const day of [0, 2, 3]) {
    const session = await at(addDays(monday, -7 + day), "18:00");
    await t.attended(session.id, alex.client.id, "present", 180);
    await t.attended(session.id, blair.client.id, "absent", 0);
  }
  const twoWeeksAgo = await at(addDays(monday, -14), "18:00");
  await t.attended(twoWeeksAgo.id, alex.client.id, "left_early", 120);
  // This week: an early-Monday session, whatever time the suite runs.
  const thisWeek = await at(monday, "01:00");
  await t.attended(thisWeek.id, alex.client.id, "present", 120);
  // Still ahead this week, unless the week ends within the minute.
  const later = new Date(now.getTime() + 60_000);
  await t.session(setting, { startsAt: later });
  // What is still ahead this week: the new session, and the early-Monday one when the suite runs before 1 am on a Monday.
  const laterThisWeek = [thisWeek.startsAt, later].filter((startsAt) => startsAt > now && weekStartOf(startsAt, fixtureTimeZone) === monday).length;
  await t.session(setting, { startsAt: new Date(now.getTime() + 120_000), cancelled: true });

  return { t, now, monday, clinician, setting, alex, blair, laterThisWeek };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

async function hoursOf(who: { caller: () => Promise<Awaited<ReturnType<typeof setup.alex.caller>>> }) {
  return createPortalCaller({ db: testDb.db, caller: await who.caller() }).hours.mine();
}

describe("portal hours.mine", () => {
  it("tells the client their hours week by week, newest first, in plain words", async () => {
    const hours = await hoursOf(setup.alex);
    expect(hours.plan).toMatchObject({ band: "9–15", hasBand: true, weeklyMinutes: { min: 540, max: 900 } });
    expect(hours.weeks.map((week) => week.weekStart)).toEqual([0, -7, -14, -21].map((days) => addDays(setup.monday, days)));
    const [current, last, twoAgo, threeAgo] = hours.weeks;
    expect(current).toMatchObject({
      isThisWeek: true,
      minutes: 120,
      daysAttended: 1,
      summary: "You've attended 2 hours of your 9–15 this week.",
      days: "You've joined sessions on 1 day so far this week.",
    });
    expect(last).toMatchObject({
      minutes: 540,
      daysAttended: 3,
      summary: "You attended 9 hours of your 9–15 that week.",
      days: "You joined sessions on 3 days that week.",
    });
    expect(last?.datesAttended.map((day) => day.date)).toEqual([-7, -5, -4].map((days) => addDays(setup.monday, days)));
    expect(last?.datesAttended[0]?.hours).toBe("3 hours");
    expect(twoAgo?.summary).toBe("You attended 2 hours of your 9–15 that week.");
    expect(threeAgo).toMatchObject({ minutes: 0, summary: "No hours were recorded that week." });
  });

  it("counts what is still ahead this week, leaving out cancelled sessions", async () => {
    const hours = await hoursOf(setup.alex);
    expect(hours.plan?.stillAhead).toBe(describeSessionsLeft(setup.laterThisWeek));
  });

  it("never mixes in another client's attendance", async () => {
    const hours = await hoursOf(setup.blair);
    expect(hours.weeks.map((week) => week.minutes)).toEqual([0, 0, 0, 0]);
    expect(hours.weeks[1]?.summary).toBe("No hours were recorded that week.");
  });

  it("after discharge, ends with the program's last week", async () => {
    const graduate = await setup.t.enrolledClient(setup.setting, setup.clinician, {
      startsOn: addDays(setup.monday, -35),
      firstName: "Graduate",
    });
    await setup.t.discharge(graduate.enrollment.id, addDays(setup.monday, -6), "completed", null);
    const hours = await hoursOf(graduate);
    expect(hours.weeks[0]?.weekStart).toBe(addDays(setup.monday, -7));
    expect(hours.weeks[0]?.isThisWeek).toBe(false);
    expect(hours.plan?.stillAhead).toBeNull();
  });

  it("before a program starts, or without one, explains what happens next instead", async () => {
    const referred = await setup.t.enrolledClient(setup.setting, setup.clinician, {
      startsOn: addDays(setup.monday, 21),
      firstName: "Referred",
    });
    await setup.t.setStatus(referred.enrollment.id, "referred");
    const beforeStart = await hoursOf(referred);
    expect(beforeStart).toMatchObject({ plan: null, weeks: [] });
    expect(beforeStart.nextStep?.heading).toBe("We've received your referral");

    const newcomer = await setup.t.unenrolledClient("Newcomer");
    const none = await hoursOf(newcomer);
    expect(none).toMatchObject({ plan: null, weeks: [] });
    expect(none.nextStep?.heading).toMatch(/not in a program/);
  });

  it("tells someone whose referral closed before it started that it is closed: no band, no empty weeks", async () => {
    for (const [name, startsOn] of [["Robin", addDays(setup.monday, 14)], ["Remy", addDays(setup.monday, -14)]] as const) {
      const person = await setup.t.unenrolledClient(name);
      await setup.t.closedReferral(setup.setting, person.client.id, startsOn);
      const hours = await hoursOf(person);
      expect(hours).toEqual({
        nextStep: {
          heading: `Your referral to ${setup.setting.program.name} is closed`,
          paragraphs: [expect.stringMatching(/talk about starting, call us/)],
        },
        plan: null,
        weeks: [],
      });
      expect(JSON.stringify(hours)).not.toMatch(/ended|No hours were recorded/);
    }
  });

  it("shows a graduate the hours of the program they went through when a later referral closed", async () => {
    const graduate = await setup.t.enrolledClient(setup.setting, setup.clinician, {
      startsOn: addDays(setup.monday, -35),
      firstName: "Graduate",
    });
    await setup.t.discharge(graduate.enrollment.id, addDays(setup.monday, -6), "completed", null);
    await setup.t.closedReferral(setup.setting, graduate.client.id, addDays(setup.monday, 7));
    const hours = await hoursOf(graduate);
    expect(hours.nextStep?.heading).toBe(`Your referral to ${setup.setting.program.name} is closed`);
    expect(hours.plan?.status).toBe("discharged");
    expect(hours.weeks[0]?.weekStart).toBe(addDays(setup.monday, -7));
    expect(hours.weeks.at(-1)?.weekStart).toBe(addDays(setup.monday, -35));
  });

  it("shows each week with the band in force that week, also when the current plan's differs", async () => {
    const php = await setup.t.phpProgram();
    // Stepped down on the Friday of the last week, then discharged that Sunday: the week was PHP's.
    const lastWeek = addDays(setup.monday, -7);
    const person = await setup.t.steppedDownClient(php, setup.setting, setup.clinician, {
      startsOn: addDays(setup.monday, -21),
      stepDownOn: addDays(lastWeek, 4),
      firstName: "Pat",
    });
    await setup.t.discharge(person.enrollment.id, setup.monday, "completed", null);
    const group = await setup.t.session(php, { startsAt: zonedWallClockToInstant(lastWeek, "09:00", fixtureTimeZone), minutes: 300 });
    await setup.t.attended(group.id, person.client.id, "present", 300);
    const hours = await hoursOf(person);
    expect(hours.plan?.weeklyMinutes).toEqual({ min: 540, max: 900 });
    expect(hours.weeks[0]).toMatchObject({ weekStart: lastWeek, weeklyMinutes: { min: 1200, max: 1800 }, hasBand: true });
    expect(hours.weeks[0]?.summary).toBe("You attended 5 hours of your 20–30 that week.");
  });

  it("audits the read with the client as subject", async () => {
    const caller = await setup.alex.caller();
    await createPortalCaller({ db: testDb.db, caller }).hours.mine();
    const rows = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, "hours.mine")));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.subjectClientIds.join() === setup.alex.client.id && row.outcome === "allowed")).toBe(true);
  });

  it("answers a staff account as not found, and a signed-out caller with sign in", async () => {
    const staff = await setup.clinician.caller();
    await expect(createPortalCaller({ db: testDb.db, caller: staff }).hours.mine()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createPortalCaller({ db: testDb.db, caller: null }).hours.mine()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

