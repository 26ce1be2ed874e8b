import { auditEvents, programSessions, sessionTemplates } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type CalendarDate, type IsoWeekday, addDays, instantToZonedTime, isoWeekdayOf, zonedWallClockToInstant } from "@stepwise/domain";
import { asc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixtures, fixtureTimeZone, mondayInFixtureZone } from "../test-support/fixtures";
import { createStaffCaller } from "../staff/index";
import { extendRunningTemplates, extendRunningTemplatesAction } from "./extend-running-templates";
import { generateTemplateSessions } from "../queries/template-sessions.queries";

// Each test counts every session the run adds across the whole database, so each gets its own.
let testDb: TestDatabase;
beforeEach(async () => {
  testDb = await createTestDatabase();
});
afterEach(() => testDb.drop());

/**
 * Noon on Wednesday 1 October 2031 in New York. The horizon (eight weeks) then runs through
 * Wednesday 26 November, across the fall-back of Sunday 2 November.
 */
const now = new Date("2031-10-01T16:00:00Z");
const today = "2031-10-01";
const horizonEnd = "2031-11-26";

/** A Monday and Wednesday evening group, running since long ago unless told otherwise. */
async function runningTemplate(overrides: Partial<typeof sessionTemplates.$inferInsert> = {}) {
  const setting = await fixtures(testDb.db).iopProgram();
  const [template] = await testDb.db
    .insert(sessionTemplates)
    .values({
      programId: setting.program.id,
      scheduleOptionId: setting.option.id,
      kind: "process_group",
      title: "Process group",
      weekdays: [1, 3] as IsoWeekday[],
      startTime: "18:00",
      endTime: "19:30",
      location: "Group room A",
      startsOn: "2030-01-07",
      ...overrides,
    })
    .returning();
  return template!;
}

function sessionsOf(templateId: string) {
  return testDb.db.select().from(programSessions).where(eq(programSessions.templateId, templateId)).orderBy(asc(programSessions.startsAt));
}

function runAudits() {
  return testDb.db.select().from(auditEvents).where(eq(auditEvents.action, extendRunningTemplatesAction));
}

/** Every Monday and Wednesday from `from` through `to`. */
function mondaysAndWednesdays(from: CalendarDate, to: CalendarDate) {
  const dates: CalendarDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) if ([1, 3].includes(isoWeekdayOf(date))) dates.push(date);
  return dates;
}

