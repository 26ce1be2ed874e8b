import { auditEvents, clients, users } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, instantToZonedDate } from "@stepwise/domain";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTimeZone, mondayInFixtureZone } from "../../test-support/fixtures";
import { createPortalCaller } from "../index";
import { hours, portalTestData } from "../../test-support/portal-fixtures";
import { readCalendarFeed } from "./feed";
import { hashToken } from "../../services/tokens";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

const programName = "Harbor Trauma Recovery Program";
const sessionTitle = "Nightmares and flashbacks skills";

async function arrange(db: TestDatabase["db"]) {
  const t = portalTestData(db);
  const now = new Date();
  const monday = mondayInFixtureZone(now);
  const clinician = await t.staff("clinician");
  const setting = await t.iopProgram();
  await t.renameProgram(setting, programName, "trauma");
  const alex = await t.enrolledClient(setting, clinician, { startsOn: addDays(monday, -21), firstName: "Alex" });
  const blair = await t.enrolledClient(setting, clinician, { startsOn: addDays(monday, -21), firstName: "Blair" });
  const at = (offset: number) => new Date(now.getTime() + offset);

  const group = await t.session(setting, { startsAt: at(hours(20)), kind: "skills_group", title: sessionTitle, location: "Room 2, east wing" });
  const video = await t.session(setting, { startsAt: at(hours(44)), location: null, videoUrl: "https://video.example/secret-room" });
  const cancelled = await t.session(setting, { startsAt: at(hours(68)), cancelled: true });
  const lastWeek = await t.session(setting, { startsAt: at(-hours(24 * 10)) });
  const tooOld = await t.session(setting, { startsAt: at(-hours(24 * 20)) });
  const tooFar = await t.session(setting, { startsAt: at(hours(24 * 60)) });
  const blairOnly = await t.session(setting, { startsAt: at(hours(30)), clientId: blair.client.id, kind: "individual", title: "Blair's therapy" });
  return { t, now, clinician, setting, alex, blair, sessions: { group, video, cancelled, lastWeek, tooOld, tooFar, blairOnly } };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

async function portalAs(who: { caller: () => Promise<Awaited<ReturnType<typeof setup.alex.caller>>> }) {
  const caller = await who.caller();
  return { caller, api: createPortalCaller({ db: testDb.db, caller }) };
}

const storedHash = async (clientId: string) =>
  (await testDb.db.select({ hash: clients.calendarFeedTokenHash }).from(clients).where(eq(clients.id, clientId)))[0]?.hash;

const auditActions = async (userId: string) =>
  (await testDb.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, userId))).map((row) => row.action);

