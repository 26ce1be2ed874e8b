import type { SessionUser } from "@stepwise/auth";
import { attendance, auditEvents, programSessions, scheduleOptions, sessionTemplates } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type CalendarDate, type IsoWeekday, addDays, instantToZonedDate, instantToZonedTime, isoWeekdayOf } from "@stepwise/domain";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, fixtureTimeZone, mondayInFixtureZone } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";
import { followTemplate } from "./session-templates.queries";
import { generateTemplateSessions } from "../../queries/template-sessions.queries";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const director = await f.staff("program_director");
  const administrator = await f.staff("administrator");
  const clinician = await f.staff("clinician");
  const frontDesk = await f.staff("front_desk");
  // The fixture option meets Monday, Wednesday and Thursday, 18:00–21:00 in New York.
  const setting = await f.iopProgram();
  const client = await f.enrolledClient(setting, clinician, { startsOn: "2026-01-05" });
  return {
    f,
    setting,
    clientId: client.client.id,
    facilitatorId: clinician.member.id,
    callers: {
      director: await director.caller(),
      administrator: await administrator.caller(),
      clinician: await clinician.caller(),
      frontDesk: await frontDesk.caller(),
      client: await client.caller(),
    },
  };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const api = (caller: SessionUser) => createStaffCaller({ db: testDb.db, caller });
const today = () => instantToZonedDate(new Date(), fixtureTimeZone);
/**
 * A Monday eight to fourteen days ahead: a template starting then has no session today, so none
 * has started whatever the time of day, and every one of them is still to come.
 */
const firstMonday = () => addDays(mondayInFixtureZone(new Date()), 14);
/** Long past, so that sessions are dated from today. */
const longAgo = "2024-01-01";

/** The `n`th Sunday of a month; US clocks go back on November's first and forward on March's second. */
function nthSunday(year: number, month: number, n: number): CalendarDate {
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  return addDays(first, ((7 - isoWeekdayOf(first)) % 7) + 7 * (n - 1));
}

/** The first fall-back Sunday whose week lies beyond `horizon`, and the spring-forward Sunday after it. */
function clockChangesAfter(horizon: CalendarDate) {
  let year = Number(horizon.slice(0, 4));
  while (addDays(nthSunday(year, 11, 1), -6) <= horizon) year++;
  return { fallBack: nthSunday(year, 11, 1), springForward: nthSunday(year + 1, 3, 2) };
}

const eveningGroup = () => ({
  scheduleOptionId: setup.setting.option.id,
  kind: "process_group" as const,
  title: "Process group",
  weekdays: [1, 3] as IsoWeekday[],
  startTime: "18:00",
  endTime: "19:30",
  location: "Group room A",
  capacity: 12,
  startsOn: firstMonday(),
});

function sessionsOf(templateId: string) {
  return testDb.db.select().from(programSessions).where(eq(programSessions.templateId, templateId)).orderBy(asc(programSessions.startsAt));
}

async function auditRows(caller: SessionUser, action: string) {
  return testDb.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, action)));
}