describe("extendRunningTemplates", () => {
  it("dates a template last generated weeks ago from today through the horizon, and audits the run without an actor", async () => {
    const template = await runningTemplate();
    // Dated long ago through last week, then left alone.
    await generateTemplateSessions(testDb.db, template, fixtureTimeZone, template.startsOn, addDays(today, -7));
    const before = await sessionsOf(template.id);

    const added = await extendRunningTemplates(testDb.db, now);

    const expected = mondaysAndWednesdays(today, horizonEnd);
    expect(expected).toHaveLength(17);
    expect(added).toBe(17);
    const after = await sessionsOf(template.id);
    expect(after.filter((row) => row.occursOn! >= today).map((row) => row.occursOn)).toEqual(expected);
    // The past days between last week's generation and today stay as they were: nothing is back-filled.
    expect(after).toHaveLength(before.length + 17);
    const audits = await runAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorUserId: null,
      actorKind: null,
      outcome: "allowed",
      subjectClientIds: [],
      detail: { generated: 17, templates: 1, horizonDays: 56 },
    });
  });

  it("adds nothing, and writes no audit row, when run again", async () => {
    const template = await runningTemplate();
    expect(await extendRunningTemplates(testDb.db, now)).toBe(17);
    const first = await sessionsOf(template.id);

    expect(await extendRunningTemplates(testDb.db, now)).toBe(0);
    expect(await sessionsOf(template.id)).toEqual(first);
    expect(await runAudits()).toHaveLength(1);

    // A day later the horizon has moved by one day, which holds no Monday or Wednesday; a week later, two new dates.
    expect(await extendRunningTemplates(testDb.db, new Date(now.getTime() + 86_400_000))).toBe(0);
    expect(await extendRunningTemplates(testDb.db, new Date(now.getTime() + 7 * 86_400_000))).toBe(2);
  });

  it("dates an ending template only through its last day, and an ended one not at all", async () => {
    const ending = await runningTemplate({ endsOn: "2031-10-10" });
    const ended = await runningTemplate({ endsOn: "2031-09-30" });
    const starting = await runningTemplate({ startsOn: "2031-11-17" });

    expect(await extendRunningTemplates(testDb.db, now)).toBe(3 + 0 + 4);

    expect((await sessionsOf(ending.id)).map((row) => row.occursOn)).toEqual(["2031-10-01", "2031-10-06", "2031-10-08"]);
    expect(await sessionsOf(ended.id)).toEqual([]);
    expect((await sessionsOf(starting.id)).map((row) => row.occursOn)).toEqual(["2031-11-17", "2031-11-19", "2031-11-24", "2031-11-26"]);
  });

  it("leaves edited and cancelled occurrences exactly as staff left them", async () => {
    const template = await runningTemplate();
    await generateTemplateSessions(testDb.db, template, fixtureTimeZone, today, "2031-10-15");
    const [edited, cancelled] = (await sessionsOf(template.id)).filter((row) => row.occursOn === "2031-10-06" || row.occursOn === "2031-10-08");
    await testDb.db
      .update(programSessions)
      .set({ title: "Process group (guest speaker)", startsAt: new Date("2031-10-06T23:00:00Z"), endsAt: new Date("2031-10-07T00:30:00Z"), editedAt: new Date() })
      .where(eq(programSessions.id, edited!.id));
    await testDb.db
      .update(programSessions)
      .set({ cancelledAt: new Date(), cancellationReason: "The facilitator is away." })
      .where(eq(programSessions.id, cancelled!.id));
    const touched = (await sessionsOf(template.id)).filter((row) => row.id === edited!.id || row.id === cancelled!.id);

    // Five dates were there already (1, 6, 8, 13, 15 October); the other twelve are new.
    expect(await extendRunningTemplates(testDb.db, now)).toBe(12);

    const after = await sessionsOf(template.id);
    expect(after.filter((row) => row.id === edited!.id || row.id === cancelled!.id)).toEqual(touched);
    expect(after.filter((row) => row.occursOn === "2031-10-06" || row.occursOn === "2031-10-08")).toHaveLength(2);
  });

  it("never brings back the sessions of a weekday the group no longer meets", async () => {
    const f = fixtures(testDb.db);
    const director = await f.staff("program_director");
    // The template change below runs on the real clock, so this run's "now" is taken from it too:
    // noon on a Wednesday 10 to 16 days ahead, before which none of the sessions dated has begun.
    const wednesday = addDays(mondayInFixtureZone(new Date()), 16);
    const now = zonedWallClockToInstant(wednesday, "12:00", fixtureTimeZone);
    const template = await runningTemplate({ startsOn: addDays(wednesday, -30) });
    expect(await extendRunningTemplates(testDb.db, now)).toBe(17);

    // Dropping Wednesday removes its future sessions, which were only ever forecast.
    const caller = createStaffCaller({ db: testDb.db, caller: await director.caller() });
    const { removed } = await caller.sessionTemplates.update({
      templateId: template.id,
      kind: "process_group",
      title: "Process group",
      weekdays: [1] as IsoWeekday[],
      startTime: "18:00",
      endTime: "19:30",
      location: "Group room A",
    });
    expect(removed).toBe(9);

    expect(await extendRunningTemplates(testDb.db, now)).toBe(0);
    expect(await extendRunningTemplates(testDb.db, new Date(now.getTime() + 14 * 86_400_000))).toBe(2);
    const weekdays = new Set((await sessionsOf(template.id)).filter((row) => row.occursOn! >= wednesday).map((row) => isoWeekdayOf(row.occursOn!)));
    expect([...weekdays]).toEqual([1]);
  });

  it("keeps a 6 pm New York group at 18:00 local on both sides of the fall-back inside the horizon", async () => {
    const template = await runningTemplate();
    await extendRunningTemplates(testDb.db, now);
    const rows = await sessionsOf(template.id);

    expect(rows.map((row) => [row.occursOn, row.startsAt.toISOString()])).toEqual(
      expect.arrayContaining([
        // New York is UTC−4 until Sunday 2 November 2031, UTC−5 after.
        ["2031-10-29", "2031-10-29T22:00:00.000Z"],
        ["2031-11-03", "2031-11-03T23:00:00.000Z"],
      ]),
    );
    for (const row of rows) {
      expect(instantToZonedTime(row.startsAt, fixtureTimeZone)).toBe("18:00");
      expect(instantToZonedTime(row.endsAt, fixtureTimeZone)).toBe("19:30");
    }
  });
});