describe("portal calendar link", () => {
  it("starts off, and a new link is a 43-character token of which only the SHA-256 is kept", async () => {
    const { api, caller } = await portalAs(setup.alex);
    expect(await api.calendar.status()).toEqual({ enabled: false });
    const { token } = await api.calendar.createLink();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hash = await storedHash(setup.alex.client.id);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token);
    expect(await api.calendar.status()).toEqual({ enabled: true });
    expect(await auditActions(caller.userId)).toEqual(expect.arrayContaining(["calendar.status", "calendar.createLink"]));
  });

  it("will not make a second link over the first; resetting is the way", async () => {
    const { api } = await portalAs(setup.alex);
    const before = await storedHash(setup.alex.client.id);
    await expect(api.calendar.createLink()).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/reset/) });
    expect(await storedHash(setup.alex.client.id)).toBe(before);
  });

  it("serves the feed for the token, and a reset stops the old token at once", async () => {
    const { api } = await portalAs(setup.alex);
    const { token: first } = await api.calendar.resetLink();
    expect(await readCalendarFeed(testDb.db, first, new Date())).toContain("BEGIN:VCALENDAR");
    const { token: second } = await api.calendar.resetLink();
    expect(second).not.toBe(first);
    expect(await readCalendarFeed(testDb.db, first, new Date())).toBeNull();
    expect(await readCalendarFeed(testDb.db, second, new Date())).toContain("BEGIN:VCALENDAR");
  });

  it("turning the feed off stops the link; turning it off again is harmless", async () => {
    const { api } = await portalAs(setup.blair);
    const { token } = await api.calendar.createLink();
    expect(await api.calendar.turnOff()).toEqual({ enabled: false });
    expect(await readCalendarFeed(testDb.db, token, new Date())).toBeNull();
    expect(await storedHash(setup.blair.client.id)).toBeNull();
    expect(await api.calendar.turnOff()).toEqual({ enabled: false });
    await expect(api.calendar.resetLink()).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await storedHash(setup.blair.client.id)).toBeNull();
  });

  it("answers staff as not found for every calendar procedure, and changes nothing", async () => {
    const staff = await setup.clinician.caller();
    const api = createPortalCaller({ db: testDb.db, caller: staff });
    for (const call of [() => api.calendar.status(), () => api.calendar.createLink(), () => api.calendar.resetLink(), () => api.calendar.turnOff()]) {
      await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const denied = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, staff.userId), eq(auditEvents.outcome, "denied")));
    expect(denied.map((row) => row.action).sort()).toEqual(["calendar.createLink", "calendar.resetLink", "calendar.status", "calendar.turnOff"]);
    await expect(createPortalCaller({ db: testDb.db, caller: null }).calendar.createLink()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("the calendar feed", () => {
  async function freshFeed() {
    const { api } = await portalAs(setup.alex);
    const { token } = await api.calendar.resetLink();
    return { token, text: (await readCalendarFeed(testDb.db, token, setup.now)) ?? "" };
  }

  it("holds the client's sessions from two weeks back to eight weeks ahead, one event each", async () => {
    const { text } = await freshFeed();
    const { group, video, cancelled, lastWeek, tooOld, tooFar, blairOnly } = setup.sessions;
    for (const session of [group, video, cancelled, lastWeek]) expect(text).toContain(`UID:${session.id}@stepwise`);
    for (const session of [tooOld, tooFar, blairOnly]) expect(text).not.toContain(session.id);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
  });

  it("shows minimal detail: 'Program session', a room, never the program, track, kind, title or video link", async () => {
    const { text } = await freshFeed();
    expect(new Set(text.match(/^SUMMARY:.*$/gm))).toEqual(new Set(["SUMMARY:Program session"]));
    for (const secret of [programName, "Trauma", "trauma", sessionTitle, "Skills", "skills", "secret-room", "video.example", "Alex", "Blair"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("LOCATION:In person");
    expect(text).not.toContain("east wing");
    expect(text).toContain("LOCATION:By video: join from your Stepwise portal");
  });

  it("marks the cancelled session CANCELLED, with CRLF line endings throughout", async () => {
    const { text } = await freshFeed();
    const cancelledEvent = text.slice(text.indexOf(`UID:${setup.sessions.cancelled.id}`));
    expect(cancelledEvent.slice(0, cancelledEvent.indexOf("END:VEVENT"))).toContain("STATUS:CANCELLED");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("audits each read with no actor and the client as subject", async () => {
    const { token } = await freshFeed();
    const before = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "calendar.feed"), isNull(auditEvents.actorUserId)));
    await readCalendarFeed(testDb.db, token, setup.now);
    const after = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "calendar.feed"), isNull(auditEvents.actorUserId)));
    expect(after.length).toBe(before.length + 1);
    expect(after.every((row) => row.subjectClientIds.join() === setup.alex.client.id && row.actorKind === null)).toBe(true);
  });

  it("answers an unknown, malformed or empty token with null", async () => {
    expect(await readCalendarFeed(testDb.db, "A".repeat(43), setup.now)).toBeNull();
    expect(await readCalendarFeed(testDb.db, "not a token", setup.now)).toBeNull();
    expect(await readCalendarFeed(testDb.db, "", setup.now)).toBeNull();
  });

  it("stops when the client's account is disabled", async () => {
    const { token } = await freshFeed();
    await testDb.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, setup.alex.user!.id));
    try {
      expect(await readCalendarFeed(testDb.db, token, setup.now)).toBeNull();
    } finally {
      await testDb.db.update(users).set({ disabledAt: null }).where(eq(users.id, setup.alex.user!.id));
    }
  });
});

// Runs after the feed tests above: they expect every feed read so far to be Alex's.
describe("the calendar feed after a closed referral", () => {
  it("keeps a graduate's past groups when a later referral closed before it started", async () => {
    const monday = mondayInFixtureZone(setup.now);
    const graduate = await setup.t.enrolledClient(setup.setting, setup.clinician, { startsOn: addDays(monday, -21), firstName: "Graduate" });
    await setup.t.discharge(graduate.enrollment.id, instantToZonedDate(setup.now, fixtureTimeZone), "completed", null);
    await setup.t.closedReferral(setup.setting, graduate.client.id, addDays(monday, 7));
    const { token } = await (await portalAs(graduate)).api.calendar.createLink();
    const text = (await readCalendarFeed(testDb.db, token, setup.now)) ?? "";
    expect(text).toContain(`UID:${setup.sessions.lastWeek.id}@stepwise`);
    expect(text).not.toContain(setup.sessions.group.id);
  });
});
