import { auditEvents, recertifications } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingDatabase } from "../test-support/counting-database";
import { addDays, fixtures, mondayInFixtureZone } from "../test-support/fixtures";
import { createStaffCaller } from "./index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const clinician = await f.staff("clinician");
  const frontDesk = await f.staff("front_desk");
  const setting = await f.iopProgram();
  const monday = mondayInFixtureZone(new Date());
  const steady = await f.enrolledClient(setting, clinician, { startsOn: addDays(monday, -28), firstName: "Steady" });
  const struggling = await f.enrolledClient(setting, clinician, { startsOn: addDays(monday, -28), firstName: "Struggling" });
  // Two completed weeks: Steady attends every session (3 × 3 h = 9 h, the floor); Struggling
  // attends one a week and misses the last two sessions.
  for (const weekOffset of [-14, -7]) {
    for (const day of [0, 2, 3]) {
      const session = await f.groupSession(setting, addDays(monday, weekOffset + day));
      await f.attended(session.id, steady.client.id, "present", 180);
      const struggled = weekOffset === -7 && day > 0 ? "absent" : day === 0 ? "present" : "excused";
      await f.attended(session.id, struggling.client.id, struggled, struggled === "present" ? 180 : 0);
    }
  }
  return { f, clinician, frontDesk, setting, steady, struggling, monday };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const staffApi = async (who: { caller: () => Promise<Awaited<ReturnType<typeof setup.clinician.caller>>> }) =>
  createStaffCaller({ db: testDb.db, caller: await who.caller() });

describe("staff roster.list", () => {
  it("lists every open enrollment with last week's hours and the flags, most urgent first", async () => {
    const roster = (await (await staffApi(setup.clinician)).roster.list()).rows;
    expect(roster.map((row) => row.clientId)).toEqual([setup.struggling.client.id, setup.steady.client.id]);

    const [struggling, steady] = roster;
    expect(struggling?.lastWeek).toMatchObject({ minutes: 180, daysAttended: 1, standing: "under_floor" });
    expect(struggling?.flags.map((flag) => flag.kind)).toEqual(expect.arrayContaining(["level_review_due", "outreach_due"]));
    expect(steady?.lastWeek).toMatchObject({ minutes: 540, daysAttended: 3, standing: "within_band" });
    expect(steady?.flags.map((flag) => flag.kind)).not.toContain("level_review_due");
    expect(steady?.nextReviewDue).toBe(addDays(addDays(setup.monday, -28), 60));
    expect(steady?.band).toEqual({ min: 540, max: 900 });
  });

  it("is open to the front desk, and audits one row naming every client shown", async () => {
    const caller = await setup.frontDesk.caller();
    const roster = (await createStaffCaller({ db: testDb.db, caller }).roster.list()).rows;
    expect(roster).toHaveLength(2);
    const rows = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, "roster.list")));
    expect(rows.map((row) => [...row.subjectClientIds].sort())).toEqual([[setup.steady.client.id, setup.struggling.client.id].sort()]);
  });

  it("takes the same number of statements for two clients or six", async () => {
    const counting = countingDatabase(testDb.url);
    try {
      const caller = await setup.clinician.caller();
      const read = () => createStaffCaller({ db: counting.db, caller }).roster.list();
      const before = await counting.count(read);
      for (let i = 0; i < 4; i++) {
        const extra = await setup.f.enrolledClient(setup.setting, setup.clinician, { startsOn: addDays(setup.monday, -7) });
        const session = await setup.f.groupSession(setup.setting, addDays(setup.monday, -5 + i));
        await setup.f.attended(session.id, extra.client.id, "present", 180);
      }
      const after = await counting.count(read);
      expect((await read()).rows.length).toBe(6);
      expect(after).toBe(before);
    } finally {
      await counting.close();
    }
  });
});

describe("recertification", () => {
  it("counts the next review from the latest recertification at the current level", async () => {
    const certifiedOn = addDays(setup.monday, -3);
    await testDb.db.insert(recertifications).values([
      // A recertification at another level says nothing about this one.
      { enrollmentId: setup.steady.enrollment.id, level: "php", certifiedOn: addDays(setup.monday, -1), certifiedByStaffId: setup.clinician.member.id },
      { enrollmentId: setup.steady.enrollment.id, level: "iop", certifiedOn, certifiedByStaffId: setup.clinician.member.id },
    ]);
    const roster = (await (await staffApi(setup.clinician)).roster.list()).rows;
    const steady = roster.find((row) => row.clientId === setup.steady.client.id);
    expect(steady?.nextReviewDue).toBe(addDays(certifiedOn, 60));
    expect(steady?.reviewOverdue).toBe(false);
  });
});

describe("staff clients.detail", () => {
  it("shows a client's enrollment, level timeline, care team and attendance", async () => {
    const detail = await (await staffApi(setup.clinician)).clients.detail({ clientId: setup.struggling.client.id });
    expect(detail.client.name).toBe("Fixture, Struggling");
    expect(detail.inCare?.level.code).toBe("iop");
    expect(detail.levelTimeline.map((change) => change.toLevel)).toEqual(["iop"]);
    expect(detail.careTeam).toHaveLength(1);
    expect(detail.attendance).toHaveLength(6);
    expect(detail.attendance[0]?.status).toBe("absent");
    expect(detail.compliance?.flags.map((flag) => flag.kind)).toContain("outreach_due");
  });

  it("is closed to the front desk, whose role lacks client.read", async () => {
    const caller = await setup.frontDesk.caller();
    await expect(
      createStaffCaller({ db: testDb.db, caller }).clients.detail({ clientId: setup.steady.client.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const denied = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.outcome, "denied")));
    expect(denied.map((row) => row.action)).toContain("clients.detail");
  });

  it("answers an id that does not exist with not found, and audits the attempt", async () => {
    const missing = "6f1d7a3e-0000-4000-8000-000000000000";
    const api = await staffApi(setup.clinician);
    await expect(api.clients.detail({ clientId: missing })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "We couldn't find that.",
    });
    const [row] = await testDb.db.select().from(auditEvents).where(eq(auditEvents.resourceId, missing));
    expect(row?.outcome).toBe("denied");
  });

  it("rejects a malformed id before touching the database", async () => {
    const api = await staffApi(setup.clinician);
    await expect(api.clients.detail({ clientId: "1 or 1=1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("does not serve a client account, even with a real portal session", async () => {
    const caller = await setup.steady.caller();
    await expect(
      createStaffCaller({ db: testDb.db, caller }).clients.detail({ clientId: setup.steady.client.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createStaffCaller({ db: testDb.db, caller }).roster.list()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
