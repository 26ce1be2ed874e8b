import { attendance, attendanceRevisions, auditEvents, programSessions } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type StaffRole, instantToZonedDate, staffMay } from "@stepwise/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { addDays, fixtures, fixtureTimeZone, mondayInFixtureZone } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;
const minute = 60_000;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const staff = {
    clinician: await f.staff("clinician", "Casey Clinician"),
    program_director: await f.staff("program_director"),
    front_desk: await f.staff("front_desk", "Frankie Frontdesk"),
    administrator: await f.staff("administrator"),
    privacy_officer: await f.staff("privacy_officer"),
  } satisfies Record<StaffRole, unknown>;
  const setting = await f.iopProgram();
  const monday = mondayInFixtureZone(new Date());
  const startsOn = addDays(monday, -14);
  const ana = await f.enrolledClient(setting, staff.clinician, { startsOn, firstName: "Ana" });
  const ben = await f.enrolledClient(setting, staff.clinician, { startsOn, firstName: "Ben" });
  const outsider = await f.enrolledClient(await f.iopProgram(), staff.clinician, { startsOn, firstName: "Oona" });
  return { f, staff, setting, monday, ana, ben, outsider };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const api = async (role: StaffRole) => createStaffCaller({ db: testDb.db, caller: await setup.staff[role].caller() });

/** A three-hour group session of the fixture program, ending `endedMinutesAgo` before now. */
async function pastSession(endedMinutesAgo = 10, overrides: Partial<typeof programSessions.$inferInsert> = {}) {
  const endsAt = new Date(Date.now() - endedMinutesAgo * minute);
  const [session] = await testDb.db
    .insert(programSessions)
    .values({
      programId: setup.setting.program.id,
      scheduleOptionId: setup.setting.option.id,
      kind: "process_group",
      title: "Process group",
      startsAt: new Date(endsAt.getTime() - 180 * minute),
      endsAt,
      location: "Room 2",
      ...overrides,
    })
    .returning();
  return session!;
}

const rowsOf = (sessionId: string) => testDb.db.select().from(attendance).where(eq(attendance.sessionId, sessionId));

async function revisionsOf(sessionId: string, clientId: string) {
  return testDb.db
    .select({ revision: attendanceRevisions.revision, status: attendanceRevisions.status, minutes: attendanceRevisions.minutesAttended, note: attendanceRevisions.note })
    .from(attendanceRevisions)
    .innerJoin(attendance, eq(attendance.id, attendanceRevisions.attendanceId))
    .where(and(eq(attendance.sessionId, sessionId), eq(attendance.clientId, clientId)))
    .orderBy(asc(attendanceRevisions.revision));
}

