import { auditEvents, programs, scheduleOptions } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import type { SessionUser } from "@stepwise/auth";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const director = await f.staff("program_director");
  const administrator = await f.staff("administrator");
  const clinician = await f.staff("clinician");
  const frontDesk = await f.staff("front_desk");
  const setting = await f.iopProgram();
  const client = await f.enrolledClient(setting, clinician, { startsOn: "2026-01-05" });
  return {
    f,
    setting,
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

let slugCounter = 0;
const newProgram = () => ({
  name: `Evening Trauma IOP ${++slugCounter}`,
  level: "iop" as const,
  track: "trauma" as const,
  timeZone: "America/New_York",
  weeklyMinutes: { min: 540, max: 900 },
  expectedLengthWeeks: 10,
  sessionKinds: ["process_group" as const, "skills_group" as const],
});

async function auditRows(caller: SessionUser, action: string) {
  return testDb.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, action)));
}

describe("staff programs.create", () => {
  it("saves a sound program with a slug from its name, and audits it", async () => {
    const input = newProgram();
    const { programId } = await api(setup.callers.director).programs.create(input);
    const [row] = await testDb.db.select().from(programs).where(eq(programs.id, programId));
    expect(row).toMatchObject({ slug: `evening-trauma-iop-${slugCounter}`, minWeeklyMinutes: 540, maxWeeklyMinutes: 900, active: true });
    const [audit] = await auditRows(setup.callers.director, "programs.create");
    expect(audit).toMatchObject({ outcome: "allowed", resourceType: "program", resourceId: programId });
  });

  it("refuses a band under the IOP floor with the reason beside the band, and writes nothing", async () => {
    const input = { ...newProgram(), weeklyMinutes: { min: 300, max: 900 } };
    const error = await api(setup.callers.administrator).programs.create(input).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    const issues = (error as { cause: { issues: { path: string[]; message: string }[] } }).cause.issues;
    expect(issues).toContainEqual(expect.objectContaining({ path: ["weeklyMinutes"], message: "IOP needs at least 9 h a week; this band starts at 5 h." }));
    expect(await testDb.db.select().from(programs).where(eq(programs.name, input.name))).toEqual([]);
  });

  it("refuses a slug another program uses", async () => {
    await expect(api(setup.callers.director).programs.create({ ...newProgram(), slug: setup.setting.program.slug })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `Another program already uses the slug "${setup.setting.program.slug}"; choose another.`,
    });
  });

  it("gives two requests racing for one new slug one program and a plain conflict, never a server error", async () => {
    const slug = `racing-${Date.now()}`;
    const results = await Promise.allSettled([
      api(setup.callers.director).programs.create({ ...newProgram(), slug }),
      api(setup.callers.administrator).programs.create({ ...newProgram(), slug }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []))).toEqual([
      expect.objectContaining({ code: "CONFLICT", message: `Another program already uses the slug "${slug}"; choose another.` }),
    ]);
    expect(await testDb.db.select().from(programs).where(eq(programs.slug, slug))).toHaveLength(1);
    const audits = await testDb.db.select().from(auditEvents).where(eq(auditEvents.action, "programs.create"));
    expect(audits.filter((row) => (row.detail as { slug?: string } | null)?.slug === slug)).toHaveLength(1);
  });
});

