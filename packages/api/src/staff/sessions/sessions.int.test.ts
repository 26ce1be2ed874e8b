import type { SessionUser } from "@stepwise/auth";
import { attendance, auditEvents, programSessions } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type IsoWeekday, addDays, instantToZonedDate, isoWeekdayOf, zonedWallClockToInstant } from "@stepwise/domain";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, fixtureTimeZone, mondayInFixtureZone } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const director = await f.staff("program_director");
  const administrator = await f.staff("administrator");
  const clinician = await f.staff("clinician");
  // The fixture option meets Monday, Wednesday and Thursday, 18:00–21:00 in New York.
  const setting = await f.iopProgram();
  const client = await f.enrolledClient(setting, clinician, { startsOn: "2026-01-05", firstName: "Alex" });
  return {
    f,
    setting,
    client,
    callers: { director: await director.caller(), administrator: await administrator.caller() },
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

const eveningGroup = (weekdays: IsoWeekday[]) => ({
  scheduleOptionId: setup.setting.option.id,
  kind: "process_group" as const,
  title: "Process group",
  weekdays,
  startTime: "18:00",
  endTime: "19:30",
  location: "Group room A",
  startsOn: firstMonday(),
});
const templateChange = (weekdays: IsoWeekday[]) => ({ kind: "process_group" as const, title: "Process group", weekdays, startTime: "18:00", endTime: "19:30", location: "Group room A" });

function sessionsOf(templateId: string) {
  return testDb.db.select().from(programSessions).where(eq(programSessions.templateId, templateId)).orderBy(asc(programSessions.startsAt));
}

function deniedRows(caller: SessionUser, action: string, resourceId: string) {
  return testDb.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, action), eq(auditEvents.resourceId, resourceId), eq(auditEvents.outcome, "denied")));
}

/** A one-to-one session of the fixture client, `daysFromToday` away, 18:00–19:00 local. */
async function individualSession(daysFromToday: number) {
  const on = addDays(today(), daysFromToday);
  const [session] = await testDb.db
    .insert(programSessions)
    .values({
      programId: setup.setting.program.id,
      clientId: setup.client.client.id,
      kind: "individual",
      title: "Individual therapy",
      startsAt: zonedWallClockToInstant(on, "18:00", fixtureTimeZone),
      endsAt: zonedWallClockToInstant(on, "19:00", fixtureTimeZone),
      location: "Office 4",
    })
    .returning();
  return session!;
}

describe("a weekday a template stops meeting on", () => {
  it("loses its future sessions, and gets them back, not cancelled, when the day is added again", async () => {
    const director = api(setup.callers.director);
    const { templateId } = await director.sessionTemplates.create(eveningGroup([1, 3]));
    const wednesdays = (rows: Awaited<ReturnType<typeof sessionsOf>>) => rows.filter((row) => isoWeekdayOf(row.occursOn!) === 3);
    const before = wednesdays(await sessionsOf(templateId));
    // From a Monday 8–14 days ahead through eight weeks from today: six or seven Wednesdays.
    expect(before.length).toBeGreaterThanOrEqual(6);
    // One Wednesday staff moved to another room: it was changed by hand, so it is not a forecast.
    const edited = before[1]!;
    await director.sessions.update({ sessionId: edited.id, startTime: "18:00", endTime: "19:30", facilitatorStaffId: null, location: "Room 3", videoUrl: null });

    const dropped = await director.sessionTemplates.update({ templateId, ...templateChange([1]) });
    expect(dropped).toMatchObject({ removed: before.length - 1, cancelled: 0 });
    expect(wednesdays(await sessionsOf(templateId)).map((row) => row.id)).toEqual([edited.id]);

    const restored = await director.sessionTemplates.update({ templateId, ...templateChange([1, 3]) });
    expect(restored.generated).toBe(before.length - 1);
    const after = wednesdays(await sessionsOf(templateId));
    expect(after.map((row) => row.occursOn)).toEqual(before.map((row) => row.occursOn));
    for (const row of after) expect(row.cancelledAt).toBeNull();
    expect(after.find((row) => row.id === edited.id)?.location).toBe("Room 3");
  });

  it("when the template ends, removes its later forecast sessions and cancels the edited ones with the reason", async () => {
    const director = api(setup.callers.director);
    const group = eveningGroup([1, 3]);
    const { templateId } = await director.sessionTemplates.create(group);
    const endsOn = addDays(group.startsOn, 14);
    const later = (await sessionsOf(templateId)).filter((row) => row.occursOn! > endsOn);
    const edited = later[0]!;
    await director.sessions.update({ sessionId: edited.id, startTime: "18:30", endTime: "19:30", facilitatorStaffId: null, location: "Room 3", videoUrl: null });

    const result = await director.sessionTemplates.end({ templateId, endsOn, reason: "Merged into the Thursday group" });
    expect(result).toMatchObject({ removed: later.length - 1, cancelled: 1 });
    const remaining = (await sessionsOf(templateId)).filter((row) => row.occursOn! > endsOn);
    expect(remaining.map((row) => [row.id, row.cancellationReason])).toEqual([[edited.id, "Merged into the Thursday group"]]);
  });
});