describe("attendance permissions", () => {
  const roles: StaffRole[] = ["clinician", "program_director", "front_desk", "administrator"];

  it("lets exactly the roles holding attendance.write take attendance", async () => {
    const session = await pastSession();
    for (const role of roles) {
      const allowed = staffMay(role, "attendance.write");
      expect(allowed).toBe(role !== "administrator");
      const caller = await api(role);
      const date = instantToZonedDate(session.startsAt, fixtureTimeZone);
      // Each call with what an allowed caller gets back.
      const calls: [() => Promise<unknown>, unknown][] = [
        [() => caller.attendance.sessions({ date }), expect.objectContaining({ date, sessions: expect.arrayContaining([expect.objectContaining({ id: session.id })]) })],
        [() => caller.attendance.roster({ sessionId: session.id }), expect.objectContaining({ session: expect.objectContaining({ id: session.id }) })],
        [() => caller.attendance.history({ sessionId: session.id, clientId: setup.ana.client.id }), expect.objectContaining({ clientId: setup.ana.client.id })],
        [
          async () => {
            // As the form does: the save names the revision of Ana's record it was made from.
            const expectedRevision = (await rowsOf(session.id)).find((row) => row.clientId === setup.ana.client.id)?.revision ?? 0;
            return caller.attendance.record({ sessionId: session.id, entries: [{ clientId: setup.ana.client.id, status: "present", expectedRevision }] });
          },
          { recorded: expect.any(Number), corrected: expect.any(Number), unchanged: expect.any(Number) },
        ],
        [() => caller.attendance.markAllPresent({ sessionId: session.id }), { marked: expect.any(Number) }],
      ];
      for (const [call, answer] of calls) {
        if (allowed) await expect(call()).resolves.toEqual(answer);
        else await expect(call()).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
    }
    const denied = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, setup.staff.administrator.user.id), eq(auditEvents.outcome, "denied")));
    expect(new Set(denied.map((row) => row.action))).toEqual(
      new Set(["attendance.sessions", "attendance.roster", "attendance.history", "attendance.record", "attendance.markAllPresent"]),
    );
  });

  it("answers a client account NOT_FOUND, with their own ids too", async () => {
    const session = await pastSession();
    const caller = createStaffCaller({ db: testDb.db, caller: await setup.ana.caller() });
    await expect(caller.attendance.roster({ sessionId: session.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      caller.attendance.record({ sessionId: session.id, entries: [{ clientId: setup.ana.client.id, status: "present" }] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.attendance.history({ sessionId: session.id, clientId: setup.ana.client.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await rowsOf(session.id)).toEqual([]);
  });

  it("answers a session that does not exist NOT_FOUND, and audits the attempt", async () => {
    const missing = "6f1d7a3e-0000-4000-8000-00000000abcd";
    const caller = await api("front_desk");
    await expect(caller.attendance.roster({ sessionId: missing })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      caller.attendance.record({ sessionId: missing, entries: [{ clientId: setup.ana.client.id, status: "present" }] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const rows = await testDb.db.select().from(auditEvents).where(eq(auditEvents.resourceId, missing));
    expect(rows.map((row) => [row.action, row.outcome])).toEqual(
      expect.arrayContaining([
        ["attendance.roster", "denied"],
        ["attendance.record", "denied"],
      ]),
    );
  });
});

describe("attendance.sessions", () => {
  it("lists the day's sessions across programs with expected and recorded counts and the cancelled marker", async () => {
    const date = addDays(setup.monday, -4);
    const held = await setup.f.groupSession(setup.setting, date);
    const cancelled = await setup.f.groupSession(setup.setting, date);
    await testDb.db
      .update(programSessions)
      .set({ cancelledAt: new Date(), cancellationReason: "Facilitator ill", startsAt: new Date(held.startsAt.getTime() + 60 * minute) })
      .where(eq(programSessions.id, cancelled.id));
    await setup.f.attended(held.id, setup.ana.client.id, "present", 180);

    const day = await (await api("front_desk")).attendance.sessions({ date });
    const ours = day.sessions.filter((session) => session.program.id === setup.setting.program.id);
    expect(ours.map((session) => session.id)).toEqual([held.id, cancelled.id]);
    expect(ours[0]).toMatchObject({
      expected: 2,
      recorded: 1,
      cancelled: null,
      format: "group",
      lengthMinutes: 180,
      location: "Room 2",
      attendance: { open: true },
      program: { name: "Adult IOP", timeZone: fixtureTimeZone },
    });
    expect(ours[1]?.cancelled?.reason).toBe("Facilitator ill");
    expect(ours[1]?.attendance).toEqual({ open: false, reason: "This session was cancelled, so there is no attendance to take." });

    const filtered = await (await api("front_desk")).attendance.sessions({ date, programId: setup.outsider.enrollment.programId });
    expect(filtered.sessions).toEqual([]);
  });
});

describe("attendance.roster", () => {
  it("lists the clients of the session's schedule option with their records, and audits each", async () => {
    const session = await pastSession(30);
    await setup.f.attended(session.id, setup.ben.client.id, "late", 150);
    const caller = await setup.staff.front_desk.caller();
    const result = await createStaffCaller({ db: testDb.db, caller }).attendance.roster({ sessionId: session.id });
    expect(result.session.lengthMinutes).toBe(180);
    expect(result.roster.map((entry) => entry.name)).toEqual(["Fixture, Ana", "Fixture, Ben"]);
    expect(result.roster[0]?.record).toBeNull();
    expect(result.roster[1]?.record).toMatchObject({ status: "late", minutesAttended: 150, revision: 1 });
    expect(result.roster[1]?.revisions).toHaveLength(1);

    const audits = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, "attendance.roster"), eq(auditEvents.resourceId, session.id)));
    // One row for the request, naming everyone the roster shows.
    expect(audits.map((row) => [...row.subjectClientIds].sort())).toEqual([[setup.ana.client.id, setup.ben.client.id].sort()]);
  });
});

describe("attendance.record", () => {
  it("records new entries in one audit row naming every client", async () => {
    const session = await pastSession();
    const caller = await setup.staff.front_desk.caller();
    const summary = await createStaffCaller({ db: testDb.db, caller }).attendance.record({
      sessionId: session.id,
      entries: [
        { clientId: setup.ana.client.id, status: "present" },
        { clientId: setup.ben.client.id, status: "left_early", minutesAttended: 120, note: "Picked up a child" },
      ],
    });
    expect(summary).toEqual({ recorded: 2, corrected: 0, unchanged: 0 });
    const rows = await rowsOf(session.id);
    expect(rows.map((row) => [row.clientId, row.status, row.minutesAttended, row.revision]).sort()).toEqual(
      [
        [setup.ana.client.id, "present", 180, 1],
        [setup.ben.client.id, "left_early", 120, 1],
      ].sort(),
    );
    expect(rows.every((row) => row.recordedByStaffId === setup.staff.front_desk.member.id)).toBe(true);
    const audits = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, "attendance.record"), eq(auditEvents.resourceId, session.id)));
    expect(audits.map((row) => [...row.subjectClientIds].sort())).toEqual([[setup.ana.client.id, setup.ben.client.id].sort()]);
    const entries = (audits[0]?.detail as { entries: { clientId: string; change: string; revision: number }[] }).entries;
    expect(entries.map((entry) => [entry.clientId, entry.change, entry.revision]).sort()).toEqual(
      [
        [setup.ana.client.id, "new", 1],
        [setup.ben.client.id, "new", 1],
      ].sort(),
    );
  });

  it("turns a change into a correction that keeps the previous version, and leaves unchanged entries alone", async () => {
    const session = await pastSession();
    const clinician = await api("clinician");
    await clinician.attendance.record({
      sessionId: session.id,
      entries: [
        { clientId: setup.ana.client.id, status: "absent" },
        { clientId: setup.ben.client.id, status: "present" },
      ],
    });
    const summary = await (await api("front_desk")).attendance.record({
      sessionId: session.id,
      entries: [
        { clientId: setup.ana.client.id, status: "late", minutesAttended: 140, note: "Arrived after the check-in", expectedRevision: 1 },
        { clientId: setup.ben.client.id, status: "present", expectedRevision: 1 },
      ],
    });
    expect(summary).toEqual({ recorded: 0, corrected: 1, unchanged: 1 });
    expect(await revisionsOf(session.id, setup.ana.client.id)).toEqual([
      { revision: 1, status: "absent", minutes: 0, note: null },
      { revision: 2, status: "late", minutes: 140, note: "Arrived after the check-in" },
    ]);
    expect(await revisionsOf(session.id, setup.ben.client.id)).toHaveLength(1);

    const history = await clinician.attendance.history({ sessionId: session.id, clientId: setup.ana.client.id });
    expect(history.revisions.map((revision) => [revision.revision, revision.status, revision.recordedBy])).toEqual([
      [1, "absent", "Casey Clinician"],
      [2, "late", "Frankie Frontdesk"],
    ]);
  });

  it("gives two simultaneous recorders one record: the one who saved second is told to reload", async () => {
    const session = await pastSession();
    const [first, second] = [await api("front_desk"), await api("clinician")];
    const results = await Promise.allSettled([
      first.attendance.record({ sessionId: session.id, entries: [{ clientId: setup.ana.client.id, status: "present" }] }),
      second.attendance.record({ sessionId: session.id, entries: [{ clientId: setup.ana.client.id, status: "late", minutesAttended: 100 }] }),
    ]);
    const saved = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result) => result.status === "rejected");
    expect(saved.map((result) => result.value)).toEqual([{ recorded: 1, corrected: 0, unchanged: 0 }]);
    expect(refused.map((result) => result.reason)).toEqual([
      expect.objectContaining({
        code: "CONFLICT",
        message: "Someone else changed Fixture, Ana's record after you opened this page. Reload to see it, then make your change again.",
      }),
    ]);
    const rows = await rowsOf(session.id);
    expect(rows).toHaveLength(1);
    expect((await revisionsOf(session.id, setup.ana.client.id)).map((revision) => revision.revision)).toEqual([1]);
  });

  it("refuses a save made from a page loaded before a colleague's correction, writing nothing, until it is reloaded", async () => {
    const session = await pastSession();
    const [a, b] = [await api("front_desk"), await api("clinician")];
    await a.attendance.record({
      sessionId: session.id,
      entries: [
        { clientId: setup.ana.client.id, status: "present" },
        { clientId: setup.ben.client.id, status: "present" },
      ],
    });
    // Both open the roster and see revision 1 of each record.
    const loadedByA = await a.attendance.roster({ sessionId: session.id });
    const loadedByB = await b.attendance.roster({ sessionId: session.id });
    const revisionShown = (roster: typeof loadedByA, clientId: string) => roster.roster.find((entry) => entry.clientId === clientId)?.record?.revision ?? 0;
    expect(revisionShown(loadedByB, setup.ana.client.id)).toBe(1);

    await b.attendance.record({
      sessionId: session.id,
      entries: [{ clientId: setup.ana.client.id, status: "left_early", minutesAttended: 90, note: "Left for a school pickup", expectedRevision: revisionShown(loadedByB, setup.ana.client.id) }],
    });
    const afterB = await rowsOf(session.id);

    // A's form re-submits every client as it was shown, with one real change (Ben now late).
    const staleSave = () =>
      a.attendance.record({
        sessionId: session.id,
        entries: [
          { clientId: setup.ana.client.id, status: "present", expectedRevision: revisionShown(loadedByA, setup.ana.client.id) },
          { clientId: setup.ben.client.id, status: "late", minutesAttended: 160, expectedRevision: revisionShown(loadedByA, setup.ben.client.id) },
        ],
      });
    await expect(staleSave()).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Someone else changed Fixture, Ana's record after you opened this page. Reload to see it, then make your change again.",
    });
    expect(await rowsOf(session.id)).toEqual(afterB);
    expect((await revisionsOf(session.id, setup.ben.client.id)).map((revision) => revision.revision)).toEqual([1]);

    const reloaded = await a.attendance.roster({ sessionId: session.id });
    const anaShown = reloaded.roster.find((entry) => entry.clientId === setup.ana.client.id)!.record!;
    const summary = await a.attendance.record({
      sessionId: session.id,
      entries: [
        { clientId: setup.ana.client.id, status: anaShown.status, minutesAttended: anaShown.minutesAttended, note: anaShown.note ?? undefined, expectedRevision: anaShown.revision },
        { clientId: setup.ben.client.id, status: "late", minutesAttended: 160, expectedRevision: revisionShown(reloaded, setup.ben.client.id) },
      ],
    });
    expect(summary).toEqual({ recorded: 0, corrected: 1, unchanged: 1 });
    const rows = await rowsOf(session.id);
    expect(rows.find((row) => row.clientId === setup.ana.client.id)).toMatchObject({ status: "left_early", minutesAttended: 90, revision: 2 });
    expect(rows.find((row) => row.clientId === setup.ben.client.id)).toMatchObject({ status: "late", minutesAttended: 160, revision: 2 });
  });

  it("refuses a cancelled session, a future one and clients not on the roster, writing nothing", async () => {
    const caller = await api("front_desk");
    const cancelled = await pastSession(10, { cancelledAt: new Date(), cancellationReason: "Snow day" });
    const future = await pastSession(-24 * 60);
    const held = await pastSession();
    const entry = { clientId: setup.ana.client.id, status: "present" as const };

    await expect(caller.attendance.record({ sessionId: cancelled.id, entries: [entry] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This session was cancelled, so there is no attendance to take.",
    });
    await expect(caller.attendance.markAllPresent({ sessionId: future.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^This session hasn't started yet\. Attendance can be taken from its start, .+ E[SD]T\.$/),
    });
    await expect(
      caller.attendance.record({ sessionId: held.id, entries: [entry, { clientId: setup.outsider.client.id, status: "present" }] }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Only clients on this session's roster can be recorded. Reload the roster and try again.",
    });
    await expect(
      caller.attendance.record({ sessionId: held.id, entries: [entry, { clientId: setup.ben.client.id, status: "late" }] }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Fixture, Ben: Late needs the minutes attended: between 1 and 179 (the session is 180 minutes).",
    });
    const written = await testDb.db
      .select()
      .from(attendance)
      .where(inArray(attendance.sessionId, [cancelled.id, future.id, held.id]));
    expect(written).toEqual([]);
    const audits = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(inArray(auditEvents.action, ["attendance.record", "attendance.markAllPresent"]), eq(auditEvents.outcome, "allowed")));
    const forTheseSessions = audits.filter((row) =>
      [cancelled.id, future.id, held.id].includes((row.detail as { sessionId?: string } | null)?.sessionId ?? ""),
    );
    expect(forTheseSessions).toEqual([]);
  });

  it("explains a malformed submission field by field", async () => {
    const session = await pastSession();
    const error = await (await api("front_desk")).attendance
      .record({
        sessionId: session.id,
        entries: [
          { clientId: setup.ana.client.id, status: "present" },
          { clientId: setup.ana.client.id, status: "absent" },
        ],
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    const cause = (error as { cause?: unknown }).cause;
    expect(cause).toBeInstanceOf(z.ZodError);
    expect(z.flattenError(cause as z.ZodError).fieldErrors).toEqual({
      entries: ["Each client can be recorded only once per submission."],
    });
    expect(await rowsOf(session.id)).toEqual([]);
  });
});

describe("attendance.markAllPresent", () => {
  it("marks everyone without a record present for the whole session, and leaves records as they are", async () => {
    const session = await pastSession();
    await setup.f.attended(session.id, setup.ben.client.id, "excused", 0);
    const caller = await setup.staff.front_desk.caller();
    const result = await createStaffCaller({ db: testDb.db, caller }).attendance.markAllPresent({ sessionId: session.id });
    expect(result).toEqual({ marked: 1 });
    const rows = await rowsOf(session.id);
    expect(rows.map((row) => [row.clientId, row.status, row.minutesAttended]).sort()).toEqual(
      [
        [setup.ana.client.id, "present", 180],
        [setup.ben.client.id, "excused", 0],
      ].sort(),
    );
    const audits = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, "attendance.markAllPresent"), eq(auditEvents.resourceId, session.id)));
    // The row names only the client marked present now; Ben's record was there already.
    expect(audits.map((row) => row.subjectClientIds)).toEqual([[setup.ana.client.id]]);
    const [entry] = (audits[0]?.detail as { entries: { attendanceId: string }[] }).entries;
    expect(entry?.attendanceId).toBe(rows.find((row) => row.clientId === setup.ana.client.id)!.id);
    expect(await createStaffCaller({ db: testDb.db, caller }).attendance.markAllPresent({ sessionId: session.id })).toEqual({ marked: 0 });
  });
});