describe("program writes: who may", () => {
  const writes = {
    "programs.create": (caller: SessionUser) => api(caller).programs.create(newProgram()),
    "programs.update": (caller: SessionUser) =>
      api(caller).programs.update({ programId: setup.setting.program.id, active: true, ...newProgram(), name: "Adult IOP", slug: setup.setting.program.slug, track: "general_mental_health", expectedLengthWeeks: 8 }),
    "scheduleOptions.create": (caller: SessionUser) =>
      api(caller).scheduleOptions.create({ programId: setup.setting.program.id, shift: "morning", name: "Morning", weekdays: [2, 4, 5], startTime: "09:00", endTime: "12:00" }),
    "programs.detail": (caller: SessionUser) => api(caller).programs.detail({ programId: setup.setting.program.id }),
  };

  it.each(Object.entries(writes))("%s: program directors and administrators may; clinicians and the front desk may not; clients are not found", async (action, call) => {
    // Each answers with the program or option it wrote or read.
    const answered = expect.objectContaining({ [action === "scheduleOptions.create" ? "scheduleOptionId" : action === "programs.detail" ? "program" : "programId"]: expect.anything() });
    await expect(call(setup.callers.director)).resolves.toEqual(answered);
    await expect(call(setup.callers.administrator)).resolves.toEqual(answered);
    await expect(call(setup.callers.clinician)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(call(setup.callers.frontDesk)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(call(setup.callers.client)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const denied = await auditRows(setup.callers.frontDesk, action);
    expect(denied.map((row) => row.outcome)).toEqual(["denied"]);
  });
});

describe("staff programs.update", () => {
  it("refuses a band the program's own options break, listing every reason, and leaves the program as it was", async () => {
    const { programId } = await api(setup.callers.director).programs.create(newProgram());
    await api(setup.callers.director).scheduleOptions.create({ programId, shift: "evening", name: "Three evenings", weekdays: [1, 3, 4], startTime: "18:00", endTime: "21:00" });
    const [before] = await testDb.db.select().from(programs).where(eq(programs.id, programId));
    const raised = { ...newProgram(), name: before!.name, slug: before!.slug, weeklyMinutes: { min: 600, max: 900 }, sessionKinds: ["skills_group" as const] };

    const error = (await api(setup.callers.director).programs.update({ programId, active: true, ...raised }).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(error.message.split("\n")).toEqual([
      "These settings can't be saved:",
      "Three evenings: The week has 9 h of sessions; the program's band is 10 h to 15 h.",
    ]);
    const [after] = await testDb.db.select().from(programs).where(eq(programs.id, programId));
    expect(after).toEqual(before);
    expect((await auditRows(setup.callers.director, "programs.update")).filter((row) => row.resourceId === programId)).toEqual([]);
  });

  it("saves new settings that the options keep, including deactivating the program", async () => {
    const { programId } = await api(setup.callers.director).programs.create(newProgram());
    const [row] = await testDb.db.select().from(programs).where(eq(programs.id, programId));
    await api(setup.callers.director).programs.update({ programId, active: false, ...newProgram(), name: "Renamed", slug: row!.slug, weeklyMinutes: { min: 600, max: 960 } });
    const [after] = await testDb.db.select().from(programs).where(eq(programs.id, programId));
    expect(after).toMatchObject({ name: "Renamed", active: false, minWeeklyMinutes: 600, maxWeeklyMinutes: 960 });
    const [audit] = (await auditRows(setup.callers.director, "programs.update")).filter((r) => r.resourceId === programId);
    expect(audit?.detail).toMatchObject({ after: { band: [600, 960], active: false } });
  });

  it("refuses a new level of care while clients are enrolled, saying how many, and changes nothing", async () => {
    const setting = await setup.f.iopProgram();
    const clinician = await setup.f.staff("clinician");
    await setup.f.enrolledClient(setting, clinician, { startsOn: "2026-01-05" });
    await setup.f.enrolledClient(setting, clinician, { startsOn: "2026-01-12" });
    const { program } = setting;
    const toPhp = { ...newProgram(), name: program.name, slug: program.slug, level: "php" as const, weeklyMinutes: { min: 1200, max: 1800 } };

    const error = (await api(setup.callers.administrator).programs.update({ programId: program.id, active: true, ...toPhp }).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(error.message.split("\n")).toContain(
      "The level of care can't change while 2 clients are enrolled in this program; move them with a level-of-care change instead.",
    );
    const [after] = await testDb.db.select().from(programs).where(eq(programs.id, program.id));
    expect(after).toEqual(program);
    expect((await auditRows(setup.callers.administrator, "programs.update")).filter((row) => row.resourceId === program.id)).toEqual([]);
  });

  it("lets a program no one is enrolled in take another level of care", async () => {
    const { programId } = await api(setup.callers.director).programs.create(newProgram());
    const [row] = await testDb.db.select().from(programs).where(eq(programs.id, programId));
    await api(setup.callers.director).programs.update({ programId, active: true, ...newProgram(), name: row!.name, slug: row!.slug, level: "php", weeklyMinutes: { min: 1200, max: 1800 } });
    const [after] = await testDb.db.select().from(programs).where(eq(programs.id, programId));
    expect(after).toMatchObject({ level: "php", minWeeklyMinutes: 1200 });
  });

  it("answers a program that does not exist with not found", async () => {
    await expect(
      api(setup.callers.director).programs.update({ programId: "6f1d7a3e-0000-4000-8000-000000000000", active: true, ...newProgram() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("staff scheduleOptions", () => {
  it("refuses an option that breaks the band, with every reason, and adds no row", async () => {
    const { programId } = await api(setup.callers.director).programs.create(newProgram());
    const error = (await api(setup.callers.director)
      .scheduleOptions.create({ programId, shift: "evening", name: "Two short evenings", weekdays: [1, 3], startTime: "18:00", endTime: "20:00" })
      .catch((e: unknown) => e)) as Error;
    expect(error.message.split("\n")).toEqual([
      "This schedule option breaks the program's band:",
      "Two short evenings: The schedule has 2 days a week; the program needs at least 3 days.",
      "Two short evenings: Monday has 2 h of sessions; a session day should be 3 h to 4 h.",
      "Two short evenings: Wednesday has 2 h of sessions; a session day should be 3 h to 4 h.",
      "Two short evenings: The week has 4 h of sessions; the program's band is 9 h to 15 h.",
    ]);
    expect(await testDb.db.select().from(scheduleOptions).where(eq(scheduleOptions.programId, programId))).toEqual([]);
  });

  it("updates an option's hours and audits the change", async () => {
    const { programId } = await api(setup.callers.director).programs.create(newProgram());
    const { scheduleOptionId } = await api(setup.callers.director).scheduleOptions.create({
      programId, shift: "morning", name: "Mornings", weekdays: [1, 2, 4], startTime: "09:00", endTime: "12:00",
    });
    await api(setup.callers.administrator).scheduleOptions.update({ scheduleOptionId, shift: "morning", name: "Mornings", weekdays: [1, 2, 4], startTime: "09:30", endTime: "12:30" });
    const [row] = await testDb.db.select().from(scheduleOptions).where(eq(scheduleOptions.id, scheduleOptionId));
    expect(row).toMatchObject({ startTime: "09:30:00", endTime: "12:30:00" });
    const audits = await auditRows(setup.callers.administrator, "scheduleOptions.update");
    expect(audits.map((a) => a.resourceId)).toContain(scheduleOptionId);
  });
});
