import { auditEvents } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, instantToZonedDate, isoWeekdayOf } from "@stepwise/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTimeZone, mondayInFixtureZone } from "../../test-support/fixtures";
import { createPortalCaller } from "../index";
import { hours, portalTestData } from "../../test-support/portal-fixtures";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const t = portalTestData(db);
  const now = new Date();
  const monday = mondayInFixtureZone(now);
  const clinician = await t.staff("clinician", "Dana Reyes");
  const setting = await t.iopProgram();
  const morning = await t.morningOption(setting);
  const alex = await t.enrolledClient(setting, clinician, { startsOn: addDays(monday, -21), firstName: "Alex" });
  const blair = await t.enrolledClient(setting, clinician, { startsOn: addDays(monday, -21), firstName: "Blair" });

  const at = (offset: number) => new Date(now.getTime() + offset);
  const pastGroup = await t.session(setting, { startsAt: at(-hours(30)) });
  const pastVideo = await t.session(setting, { startsAt: at(-hours(5)), minutes: 60, location: null, videoUrl: "https://video.example/past" });
  const soonVideo = await t.session(setting, { startsAt: at(hours(2)), minutes: 60, location: null, videoUrl: "https://video.example/soon" });
  const cancelled = await t.session(setting, { startsAt: at(hours(30)), cancelled: true, videoUrl: "https://video.example/off" });
  const alexIndividual = await t.session(setting, { startsAt: at(hours(50)), minutes: 50, clientId: alex.client.id, kind: "individual", title: "Individual" });
  const blairIndividual = await t.session(setting, { startsAt: at(hours(50)), minutes: 50, clientId: blair.client.id, kind: "individual", title: "Individual" });
  const morningGroup = await t.session(setting, { startsAt: at(hours(3)), scheduleOptionId: morning.id });
  const makeUpMorning = await t.session(setting, { startsAt: at(-hours(50)), scheduleOptionId: morning.id });
  const beforeEnrollment = await t.session(setting, { startsAt: at(-hours(24 * 40)) });
  const farAhead = await t.session(setting, { startsAt: at(hours(24 * 40)) });

  await t.attended(pastGroup.id, alex.client.id, "present", 180);
  await t.attended(pastVideo.id, alex.client.id, "excused", 0);
  await t.attended(pastGroup.id, blair.client.id, "absent", 0);
  await t.attended(makeUpMorning.id, alex.client.id, "late", 150);

  return {
    t,
    now,
    clinician,
    setting,
    alex,
    blair,
    sessions: { pastGroup, pastVideo, soonVideo, cancelled, alexIndividual, blairIndividual, morningGroup, makeUpMorning, beforeEnrollment, farAhead },
  };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

/** The week of a few days ago, so the window holds the past sessions whatever day the suite runs. */
const recentWeekOf = () => instantToZonedDate(new Date(setup.now.getTime() - hours(72)), fixtureTimeZone);

async function scheduleOf(who: { caller: () => Promise<Awaited<ReturnType<typeof setup.alex.caller>>> }, weekOf?: string) {
  const caller = await who.caller();
  return createPortalCaller({ db: testDb.db, caller }).schedule.mine(weekOf ? { weekOf } : undefined);
}

const allSessions = (schedule: Awaited<ReturnType<typeof scheduleOf>>) => schedule.weeks.flatMap((week) => week.sessions);

