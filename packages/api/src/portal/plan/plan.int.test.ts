import { auditEvents } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { and, arrayContains, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, fixtures, mondayInFixtureZone } from "../../test-support/fixtures";
import { countingDatabase } from "../../test-support/counting-database";
import { createPortalCaller } from "../index";
import { portalTestData, sampleDischargePlan } from "../../test-support/portal-fixtures";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const clinician = await f.staff("clinician", "Dana Reyes");
  const setting = await f.iopProgram();
  const monday = mondayInFixtureZone(new Date());
  const alex = await f.enrolledClient(setting, clinician, { startsOn: addDays(monday, -21), firstName: "Alex" });
  const blair = await f.enrolledClient(setting, clinician, { startsOn: addDays(monday, -21), firstName: "Blair" });
  const mondayGroup = await f.groupSession(setting, monday);
  const wednesdayGroup = await f.groupSession(setting, addDays(monday, 2));
  await f.groupSession(setting, addDays(monday, 7));
  await f.groupSession(setting, addDays(monday, -7));
  await f.attended(mondayGroup.id, alex.client.id, "present", 180);
  await f.attended(wednesdayGroup.id, alex.client.id, "late", 150);
  await f.attended(mondayGroup.id, blair.client.id, "absent", 0);
  return { f, clinician, setting, alex, blair, monday };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