describe("staff sessionTemplates.create", () => {
  it("dates the next eight weeks of sessions in the program's zone, from today, and audits it", async () => {
    const firstDay = today();
    const { templateId, generated } = await api(setup.callers.director).sessionTemplates.create({
      ...eveningGroup(),
      startsOn: longAgo,
      facilitatorStaffId: setup.facilitatorId,
    });
    const lastDay = addDays(today(), 56);
    const rows = await sessionsOf(templateId);
    expect(rows).toHaveLength(generated);
    // 57 days hold eight Mondays and eight Wednesdays, and a ninth when today is one of them.
    expect(generated).toBe([1, 3].includes(isoWeekdayOf(firstDay)) ? 17 : 16);
    for (const row of rows) {
      expect(row.occursOn! >= firstDay).toBe(true);
      expect(row.occursOn! <= lastDay).toBe(true);
      expect([1, 3]).toContain(isoWeekdayOf(row.occursOn!));
      expect(instantToZonedTime(row.startsAt, fixtureTimeZone)).toBe("18:00");
      expect(row).toMatchObject({ scheduleOptionId: setup.setting.option.id, location: "Group room A", capacity: 12, facilitatorStaffId: setup.facilitatorId });
    }
    const [audit] = (await auditRows(setup.callers.director, "sessionTemplates.create")).filter((a) => a.resourceId === templateId);
    expect(audit?.detail).toMatchObject({ generated });
  });

  it("keeps a 6 pm group at 18:00 local on both sides of a DST change, and regenerating adds nothing", async () => {
    const { templateId } = await api(setup.callers.director).sessionTemplates.create({ ...eveningGroup(), startsOn: longAgo });
    const [template] = await testDb.db.select().from(sessionTemplates).where(eq(sessionTemplates.id, templateId));
    // Both weeks lie beyond what create dated, so generating them dates all four sessions of each.
    const { fallBack, springForward } = clockChangesAfter(addDays(today(), 56));
    const fallWeek = [addDays(fallBack, -6), addDays(fallBack, 3)] as const;
    const springWeek = [addDays(springForward, -6), addDays(springForward, 3)] as const;
    const fall = await generateTemplateSessions(testDb.db, template!, fixtureTimeZone, ...fallWeek);
    const spring = await generateTemplateSessions(testDb.db, template!, fixtureTimeZone, ...springWeek);
    expect([fall, spring]).toEqual([4, 4]);
    const rows = (await sessionsOf(templateId)).filter((row) => row.occursOn! >= fallWeek[0]);
    expect(rows.map((row) => [row.occursOn, row.startsAt.toISOString()])).toEqual(
      expect.arrayContaining([
        // New York is UTC−4 before the fall-back and after the spring-forward, UTC−5 between them.
        [addDays(fallBack, -6), `${addDays(fallBack, -6)}T22:00:00.000Z`],
        [addDays(fallBack, 1), `${addDays(fallBack, 1)}T23:00:00.000Z`],
        [addDays(springForward, -4), `${addDays(springForward, -4)}T23:00:00.000Z`],
        [addDays(springForward, 1), `${addDays(springForward, 1)}T22:00:00.000Z`],
      ]),
    );
    expect(rows).toHaveLength(8);
    for (const row of rows) expect(instantToZonedTime(row.startsAt, fixtureTimeZone)).toBe("18:00");

    const before = (await sessionsOf(templateId)).length;
    expect(await generateTemplateSessions(testDb.db, template!, fixtureTimeZone, ...fallWeek)).toBe(0);
    const { generated } = await api(setup.callers.director).sessionTemplates.extend({ templateId, through: addDays(today(), 56) });
    expect(generated).toBe(0);
    expect((await sessionsOf(templateId)).length).toBe(before);
  });

  it("refuses a template that doesn't fit its option or program, with every reason, and writes nothing", async () => {
    const error = (await api(setup.callers.director)
      .sessionTemplates.create({ ...eveningGroup(), title: "Misfit", kind: "case_management", weekdays: [2, 3] as IsoWeekday[], startTime: "17:00", endTime: "18:00" })
      .catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(error.message.split("\n")).toEqual([
      "This session template doesn't fit its program or schedule option:",
      "This program does not offer case management; add the kind to the program first.",
      "Evening does not meet on Tuesdays.",
      "17:00–18:00 is outside Evening's hours (18:00–21:00).",
    ]);
    expect(await testDb.db.select().from(sessionTemplates).where(eq(sessionTemplates.title, "Misfit"))).toEqual([]);
  });

  it("refuses a template with neither place nor video link, or an http link, naming the field", async () => {
    const { location: _room, ...nowhere } = eveningGroup();
    const error = await api(setup.callers.director).sessionTemplates.create(nowhere).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    await expect(api(setup.callers.director).sessionTemplates.create({ ...eveningGroup(), videoUrl: "http://example.org" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is for program directors and administrators only; clients are not found", async () => {
    await expect(api(setup.callers.administrator).sessionTemplates.create(eveningGroup())).resolves.toEqual({ templateId: expect.any(String), generated: expect.any(Number) });
    await expect(api(setup.callers.clinician).sessionTemplates.create(eveningGroup())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api(setup.callers.frontDesk).sessionTemplates.create(eveningGroup())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api(setup.callers.client).sessionTemplates.create(eveningGroup())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("one session, and the template's later changes", () => {
  it("edits one session without touching the others, and a template change then passes it by", async () => {
    const { templateId } = await api(setup.callers.director).sessionTemplates.create(eveningGroup());
    const [first, second, ...rest] = await sessionsOf(templateId);
    const othersBefore = [second!, ...rest];

    await api(setup.callers.director).sessions.update({ sessionId: first!.id, startTime: "18:30", endTime: "20:00", facilitatorStaffId: null, location: "Room 3", videoUrl: null });
    const [edited, ...others] = await sessionsOf(templateId);
    expect(instantToZonedTime(edited!.startsAt, fixtureTimeZone)).toBe("18:30");
    expect(edited!.editedAt).not.toBeNull();
    expect(edited!.location).toBe("Room 3");
    expect(others).toEqual(othersBefore);
    expect((await auditRows(setup.callers.director, "sessions.update")).map((a) => a.resourceId)).toContain(first!.id);

    const result = await api(setup.callers.director).sessionTemplates.update({
      templateId, kind: "skills_group", title: "DBT skills", weekdays: [1] as IsoWeekday[], startTime: "19:00", endTime: "20:30", location: "Group room B",
    });
    const after = await sessionsOf(templateId);
    const editedAfter = after.find((row) => row.id === first!.id)!;
    expect(editedAfter).toMatchObject({ title: "Process group", location: "Room 3", cancelledAt: null });
    // Wednesdays were only forecast, so they are gone rather than left cancelled.
    for (const row of after.filter((r) => r.id !== first!.id)) {
      expect(isoWeekdayOf(row.occursOn!)).toBe(1);
      expect(row).toMatchObject({ title: "DBT skills", kind: "skills_group", location: "Group room B", cancelledAt: null });
      expect(instantToZonedTime(row.startsAt, fixtureTimeZone)).toBe("19:00");
    }
    const wednesdaysBefore = othersBefore.filter((row) => isoWeekdayOf(row.occursOn!) === 3);
    expect(result).toMatchObject({ followed: after.length - 1, removed: wednesdaysBefore.length, cancelled: 0 });
  });

  it("cancels one session with its reason, and says so plainly when asked twice", async () => {
    const { templateId } = await api(setup.callers.director).sessionTemplates.create(eveningGroup());
    const [first, ...rest] = await sessionsOf(templateId);
    await api(setup.callers.administrator).sessions.cancel({ sessionId: first!.id, reason: "Facilitator ill" });
    const [cancelled, ...others] = await sessionsOf(templateId);
    expect(cancelled).toMatchObject({ cancellationReason: "Facilitator ill" });
    expect(cancelled!.cancelledAt).not.toBeNull();
    expect(others).toEqual(rest);
    await expect(api(setup.callers.director).sessions.cancel({ sessionId: first!.id, reason: "Again" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This session is already cancelled (Facilitator ill).",
    });
    await expect(api(setup.callers.director).sessions.cancel({ sessionId: rest[0]!.id, reason: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api(setup.callers.frontDesk).sessions.cancel({ sessionId: rest[0]!.id, reason: "Snow day" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api(setup.callers.client).sessions.cancel({ sessionId: rest[0]!.id, reason: "Snow day" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await sessionsOf(templateId))[1]?.cancelledAt).toBeNull();
  });

  it("refuses to move a session that has started, and leaves it as it was", async () => {
    const { templateId } = await api(setup.callers.director).sessionTemplates.create({ ...eveningGroup(), startsOn: longAgo });
    const [template] = await testDb.db.select().from(sessionTemplates).where(eq(sessionTemplates.id, templateId));
    await generateTemplateSessions(testDb.db, template!, fixtureTimeZone, "2026-01-05", "2026-01-05");
    const [past] = await sessionsOf(templateId);
    expect(past?.occursOn).toBe("2026-01-05");
    const error = (await api(setup.callers.director)
      .sessions.update({ sessionId: past!.id, startTime: "18:30", endTime: "20:00", facilitatorStaffId: null, location: "Room 3", videoUrl: null })
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toContain("already started");
    expect((await sessionsOf(templateId))[0]).toEqual(past);
    await api(setup.callers.director).sessions.update({ sessionId: past!.id, startTime: "18:00", endTime: "19:30", facilitatorStaffId: null, location: "Room 9", videoUrl: null });
    expect((await sessionsOf(templateId))[0]?.location).toBe("Room 9");
  });

  it("ends a template: later future sessions, only ever forecast, are removed; earlier ones stay", async () => {
    const { templateId } = await api(setup.callers.director).sessionTemplates.create({ ...eveningGroup(), startsOn: longAgo });
    const endsOn = addDays(today(), 14);
    const laterBefore = (await sessionsOf(templateId)).filter((row) => row.occursOn! > endsOn);
    const result = await api(setup.callers.director).sessionTemplates.end({ templateId, endsOn, reason: "Merged into the Thursday group" });
    expect(result).toMatchObject({ removed: laterBefore.length, cancelled: 0 });
    const rows = await sessionsOf(templateId);
    expect(rows.filter((row) => row.occursOn! > endsOn)).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.cancelledAt).toBeNull();
    await expect(api(setup.callers.director).sessionTemplates.end({ templateId, endsOn: "2023-01-01", reason: "Typo" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "A template can't end before its first date (2024-01-01).",
    });
  });

  it("refuses to end again a template that has already ended, so a later date can't bring it back", async () => {
    const { templateId } = await api(setup.callers.director).sessionTemplates.create({ ...eveningGroup(), startsOn: longAgo });
    const endedOn = addDays(today(), -1);
    await api(setup.callers.director).sessionTemplates.end({ templateId, endsOn: endedOn, reason: "Group closed" });
    const audited = (await auditRows(setup.callers.director, "sessionTemplates.end")).filter((a) => a.resourceId === templateId);
    await expect(api(setup.callers.director).sessionTemplates.end({ templateId, endsOn: addDays(today(), 30), reason: "Reopen" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `This template has already ended on ${endedOn}; create a new one to run the group again.`,
    });
    const [template] = await testDb.db.select().from(sessionTemplates).where(eq(sessionTemplates.id, templateId));
    expect(template?.endsOn).toBe(endedOn);
    expect((await auditRows(setup.callers.director, "sessionTemplates.end")).filter((a) => a.resourceId === templateId)).toHaveLength(audited.length);
  });

  it("shows one week of sessions with their cancelled and edited markers, and the session's own detail", async () => {
    const { templateId } = await api(setup.callers.director).sessionTemplates.create(eveningGroup());
    const [first] = await sessionsOf(templateId);
    await api(setup.callers.director).sessions.cancel({ sessionId: first!.id, reason: "Holiday" });
    const detail = await api(setup.callers.director).programs.detail({ programId: setup.setting.program.id, weekOf: first!.occursOn! });
    const shown = detail.week.sessions.find((s) => s.id === first!.id);
    expect(shown).toMatchObject({ cancelled: true, cancellationReason: "Holiday", startTime: "18:00", occursOn: first!.occursOn });
    expect(detail.templates.map((t) => t.id)).toContain(templateId);
    const session = await api(setup.callers.director).sessions.detail({ sessionId: first!.id });
    expect(session).toMatchObject({ startTime: "18:00", endTime: "19:30", cancellationReason: "Holiday", template: { id: templateId } });
    await expect(api(setup.callers.clinician).sessions.detail({ sessionId: first!.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("template changes racing one-off changes", () => {
  /** Runs `work` in its own transaction and holds it open until the returned `commit` is called. */
  async function heldOpen(work: (tx: Parameters<Parameters<TestDatabase["db"]["transaction"]>[0]>[0]) => Promise<unknown>) {
    let commit!: () => void;
    const committed = new Promise<void>((resolve) => (commit = resolve));
    let started!: () => void;
    const ready = new Promise<void>((resolve) => (started = resolve));
    const done = testDb.db.transaction(async (tx) => {
      await work(tx);
      started();
      await committed;
    });
    await ready;
    return { commit, done };
  }
  const waitABit = () => new Promise((resolve) => setTimeout(resolve, 300));

  it("never overwrites a session staff edited after the template change read it", async () => {
    const { templateId } = await api(setup.callers.director).sessionTemplates.create(eveningGroup());
    const [first, second] = await sessionsOf(templateId);
    await api(setup.callers.director).sessions.update({ sessionId: first!.id, startTime: "18:30", endTime: "20:00", facilitatorStaffId: null, location: "Room 3", videoUrl: null });
    const [editedBefore] = await sessionsOf(templateId);

    const results = await testDb.db.transaction(async (tx) => [
      await followTemplate(tx, first!.id, { title: "DBT skills", location: "Group room B" }, new Date()),
      await followTemplate(tx, second!.id, { title: "DBT skills", location: "Group room B" }, new Date()),
    ]);
    expect(results).toEqual([false, true]);
    const [editedAfter, followed] = await sessionsOf(templateId);
    expect(editedAfter).toEqual(editedBefore);
    expect(followed).toMatchObject({ title: "DBT skills", location: "Group room B" });
  });

  it("lets a one-off edit in flight finish first, then passes that session by", async () => {
    const { templateId } = await api(setup.callers.director).sessionTemplates.create(eveningGroup());
    const [first] = await sessionsOf(templateId);
    const edit = await heldOpen((tx) => tx.update(programSessions).set({ editedAt: new Date(), location: "Room 5" }).where(eq(programSessions.id, first!.id)));
    const update = api(setup.callers.director).sessionTemplates.update({
      templateId, kind: "process_group", title: "Process group", weekdays: [1, 3] as IsoWeekday[], startTime: "18:00", endTime: "19:30", location: "Group room B",
    });
    await waitABit();
    edit.commit();
    await edit.done;
    const result = await update;
    const [editedAfter, ...others] = await sessionsOf(templateId);
    expect(editedAfter).toMatchObject({ id: first!.id, location: "Room 5" });
    expect(result.followed).toBe(others.length);
    for (const row of others) expect(row.location).toBe("Group room B");
  });

  it("checks a new template against the option's hours as a change in flight leaves them", async () => {
    const setting = await setup.f.iopProgram();
    const lengthening = await heldOpen(async (tx) => {
      await tx.execute(sql`select 1 from programs where id = ${setting.program.id} for update`);
      await tx.update(scheduleOptions).set({ endTime: "21:30" }).where(eq(scheduleOptions.id, setting.option.id));
    });
    const creating = api(setup.callers.director).sessionTemplates.create({
      ...eveningGroup(), scheduleOptionId: setting.option.id, startTime: "20:00", endTime: "21:30",
    });
    await waitABit();
    lengthening.commit();
    await lengthening.done;
    const { templateId } = await creating;
    expect((await sessionsOf(templateId)).length).toBeGreaterThan(0);
  });

  it("keeps, as cancelled, a session whose attendance is being recorded while the template ends", async () => {
    const { templateId } = await api(setup.callers.director).sessionTemplates.create(eveningGroup());
    const sessions = await sessionsOf(templateId);
    const last = sessions.at(-1)!;
    const recording = await heldOpen((tx) => tx.insert(attendance).values({ sessionId: last.id, clientId: setup.clientId, status: "present", minutesAttended: 90 }));
    const ending = api(setup.callers.director).sessionTemplates.end({ templateId, endsOn: firstMonday(), reason: "Group closing" });
    await waitABit();
    recording.commit();
    await recording.done;
    const result = await ending;
    const later = sessions.filter((row) => row.occursOn! > firstMonday());
    expect(result).toMatchObject({ removed: later.length - 1, cancelled: 1 });
    const [kept] = await testDb.db.select().from(programSessions).where(eq(programSessions.id, last.id));
    expect(kept).toMatchObject({ cancellationReason: "Group closing" });
  });
});