describe("attendance.history", () => {
  it("answers NOT_FOUND for a client who is not on the session's roster", async () => {
    const session = await pastSession();
    await expect(
      (await api("clinician")).attendance.history({ sessionId: session.id, clientId: setup.outsider.client.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("delivered hours follow attendance", () => {
  it("adds a recorded session to the client's hours on the detail page and the roster", async () => {
    const clinician = await api("clinician");
    const hours = (compliance: { thisWeek: { minutes: number }; lastWeek: { minutes: number } } | null | undefined) =>
      (compliance?.thisWeek.minutes ?? 0) + (compliance?.lastWeek.minutes ?? 0);
    const fresh = await setup.f.enrolledClient(setup.setting, setup.staff.clinician, { startsOn: addDays(setup.monday, -14), firstName: "Fresh" });
    const before = await clinician.clients.detail({ clientId: fresh.client.id });
    const rosterBefore = (await clinician.roster.list()).rows.find((row) => row.clientId === fresh.client.id);

    const session = await pastSession(5);
    await clinician.attendance.record({ sessionId: session.id, entries: [{ clientId: fresh.client.id, status: "late", minutesAttended: 150 }] });

    const after = await clinician.clients.detail({ clientId: fresh.client.id });
    const rosterAfter = (await clinician.roster.list()).rows.find((row) => row.clientId === fresh.client.id);
    expect(hours(after.compliance) - hours(before.compliance)).toBe(150);
    expect(hours(rosterAfter) - hours(rosterBefore)).toBe(150);
  });
});