describe("sessions.cancel of a session that happened", () => {
  it("refuses a session that has started, and one with attendance recorded, leaving both as they were", async () => {
    const director = api(setup.callers.director);
    const { templateId } = await director.sessionTemplates.create(eveningGroup([1, 3]));
    const [started] = await testDb.db
      .insert(programSessions)
      .values({
        programId: setup.setting.program.id,
        scheduleOptionId: setup.setting.option.id,
        kind: "process_group",
        title: "Process group",
        startsAt: new Date(Date.now() - 30 * 60_000),
        endsAt: new Date(Date.now() + 60 * 60_000),
        location: "Group room A",
      })
      .returning();
    await expect(director.sessions.cancel({ sessionId: started!.id, reason: "Facilitator ill" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message:
        "This session can't be cancelled:\nThis session has already started, so it can't be cancelled; if it didn't take place, record each client as absent or excused.",
    });

    const [upcoming] = await sessionsOf(templateId);
    await setup.f.attended(upcoming!.id, setup.client.client.id, "present", 90);
    const error = (await director.sessions.cancel({ sessionId: upcoming!.id, reason: "Snow day" }).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(error.message).toContain("Attendance is recorded for 1 client in this session; cancelling it would remove their hours.");

    const rows = await testDb.db.select().from(programSessions).where(eq(programSessions.id, started!.id));
    expect(rows[0]?.cancelledAt).toBeNull();
    expect((await sessionsOf(templateId))[0]?.cancelledAt).toBeNull();
    expect(await testDb.db.select().from(attendance).where(eq(attendance.sessionId, upcoming!.id))).toHaveLength(1);
  });
});

describe("an individual session names its client", () => {
  it("is not found for an administrator (program.write without client.read), and each attempt is audited as denied", async () => {
    const session = await individualSession(3);
    const administrator = api(setup.callers.administrator);
    const edit = { startTime: "18:30", endTime: "19:30", facilitatorStaffId: null, location: "Office 5", videoUrl: null };
    await expect(administrator.sessions.detail({ sessionId: session.id })).rejects.toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that." });
    await expect(administrator.sessions.update({ sessionId: session.id, ...edit })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(administrator.sessions.cancel({ sessionId: session.id, reason: "Room booked" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const action of ["sessions.detail", "sessions.update", "sessions.cancel"]) {
      const rows = await deniedRows(setup.callers.administrator, action, session.id);
      expect(rows.map((row) => row.subjectClientIds)).toEqual([[setup.client.client.id]]);
    }
    const [unchanged] = await testDb.db.select().from(programSessions).where(eq(programSessions.id, session.id));
    expect(unchanged).toEqual(session);

    // A program director holds client.read too, so sees it with its client; an administrator still runs group sessions.
    const shown = await api(setup.callers.director).sessions.detail({ sessionId: session.id });
    expect(shown.client).toEqual({ id: setup.client.client.id, name: "Fixture, Alex" });
    const { templateId } = await api(setup.callers.director).sessionTemplates.create(eveningGroup([1]));
    const [group] = await sessionsOf(templateId);
    await expect(administrator.sessions.detail({ sessionId: group!.id })).resolves.toMatchObject({ client: null });
  });
});

describe("missing sessions and templates", () => {
  it("answer NOT_FOUND and audit the attempt as denied, like attendance and enrollments", async () => {
    const missing = "6f1d7a3e-0000-4000-8000-00000000beef";
    const director = api(setup.callers.director);
    await expect(director.sessions.detail({ sessionId: missing })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(director.sessions.cancel({ sessionId: missing, reason: "Snow day" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(director.sessionTemplates.update({ templateId: missing, ...templateChange([1]) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(director.sessionTemplates.end({ templateId: missing, endsOn: today(), reason: "Typo" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(director.sessionTemplates.extend({ templateId: missing, through: addDays(today(), 7) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const rows = await testDb.db.select().from(auditEvents).where(eq(auditEvents.resourceId, missing));
    expect(rows.map((row) => [row.action, row.outcome, row.resourceType]).sort()).toEqual(
      [
        ["sessions.detail", "denied", "program_session"],
        ["sessions.cancel", "denied", "program_session"],
        ["sessionTemplates.update", "denied", "session_template"],
        ["sessionTemplates.end", "denied", "session_template"],
        ["sessionTemplates.extend", "denied", "session_template"],
      ].sort(),
    );
  });
});
