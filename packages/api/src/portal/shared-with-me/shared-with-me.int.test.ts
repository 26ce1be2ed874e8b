import { randomUUID } from "node:crypto";
import { auditEvents } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, type ConsentScope, consentToday } from "@stepwise/domain";
import { and, arrayContains, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyFixtures, inHours } from "../../test-support/family-fixtures";
import { mondayInFixtureZone } from "../../test-support/fixtures";
import { createPortalCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

type Api = ReturnType<typeof createPortalCaller>;

async function arrange(db: TestDatabase["db"]) {
  const t = familyFixtures(db);
  const now = new Date();
  const monday = mondayInFixtureZone(now);
  const clinician = await t.staff("clinician", "Dana Reyes");
  const setting = await t.iopProgram();
  const alex = await t.enrolledClient(setting, clinician, { startsOn: addDays(monday, -21), firstName: "Alex" });
  const blair = await t.enrolledClient(setting, clinician, { startsOn: addDays(monday, -21), firstName: "Blair" });

  // Alex's week: a group earlier (attended), one by video ahead, a cancelled one, and an individual session.
  const attendedGroup = await t.session(setting, { startsAt: inHours(-26, now) });
  await t.attended(attendedGroup.id, alex.client.id, "present", 180);
  const videoGroup = await t.session(setting, { startsAt: inHours(30, now), location: "Room 2", videoUrl: "https://video.example/group" });
  const cancelledGroup = await t.session(setting, { startsAt: inHours(54, now), cancelled: true });
  const individual = await t.session(setting, { startsAt: inHours(50, now), minutes: 50, clientId: alex.client.id, kind: "individual", title: "Individual with Dana" });
  const alexFamilySession = await t.familySession(setting, { startsAt: inHours(24 * 5, now), clientId: alex.client.id, capacity: 4 });

  const member = async (client: typeof alex.client, scopes: ConsentScope[] | null, name: string) => {
    const linked = await t.familyMemberOf(client, { name });
    if (scopes) await t.consent(client, linked.member, { scopes });
    return linked;
  };
  const onlySchedule = await member(alex.client, ["schedule"], "Sam Schedule");
  const onlyAttendance = await member(alex.client, ["attendance_summary"], "Ari Attendance");
  const onlyPlan = await member(alex.client, ["plan_summary"], "Pat Plan");
  const onlyFamilySessions = await member(alex.client, ["family_sessions"], "Fran Family");
  const noConsent = await member(alex.client, null, "Nell None");

  // Two active consents (their scopes add up), and a revoked one whose scope must not count.
  const everything = await member(alex.client, ["schedule", "plan_summary"], "Eve Everything");
  await t.consent(alex.client, everything.member, { scopes: ["attendance_summary"], expiry: { kind: "date", on: "2031-06-30" } });
  await t.consent(alex.client, everything.member, { scopes: ["family_sessions"], revokedAt: new Date() });

  const yesterday = addDays(consentToday(now), -1);
  const expired = await member(alex.client, null, "Ed Expired");
  await t.consent(alex.client, expired.member, { scopes: ["schedule", "attendance_summary", "plan_summary", "family_sessions"], expiry: { kind: "date", on: yesterday }, signedAt: inHours(-24 * 30, now) });
  const endsToday = await member(alex.client, null, "Tod Today");
  await t.consent(alex.client, endsToday.member, { scopes: ["schedule"], expiry: { kind: "date", on: consentToday(now) } });
  const revoked = await member(alex.client, null, "Rey Revoked");
  await t.consent(alex.client, revoked.member, { scopes: ["schedule", "attendance_summary", "plan_summary", "family_sessions"], revokedAt: new Date() });

  // Blair consented "until my treatment here ends", then was discharged.
  const untilTreatmentEnds = await member(blair.client, null, "Uma Until");
  await t.consent(blair.client, untilTreatmentEnds.member, {
    scopes: ["schedule", "attendance_summary", "plan_summary", "family_sessions"],
    expiry: { kind: "event", event: "end_of_treatment" },
    signedAt: inHours(-24 * 10, now),
  });
  await t.recordDischarge(blair.enrollment.id, addDays(consentToday(now), -1));
  // Blair's consent to someone else: Alex's family member Sam must not reach Blair through it.
  const blairsFamily = await member(blair.client, ["schedule", "attendance_summary", "plan_summary"], "Bo Blair");

  // One person linked to both clients: Alex shares until treatment ends, Blair's is revoked.
  const both = await member(alex.client, null, "Kit Both");
  await t.consent(alex.client, both.member, { scopes: ["schedule"], expiry: { kind: "event", event: "end_of_treatment" } });
  const bothAtBlair = await t.familyMemberOf(blair.client, { name: "Kit Both", user: both.user });
  await t.consent(blair.client, bothAtBlair.member, { scopes: ["schedule"], revokedAt: new Date() });

  return {
    t,
    now,
    alex,
    blair,
    sessions: { attendedGroup, videoGroup, cancelledGroup, individual, alexFamilySession },
    family: { onlySchedule, onlyAttendance, onlyPlan, onlyFamilySessions, noConsent, everything, expired, endsToday, revoked, untilTreatmentEnds, blairsFamily, both },
  };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

/** What a caller gets asking for one client under each scope: the answer, or the error's code and words. */
async function probe(api: Api, clientId: string) {
  const settle = async (call: () => Promise<unknown>) => {
    try {
      return { ok: true as const, value: await call() };
    } catch (error) {
      const { code, message } = error as { code: string; message: string };
      return { ok: false as const, code, message };
    }
  };
  return {
    schedule: await settle(() => api.sharedWithMe.schedule({ clientId })),
    attendance_summary: await settle(() => api.sharedWithMe.attendance({ clientId })),
    plan_summary: await settle(() => api.sharedWithMe.plan({ clientId })),
    family_sessions: await settle(() => api.familySessions.signUp({ sessionId: setup.sessions.alexFamilySession.id, clientId })),
  } satisfies Record<ConsentScope, unknown>;
}

const notFound = { ok: false, code: "NOT_FOUND", message: "We couldn't find that." };

const actionOf: Record<ConsentScope, string> = {
  schedule: "sharedWithMe.schedule",
  attendance_summary: "sharedWithMe.attendance",
  plan_summary: "sharedWithMe.plan",
  family_sessions: "familySessions.signUp",
};

/** The actions audited as denied for this person about this client. */
async function deniedAudit(userId: string, clientId: string) {
  const rows = await testDb.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(and(eq(auditEvents.actorUserId, userId), eq(auditEvents.outcome, "denied"), arrayContains(auditEvents.subjectClientIds, [clientId])));
  return rows.map((row) => row.action);
}

describe("consent access: each scope opens exactly its own procedure", () => {
  const cases = [
    ["schedule", "onlySchedule"],
    ["attendance_summary", "onlyAttendance"],
    ["plan_summary", "onlyPlan"],
    ["family_sessions", "onlyFamilySessions"],
  ] as const;

  it.each(cases)("a consent to share only %s answers that and nothing else", async (scope, who) => {
    const person = setup.family[who];
    const answers = await probe(await person.api(), setup.alex.client.id);
    for (const [probed, answer] of Object.entries(answers)) {
      if (probed === scope) expect(answer.ok).toBe(true);
      else expect(answer).toEqual(notFound);
    }
    // Each refusal is audited as denied, naming the client asked about.
    const denied = await deniedAudit(person.user.id, setup.alex.client.id);
    const others = Object.entries(actionOf).flatMap(([probed, action]) => (probed === scope ? [] : [action]));
    expect(denied.sort()).toEqual(others.sort());
  });

  it("lists only the consented client, with exactly the scopes of the active consents", async () => {
    for (const [scope, who] of cases) {
      const listed = await (await setup.family[who].api()).sharedWithMe.clients();
      expect(listed.map((client) => [client.clientId, client.scopes])).toEqual([[setup.alex.client.id, [scope]]]);
    }
    const [alex, ...others] = await (await setup.family.everything.api()).sharedWithMe.clients();
    expect(others).toEqual([]);
    expect(alex).toMatchObject({
      clientId: setup.alex.client.id,
      name: "Alex Fixture",
      relationship: "parent",
      scopes: ["schedule", "attendance_summary", "plan_summary"],
      until: [
        { kind: "date", on: "2099-12-31" },
        { kind: "date", on: "2031-06-30" },
      ],
    });
  });
});

describe("consent access: no active consent reads like a client who doesn't exist", () => {
  const outOfReach = [
    ["no consent at all", "noConsent", "alex"],
    ["a consent that ended yesterday in the center's time zone", "expired", "alex"],
    ["a revoked consent", "revoked", "alex"],
    ["a consent until treatment ends, after a discharge", "untilTreatmentEnds", "blair"],
    ["another family member's consent", "onlySchedule", "blair"],
    ["one person linked to two clients, asking about the one who revoked", "both", "blair"],
  ] as const;

  it.each(outOfReach)("%s: every procedure answers NOT_FOUND, exactly as for a random id, and is audited", async (_case, who, client) => {
    const person = setup.family[who];
    const clientId = setup[client].client.id;
    const api = await person.api();
    const answers = await probe(api, clientId);
    const unknown = await probe(api, randomUUID());
    for (const scope of ["schedule", "attendance_summary", "plan_summary", "family_sessions"] as const) {
      expect(answers[scope]).toEqual(notFound);
      expect(answers[scope]).toEqual(unknown[scope]);
    }
    expect((await deniedAudit(person.user.id, clientId)).sort()).toEqual(Object.values(actionOf).sort());
  });

  it("lists nobody for a person without an active consent", async () => {
    for (const who of ["noConsent", "expired", "revoked", "untilTreatmentEnds"] as const) {
      expect(await (await setup.family[who].api()).sharedWithMe.clients()).toEqual([]);
    }
  });

  it("keeps a consent that ends today open all day, and one until treatment ends open while in treatment", async () => {
    const today = await (await setup.family.endsToday.api()).sharedWithMe.schedule({ clientId: setup.alex.client.id });
    expect(today.weeks).toHaveLength(4);
    const both = await (await setup.family.both.api()).sharedWithMe.clients();
    // Linked to two clients: Alex's consent is in force, Blair's was revoked.
    expect(both.map((client) => client.clientId)).toEqual([setup.alex.client.id]);
    expect(both[0]?.until).toEqual([{ kind: "event", event: "end_of_treatment" }]);
  });

  it("takes a revocation into account on the very next call, with the same caller", async () => {
    const linked = await setup.t.familyMemberOf(setup.alex.client, { name: "Lee Later" });
    const consent = await setup.t.consent(setup.alex.client, linked.member, { scopes: ["schedule", "plan_summary"] });
    const api = await linked.api();
    await expect(api.sharedWithMe.plan({ clientId: setup.alex.client.id })).resolves.toMatchObject({ enrollment: { stage: "in_care" } });
    await setup.t.revoke(consent.id);
    await expect(api.sharedWithMe.plan({ clientId: setup.alex.client.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.sharedWithMe.schedule({ clientId: setup.alex.client.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await api.sharedWithMe.clients()).toEqual([]);
  });

  it("is closed to client accounts and signed-out callers", async () => {
    const client = createPortalCaller({ db: testDb.db, caller: await setup.alex.caller() });
    await expect(client.sharedWithMe.clients()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(client.sharedWithMe.schedule({ clientId: setup.alex.client.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createPortalCaller({ db: testDb.db, caller: null }).sharedWithMe.clients()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("what each shared view holds", () => {
  it("sharedWithMe.schedule: when, in person or by video, cancelled; not the kind of session, and nothing else", async () => {
    const api = await setup.family.onlySchedule.api();
    const schedule = await api.sharedWithMe.schedule({ clientId: setup.alex.client.id });
    expect(schedule.weeks).toHaveLength(4);
    expect(schedule.weeks[0]).toMatchObject({ weekStart: mondayInFixtureZone(setup.now), isThisWeek: true });
    const sessions = new Map(schedule.weeks.flatMap((week) => week.sessions).map((session) => [session.id, session]));
    const { videoGroup, cancelledGroup, individual } = setup.sessions;
    expect(sessions.get(videoGroup.id)).toEqual({
      id: videoGroup.id,
      startsAt: videoGroup.startsAt,
      endsAt: videoGroup.endsAt,
      place: "both",
      cancelled: false,
    });
    expect(sessions.get(cancelledGroup.id)).toMatchObject({ cancelled: true, place: "in_person" });
    expect(sessions.get(individual.id)).toEqual({ id: individual.id, startsAt: individual.startsAt, endsAt: individual.endsAt, place: "in_person", cancelled: false });
    for (const session of sessions.values()) expect(Object.keys(session).sort()).toEqual(["cancelled", "endsAt", "id", "place", "startsAt"]);
    const text = JSON.stringify(schedule);
    const secrets = ["kind", "individual", "process_group", "family", "Room 2", "video.example", "Individual with Dana", "Dana Reyes", "present", "minutes", "note"];
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it("sharedWithMe.attendance: hours and days a week against the band, in words about the client, this week and three before", async () => {
    const api = await setup.family.onlyAttendance.api();
    const attendance = await api.sharedWithMe.attendance({ clientId: setup.alex.client.id });
    expect(attendance.weeks).toHaveLength(4);
    expect(attendance.weeks[0]?.isThisWeek).toBe(true);
    expect(attendance.weeklyBand).toBe("9–15 hours a week");
    const attendedWeek = attendance.weeks.find((week) => week.minutes === 180);
    expect(attendedWeek).toBeDefined();
    expect(attendedWeek?.summary).toMatch(/^Alex (has attended|attended) 3 hours of the planned 9–15/);
    expect(attendedWeek?.days).toMatch(/Alex (has joined|joined) sessions on 1 day/);
    expect(Object.keys(attendedWeek!).sort()).toEqual(
      ["weekStart", "isThisWeek", "minutes", "hours", "daysAttended", "weeklyMinutes", "hasBand", "summary", "days"].sort(),
    );
  });

  it("sharedWithMe.plan: level, program, start and expected length; no care team, notes or plans", async () => {
    const api = await setup.family.onlyPlan.api();
    const plan = await api.sharedWithMe.plan({ clientId: setup.alex.client.id });
    expect(plan.enrollment).toMatchObject({
      stage: "in_care",
      level: { code: "iop", label: "Intensive Outpatient (IOP)", weeklyHours: "9–15 hours a week" },
      programName: "Adult IOP",
      startsOn: setup.alex.enrollment.startsOn,
      expectedLength: "about 8 weeks",
      lastDayOn: null,
    });
    const text = JSON.stringify(plan);
    for (const secret of ["Dana Reyes", "Primary therapist", "careTeam", "dischargePlan", "crisis"]) expect(text).not.toContain(secret);
  });

  it("audits every allowed read with the client, the scope and the consents in force it was allowed under", async () => {
    const person = setup.family.everything;
    const api = await person.api();
    await api.sharedWithMe.plan({ clientId: setup.alex.client.id });
    await api.sharedWithMe.clients();
    // Eve's consents: schedule and plan; attendance; and a revoked one, which allowed nothing.
    const consents = await setup.t.consentsOf(person.member.id);
    const idOf = (scope: ConsentScope) => consents.find((consent) => consent.scopes.includes(scope))!.id;
    const inForce = consents.filter((consent) => consent.revokedAt === null).map((consent) => consent.id).sort();
    const rows = await testDb.db
      .select({ action: auditEvents.action, subject: auditEvents.subjectClientIds, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, person.user.id), eq(auditEvents.outcome, "allowed")));
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: "sharedWithMe.plan", subject: [setup.alex.client.id], detail: { scope: "plan_summary", consents: { [setup.alex.client.id]: [idOf("plan_summary")] } } },
        {
          action: "sharedWithMe.clients",
          subject: [setup.alex.client.id],
          detail: { scopes: { [setup.alex.client.id]: ["schedule", "attendance_summary", "plan_summary"] }, consents: { [setup.alex.client.id]: inForce } },
        },
      ]),
    );
    expect(rows.every((row) => row.subject.join() === setup.alex.client.id)).toBe(true);
  });
});