describe("portal schedule.mine", () => {
  it("shows four whole weeks from Monday, this week first by default", async () => {
    const schedule = await scheduleOf(setup.alex);
    expect(schedule.weeks).toHaveLength(4);
    expect(schedule.weeks[0]?.weekStart).toBe(mondayInFixtureZone(setup.now));
    expect(schedule.weeks[0]?.isThisWeek).toBe(true);
    expect(schedule.weeks.every((week) => isoWeekdayOf(week.weekStart) === 1)).toBe(true);
    expect(schedule.timeZone).toBe(fixtureTimeZone);
    expect(schedule.includesThisWeek).toBe(true);
  });

  it("holds only the client's own sessions: their option's groups, their individual sessions, and what they attended", async () => {
    const ids = allSessions(await scheduleOf(setup.alex, recentWeekOf())).map((session) => session.id);
    const { sessions } = setup;
    expect(ids).toEqual(
      expect.arrayContaining([sessions.pastGroup.id, sessions.pastVideo.id, sessions.soonVideo.id, sessions.cancelled.id, sessions.alexIndividual.id, sessions.makeUpMorning.id]),
    );
    expect(ids).not.toContain(sessions.blairIndividual.id);
    expect(ids).not.toContain(sessions.morningGroup.id);
  });

  it("never shows another client's sessions or attendance", async () => {
    const sessions = allSessions(await scheduleOf(setup.blair, recentWeekOf()));
    const ids = sessions.map((session) => session.id);
    expect(ids).toContain(setup.sessions.blairIndividual.id);
    expect(ids).not.toContain(setup.sessions.alexIndividual.id);
    expect(ids).not.toContain(setup.sessions.makeUpMorning.id);
    expect(sessions.find((session) => session.id === setup.sessions.pastGroup.id)?.attendanceStatus).toBe("absent");
  });

  it("says how past sessions went, and marks cancelled ones", async () => {
    const sessions = allSessions(await scheduleOf(setup.alex, recentWeekOf()));
    const byId = new Map(sessions.map((session) => [session.id, session]));
    expect(byId.get(setup.sessions.pastGroup.id)).toMatchObject({ attendanceStatus: "present", minutesAttended: 180, over: true });
    expect(byId.get(setup.sessions.pastVideo.id)?.attendanceStatus).toBe("excused");
    expect(byId.get(setup.sessions.cancelled.id)).toMatchObject({ cancelled: true, over: false });
    expect(byId.get(setup.sessions.soonVideo.id)).toMatchObject({ attendanceStatus: null, over: false });
  });

  it("hands over a video link only for a session not yet over and not cancelled", async () => {
    const sessions = allSessions(await scheduleOf(setup.alex, recentWeekOf()));
    const byId = new Map(sessions.map((session) => [session.id, session]));
    expect(byId.get(setup.sessions.soonVideo.id)).toMatchObject({ videoUrl: "https://video.example/soon", byVideo: true });
    expect(byId.get(setup.sessions.pastVideo.id)).toMatchObject({ videoUrl: null, byVideo: true });
    expect(byId.get(setup.sessions.cancelled.id)?.videoUrl).toBeNull();
  });

  it("pages to later weeks with weekOf, and not back before the program started", async () => {
    const farDate = instantToZonedDate(setup.sessions.farAhead.startsAt, fixtureTimeZone);
    const later = await scheduleOf(setup.alex, farDate);
    expect(later.includesThisWeek).toBe(false);
    expect(allSessions(later).map((session) => session.id)).toContain(setup.sessions.farAhead.id);

    const long = await scheduleOf(setup.alex, "2000-01-03");
    expect(long.weeks[0]?.weekStart).toBe(addDays(mondayInFixtureZone(setup.now), -21));
    expect(long.previousWeekOf).toBeNull();
    expect(allSessions(long).map((session) => session.id)).not.toContain(setup.sessions.beforeEnrollment.id);
  });

  it("refuses a weekOf that is not a date", async () => {
    await expect(scheduleOf(setup.alex, "next tuesday")).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("shows no group sessions before the program starts, but an individual appointment", async () => {
    const monday = mondayInFixtureZone(setup.now);
    const newcomer = await setup.t.enrolledClient(setup.setting, setup.clinician, { startsOn: addDays(monday, 14), firstName: "Newcomer" });
    await setup.t.setStatus(newcomer.enrollment.id, "intake_scheduled");
    const intake = await setup.t.session(setup.setting, {
      startsAt: new Date(setup.now.getTime() + hours(26)),
      minutes: 60,
      clientId: newcomer.client.id,
      kind: "individual",
      title: "Intake",
    });
    const schedule = await scheduleOf(newcomer);
    expect(schedule.enrollmentStatus).toBe("intake_scheduled");
    expect(allSessions(schedule).map((session) => session.id)).toEqual([intake.id]);
  });

  it("after discharge, keeps the program's past groups and drops the ones after it ended", async () => {
    const monday = mondayInFixtureZone(setup.now);
    const graduate = await setup.t.enrolledClient(setup.setting, setup.clinician, { startsOn: addDays(monday, -21), firstName: "Graduate" });
    await setup.t.discharge(graduate.enrollment.id, instantToZonedDate(setup.now, fixtureTimeZone), "completed", null);
    const ids = allSessions(await scheduleOf(graduate, recentWeekOf())).map((session) => session.id);
    expect(ids).toContain(setup.sessions.pastGroup.id);
    expect(ids).not.toContain(setup.sessions.soonVideo.id);
    expect(ids).not.toContain(setup.sessions.cancelled.id);
  });

  it("after a change of level of care, shows the new option's groups from that day, and not the old option's", async () => {
    const monday = mondayInFixtureZone(setup.now);
    const mover = await setup.t.enrolledClient(setup.setting, setup.clinician, { startsOn: addDays(monday, -21), firstName: "Mover" });
    const morning = await setup.t.session(setup.setting, {
      startsAt: new Date(setup.now.getTime() + hours(4)),
      scheduleOptionId: setup.sessions.makeUpMorning.scheduleOptionId,
    });
    const today = instantToZonedDate(setup.now, fixtureTimeZone);
    await setup.t.moveToOption(setup.setting, mover.enrollment.id, morning.scheduleOptionId!, today, setup.clinician);
    const ids = allSessions(await scheduleOf(mover, recentWeekOf())).map((session) => session.id);
    expect(ids).toContain(morning.id);
    expect(ids).not.toContain(setup.sessions.makeUpMorning.id);
    expect(ids).not.toContain(setup.sessions.soonVideo.id);
  });

  it("tells someone whose referral closed before it started that it is closed, never that their program ended", async () => {
    const monday = mondayInFixtureZone(setup.now);
    const person = await setup.t.unenrolledClient("Robin");
    await setup.t.closedReferral(setup.setting, person.client.id, addDays(monday, -7));
    const schedule = await scheduleOf(person, recentWeekOf());
    expect(schedule.enrollmentStatus).toBeNull();
    expect(schedule.nextStep).toEqual({
      heading: `Your referral to ${setup.setting.program.name} is closed`,
      paragraphs: [expect.stringMatching(/talk about starting, call us/)],
    });
    expect(allSessions(schedule)).toEqual([]);
  });

  it("shows a graduate the sessions of the program they went through when a later referral closed", async () => {
    const monday = mondayInFixtureZone(setup.now);
    const graduate = await setup.t.enrolledClient(setup.setting, setup.clinician, { startsOn: addDays(monday, -21), firstName: "Graduate" });
    await setup.t.discharge(graduate.enrollment.id, instantToZonedDate(setup.now, fixtureTimeZone), "completed", null);
    await setup.t.closedReferral(setup.setting, graduate.client.id, addDays(monday, 7));
    const schedule = await scheduleOf(graduate, recentWeekOf());
    expect(schedule.enrollmentStatus).toBe("discharged");
    expect(schedule.nextStep?.heading).toBe(`Your referral to ${setup.setting.program.name} is closed`);
    expect(allSessions(schedule).map((session) => session.id)).toContain(setup.sessions.pastGroup.id);
  });

  it("writes an audit row for the read, naming the client", async () => {
    const caller = await setup.alex.caller();
    await createPortalCaller({ db: testDb.db, caller }).schedule.mine();
    const rows = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, "schedule.mine")));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.subjectClientIds.join() === setup.alex.client.id && row.outcome === "allowed")).toBe(true);
  });

  it("answers a staff account as not found and audits the denial; asks a signed-out caller to sign in", async () => {
    const staff = await setup.clinician.caller();
    await expect(createPortalCaller({ db: testDb.db, caller: staff }).schedule.mine()).rejects.toMatchObject({ code: "NOT_FOUND" });
    const denied = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, staff.userId), eq(auditEvents.action, "schedule.mine")));
    expect(denied.map((row) => row.outcome)).toEqual(["denied"]);
    await expect(createPortalCaller({ db: testDb.db, caller: null }).schedule.mine()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