describe("portal plan.mine", () => {
  it("shows the signed-in client their level, care team, sessions and hours in plain words", async () => {
    const caller = await setup.alex.caller();
    const plan = await createPortalCaller({ db: testDb.db, caller }).plan.mine();

    expect(plan.greetingName).toBe("Alex");
    expect(plan.enrollment?.level.code).toBe("iop");
    expect(plan.enrollment?.level.label).toMatch(/Intensive Outpatient/);
    expect(plan.enrollment?.weeklyMinutes).toEqual({ min: 540, max: 900 });
    expect(plan.careTeam).toEqual([{ name: "Dana Reyes", credentials: "LCSW", responsibility: "Primary therapist" }]);
    if (!plan.enrollment) throw new Error("expected an enrollment");
    expect(plan.thisWeek.weekStart).toBe(setup.monday);
    expect(plan.thisWeek.minutesAttended).toBe(330);
    expect(plan.thisWeek.daysAttended).toBe(2);
    expect(plan.thisWeek.summary).toBe("You've attended 5.5 hours of your 9–15 this week.");
    expect(plan.thisWeek.sessions.map((s) => s.attendanceStatus)).toEqual(["present", "late"]);
    expect(plan.upcoming).toHaveLength(1);
    expect(plan.upcoming[0]?.attendanceStatus).toBeNull();
  });

  it("gives the program's expected length in words and the week the client is in", async () => {
    const plan = await createPortalCaller({ db: testDb.db, caller: await setup.alex.caller() }).plan.mine();
    expect(plan.enrollment?.expectedLength).toBe("about 8 weeks");
    expect(plan.enrollment?.progress).toBe("You're in week 4 of about 8 weeks.");
    expect(plan.nextStep).toBeNull();
    expect(plan.alumnus).toBe(false);
    expect(plan.continuingCare).toBeNull();
  });

  it("once discharged, shows the continuing-care plan in warm words and calls the client an alumnus", async () => {
    const t = portalTestData(testDb.db);
    const graduate = await t.enrolledClient(setup.setting, setup.clinician, { startsOn: addDays(setup.monday, -56) });
    await t.discharge(graduate.enrollment.id, addDays(setup.monday, -1), "completed", sampleDischargePlan);
    const plan = await createPortalCaller({ db: testDb.db, caller: await graduate.caller() }).plan.mine();
    expect(plan.alumnus).toBe(true);
    expect(plan.enrollment?.lastDayOn).toBe(addDays(setup.monday, -2));
    expect(plan.enrollment?.progress).toBeNull();
    expect(plan.continuingCare).toEqual({
      ended: expect.stringMatching(/completed your program/),
      alumni: expect.stringMatching(/alumni group/),
      plan: {
        nextLevel: "Outpatient therapy with a provider close to you",
        nextProvider: {
          name: "Dr. Rivera",
          phone: "6175550123",
          firstAppointmentOn: "2030-01-07",
          sentence: "You'll see Dr. Rivera once a week.",
        },
        crisisPlan: sampleDischargePlan.crisisPlan,
      },
    });
  });

  it("never tells a client who left early how it ended", async () => {
    const t = portalTestData(testDb.db);
    const leaver = await t.enrolledClient(setup.setting, setup.clinician, { startsOn: addDays(setup.monday, -14) });
    await t.discharge(leaver.enrollment.id, addDays(setup.monday, -1), "left_against_advice", null);
    const plan = await createPortalCaller({ db: testDb.db, caller: await leaver.caller() }).plan.mine();
    expect(plan.continuingCare?.ended).not.toMatch(/advice|against|left/i);
    expect(plan.continuingCare?.plan).toBeNull();
    expect(plan.alumnus).toBe(true);
  });

  it("before the program starts, and with no program at all, explains what happens next", async () => {
    const t = portalTestData(testDb.db);
    const referred = await t.enrolledClient(setup.setting, setup.clinician, { startsOn: addDays(setup.monday, 14) });
    await t.setStatus(referred.enrollment.id, "intake_scheduled");
    const upcoming = await createPortalCaller({ db: testDb.db, caller: await referred.caller() }).plan.mine();
    expect(upcoming.nextStep?.heading).toBe("Your intake appointment is set");
    expect(upcoming.enrollment?.status).toBe("intake_scheduled");
    // Nobody's groups are theirs before they start.
    expect(upcoming.enrollment ? [...upcoming.thisWeek.sessions, ...upcoming.upcoming] : []).toEqual([]);

    const newcomer = await t.unenrolledClient("Newcomer");
    const none = await createPortalCaller({ db: testDb.db, caller: await newcomer.caller() }).plan.mine();
    expect(none).toMatchObject({ greetingName: "Newcomer", enrollment: null, alumnus: false });
    expect(none.nextStep?.heading).toMatch(/not in a program/);
  });

  it("tells someone whose referral closed before it started that the referral is closed, not that their time ended", async () => {
    const t = portalTestData(testDb.db);
    const person = await t.unenrolledClient("Robin");
    await t.closedReferral(setup.setting, person.client.id, addDays(setup.monday, 14));
    const plan = await createPortalCaller({ db: testDb.db, caller: await person.caller() }).plan.mine();
    expect(plan).toMatchObject({ greetingName: "Robin", enrollment: null, alumnus: false, continuingCare: null });
    expect(plan.nextStep).toEqual({
      heading: `Your referral to ${setup.setting.program.name} is closed`,
      paragraphs: [expect.stringMatching(/talk about starting, call us/)],
    });
    expect(JSON.stringify(plan)).not.toMatch(/has ended|alumni/i);
  });

  it("keeps a graduate's own plan, crisis plan included, when a later referral closed before it started", async () => {
    const t = portalTestData(testDb.db);
    const graduate = await t.enrolledClient(setup.setting, setup.clinician, { startsOn: addDays(setup.monday, -90) });
    await t.discharge(graduate.enrollment.id, addDays(setup.monday, -30), "completed", sampleDischargePlan);
    await t.closedReferral(setup.setting, graduate.client.id, addDays(setup.monday, -7));
    const plan = await createPortalCaller({ db: testDb.db, caller: await graduate.caller() }).plan.mine();
    expect(plan.alumnus).toBe(true);
    expect(plan.nextStep?.heading).toBe(`Your referral to ${setup.setting.program.name} is closed`);
    expect(plan.enrollment).toMatchObject({ status: "discharged", startsOn: addDays(setup.monday, -90), lastDayOn: addDays(setup.monday, -31) });
    expect(plan.continuingCare?.ended).toMatch(/completed your program/);
    expect(plan.continuingCare?.plan?.crisisPlan).toEqual(sampleDischargePlan.crisisPlan);
    expect(plan.continuingCare?.plan?.nextProvider?.name).toBe("Dr. Rivera");
  });

  it("ranks a closed referral by the day it closed: one closed before a completed episode began is not mentioned", async () => {
    const t = portalTestData(testDb.db);
    const graduate = await t.enrolledClient(setup.setting, setup.clinician, { startsOn: addDays(setup.monday, -40) });
    await t.discharge(graduate.enrollment.id, addDays(setup.monday, -10), "completed", sampleDischargePlan);
    // Planned to start after the episode did, but closed two days before it began.
    await t.closedReferral(setup.setting, graduate.client.id, addDays(setup.monday, -23), addDays(setup.monday, -42));
    const plan = await createPortalCaller({ db: testDb.db, caller: await graduate.caller() }).plan.mine();
    expect(plan.alumnus).toBe(true);
    expect(plan.enrollment).toMatchObject({ status: "discharged", startsOn: addDays(setup.monday, -40) });
    expect(JSON.stringify(plan)).not.toMatch(/referral .* is closed/);
  });

  it("a referral closed before an enrollment that ran is not mentioned", async () => {
    const t = portalTestData(testDb.db);
    const person = await t.enrolledClient(setup.setting, setup.clinician, { startsOn: addDays(setup.monday, -14) });
    await t.closedReferral(setup.setting, person.client.id, addDays(setup.monday, -60));
    const plan = await createPortalCaller({ db: testDb.db, caller: await person.caller() }).plan.mine();
    expect(plan.nextStep).toBeNull();
    expect(plan.enrollment?.status).toBe("active");
  });

  it("reads this week against the band in force this week, not only the current plan's", async () => {
    const t = portalTestData(testDb.db);
    const php = await t.phpProgram();
    // Stepped down on this week's Friday: four of the week's days were PHP, so the week is PHP's.
    const person = await t.steppedDownClient(php, setup.setting, setup.clinician, {
      startsOn: addDays(setup.monday, -14),
      stepDownOn: addDays(setup.monday, 4),
      firstName: "Pat",
    });
    const plan = await createPortalCaller({ db: testDb.db, caller: await person.caller() }).plan.mine();
    if (!plan.enrollment) throw new Error("expected an enrollment");
    expect(plan.enrollment.weeklyMinutes).toEqual({ min: 540, max: 900 });
    expect(plan.thisWeek.weeklyMinutes).toEqual({ min: 1200, max: 1800 });
    expect(plan.thisWeek.summary).toMatch(/20–30 hours/);

    const steady = await createPortalCaller({ db: testDb.db, caller: await setup.alex.caller() }).plan.mine();
    expect(steady.enrollment ? steady.thisWeek.weeklyMinutes : null).toEqual({ min: 540, max: 900 });
  });

  it("never mixes in another client's attendance", async () => {
    const caller = await setup.blair.caller();
    const plan = await createPortalCaller({ db: testDb.db, caller }).plan.mine();
    expect(plan.greetingName).toBe("Blair");
    if (!plan.enrollment) throw new Error("expected an enrollment");
    expect(plan.thisWeek.minutesAttended).toBe(0);
    expect(plan.thisWeek.sessions[0]?.attendanceStatus).toBe("absent");
    expect(plan.thisWeek.sessions[1]?.attendanceStatus).toBeNull();
  });

  it("writes an audit row for the read, naming the client", async () => {
    const caller = await setup.alex.caller();
    await createPortalCaller({ db: testDb.db, caller }).plan.mine();
    const rows = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(arrayContains(auditEvents.subjectClientIds, [setup.alex.client.id]), eq(auditEvents.action, "plan.mine")));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.outcome === "allowed" && row.actorUserId === caller.userId)).toBe(true);
  });

  it("asks a signed-out caller to sign in", async () => {
    await expect(createPortalCaller({ db: testDb.db, caller: null }).plan.mine()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("answers a staff account as not found, and audits the denial", async () => {
    const staff = { ...(await setup.clinician.caller()) };
    await expect(createPortalCaller({ db: testDb.db, caller: staff }).plan.mine()).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const denied = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, staff.userId), eq(auditEvents.outcome, "denied")));
    expect(denied.map((row) => row.action)).toContain("plan.mine");
  });

  it("reads the plan in the same number of statements however many sessions there are", async () => {
    const counting = countingDatabase(testDb.url);
    try {
      const caller = await setup.alex.caller();
      const read = () => createPortalCaller({ db: counting.db, caller }).plan.mine();
      const before = await counting.count(read);
      for (let week = 1; week <= 2; week++) {
        for (const day of [0, 2, 3]) await setup.f.groupSession(setup.setting, addDays(setup.monday, 7 * week + day));
      }
      const after = await counting.count(read);
      expect(after).toBe(before);
      expect(before).toBeLessThanOrEqual(6);
    } finally {
      await counting.close();
    }
  });
});
