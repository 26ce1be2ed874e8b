import { auditEvents, clients, enrollments, levelOfCareChanges } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type ClientStanding, type StaffRole, addDays, clientSearchLimit, instantToZonedDate, staffMay, staffRoles } from "@stepwise/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingDatabase } from "../../test-support/counting-database";
import { fixtures, fixtureTimeZone } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;
const today = instantToZonedDate(new Date(), fixtureTimeZone);

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const staff = {} as Record<StaffRole, Awaited<ReturnType<typeof f.staff>>>;
  for (const role of staffRoles) staff[role] = await f.staff(role);
  const iop = await f.iopProgram();

  async function person(firstName: string, lastName: string, preferredName: string | null = null) {
    const [client] = await db.insert(clients).values({ firstName, lastName, preferredName, dateOfBirth: "1988-06-02" }).returning();
    return client!;
  }
  async function enrollment(clientId: string, values: Partial<typeof enrollments.$inferInsert>) {
    const [row] = await db
      .insert(enrollments)
      .values({
        clientId,
        programId: iop.program.id,
        scheduleOptionId: iop.option.id,
        status: "referred",
        level: "iop",
        startsOn: addDays(today, 7),
        ...values,
      })
      .returning();
    return row!;
  }
  /** An enrollment that started: activation writes its admission level. */
  async function admitted(clientId: string, values: Partial<typeof enrollments.$inferInsert>) {
    const row = await enrollment(clientId, values);
    await db.insert(levelOfCareChanges).values({
      enrollmentId: row.id,
      toLevel: row.level,
      programId: row.programId,
      scheduleOptionId: row.scheduleOptionId,
      effectiveOn: row.startsOn,
      reason: "Admission",
      decidedByStaffId: staff.clinician.member.id,
    });
    return row;
  }

  const referred = await person("Jordan", "Reyes", "Jo");
  await enrollment(referred.id, {});
  const scheduled = await person("Priya", "Natarajan");
  const scheduledEnrollment = await enrollment(scheduled.id, { status: "intake_scheduled", intakeOn: addDays(today, 2) });
  const active = await f.enrolledClient(iop, staff.clinician, { startsOn: addDays(today, -21), firstName: "Steady" });
  const onHold = await f.enrolledClient(iop, staff.clinician, { startsOn: addDays(today, -21), firstName: "Paused" });
  await db.update(enrollments).set({ status: "on_hold" }).where(eq(enrollments.id, onHold.enrollment.id));
  const alumnus = await person("Alma", "Graduate");
  const discharged = { status: "discharged" as const, dischargeReason: "completed" as const };
  await admitted(alumnus.id, { ...discharged, startsOn: addDays(today, -120), endsOn: addDays(today, -60) });
  await admitted(alumnus.id, { ...discharged, startsOn: addDays(today, -50), endsOn: addDays(today, -10) });
  // Back for a second episode: the open referral, not the old discharge, is where they stand.
  const returning = await person("Rita", "Returns");
  await admitted(returning.id, { ...discharged, startsOn: addDays(today, -90), endsOn: addDays(today, -30) });
  await enrollment(returning.id, {});
  // Closed before the program started (no admission level): not an alumnus.
  const closedReferral = { status: "discharged" as const, dischargeReason: "administrative" as const };
  const neverStarted = await person("Clara", "Closed");
  await enrollment(neverStarted.id, { ...closedReferral, startsOn: addDays(today, -5), endsOn: addDays(today, -4) });
  // A past alumnus whose latest referral closed: the latest enrollment is where they stand.
  const referredAgain = await person("Gale", "Again");
  await admitted(referredAgain.id, { ...discharged, startsOn: addDays(today, -200), endsOn: addDays(today, -150) });
  await enrollment(referredAgain.id, { ...closedReferral, intakeOn: addDays(today, -21), startsOn: addDays(today, -20), endsOn: addDays(today, -19) });
  const unenrolled = await person("Nolan", "Record");
  const underscored = await person("Una", "Under_Score");
  const client = await f.enrolledClient(iop, staff.clinician, { startsOn: addDays(today, -21), firstName: "Portal" });
  return {
    f,
    staff,
    iop,
    person,
    referred,
    scheduled,
    scheduledEnrollment,
    active,
    onHold,
    alumnus,
    returning,
    neverStarted,
    referredAgain,
    unenrolled,
    underscored,
    client,
  };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const clinicianApi = async () => createStaffCaller({ db: testDb.db, caller: await setup.staff.clinician.caller() });
const idsOf = (found: { clients: { clientId: string }[] }) => found.clients.map((row) => row.clientId);

describe("staff clients.list", () => {
  it("is open to clinicians and program directors only; a client account gets NOT_FOUND", async () => {
    for (const role of staffRoles) {
      const call = createStaffCaller({ db: testDb.db, caller: await setup.staff[role].caller() }).clients.list({ query: "Reyes" });
      if (staffMay(role, "client.read")) {
        expect(idsOf(await call)).toEqual([setup.referred.id]);
      } else {
        await expect(call).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
    }
    expect(staffMay("front_desk", "client.read") || staffMay("administrator", "client.read")).toBe(false);
    const asClient = createStaffCaller({ db: testDb.db, caller: await setup.client.caller() });
    await expect(asClient.clients.list()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists everyone by standing, intake queue first, then by last name", async () => {
    const found = await (await clinicianApi()).clients.list();
    expect(found.truncated).toBe(false);
    expect(found.clients.map((row) => [row.standing, row.name])).toEqual([
      ["referred", "Returns, Rita"],
      ["referred", "Reyes, Jordan (Jo)"],
      ["intake_scheduled", "Natarajan, Priya"],
      ["active", "Fixture, Portal"],
      ["active", "Fixture, Steady"],
      ["on_hold", "Fixture, Paused"],
      ["alumni", "Graduate, Alma"],
      ["referral_closed", "Again, Gale"],
      ["referral_closed", "Closed, Clara"],
      ["no_enrollment", "Record, Nolan"],
      ["no_enrollment", "Under_Score, Una"],
    ]);
  });

  it("shows the program, level, intake and start dates, and an alumnus's last day", async () => {
    const found = await (await clinicianApi()).clients.list();
    const row = (id: string) => found.clients.find((shown) => shown.clientId === id);
    expect(row(setup.scheduled.id)).toMatchObject({
      dateOfBirth: "1988-06-02",
      enrollment: {
        id: setup.scheduledEnrollment.id,
        programName: "Adult IOP",
        level: { code: "iop", shortLabel: "IOP" },
        intakeOn: addDays(today, 2),
        startsOn: addDays(today, 7),
        lastDayOn: null,
      },
    });
    expect(row(setup.referred.id)?.enrollment).toMatchObject({ intakeOn: null, startsOn: addDays(today, 7) });
    expect(row(setup.alumnus.id)?.enrollment).toMatchObject({ startsOn: addDays(today, -50), lastDayOn: addDays(today, -11) });
    expect(row(setup.returning.id)?.enrollment).toMatchObject({ startsOn: addDays(today, 7), lastDayOn: null });
    expect(row(setup.unenrolled.id)?.enrollment).toBeNull();
    // A closed referral never started, so it has no last day.
    expect(row(setup.neverStarted.id)?.enrollment).toMatchObject({ startsOn: addDays(today, -5), lastDayOn: null });
    expect(row(setup.referredAgain.id)?.enrollment).toMatchObject({ intakeOn: addDays(today, -21), startsOn: addDays(today, -20), lastDayOn: null });
  });

  it("filters by each standing", async () => {
    const api = await clinicianApi();
    const expected: Record<ClientStanding, string[]> = {
      referred: [setup.returning.id, setup.referred.id],
      intake_scheduled: [setup.scheduled.id],
      active: [setup.client.client.id, setup.active.client.id],
      on_hold: [setup.onHold.client.id],
      alumni: [setup.alumnus.id],
      referral_closed: [setup.referredAgain.id, setup.neverStarted.id],
      no_enrollment: [setup.unenrolled.id, setup.underscored.id],
    };
    for (const [status, ids] of Object.entries(expected)) {
      expect(idsOf(await api.clients.list({ status: status as ClientStanding }))).toEqual(ids);
    }
    expect(idsOf(await api.clients.list({ query: "Fixture", status: "on_hold" }))).toEqual([setup.onHold.client.id]);
  });

  it("finds a client by first, last or preferred name in any case, and by 'Last, First'", async () => {
    const api = await clinicianApi();
    expect(idsOf(await api.clients.list({ query: "jordan" }))).toEqual([setup.referred.id]);
    expect(idsOf(await api.clients.list({ query: "REYES" }))).toEqual([setup.referred.id]);
    expect(idsOf(await api.clients.list({ query: "Jo" }))).toEqual([setup.referred.id]);
    expect(idsOf(await api.clients.list({ query: "Reyes, Jo" }))).toEqual([setup.referred.id]);
    expect(idsOf(await api.clients.list({ query: "reyes, jordan" }))).toEqual([setup.referred.id]);
    expect(idsOf(await api.clients.list({ query: "Jordan Reyes" }))).toEqual([setup.referred.id]);
    // The comma form ties each part to its own name: "Jordan" is no last name.
    expect(idsOf(await api.clients.list({ query: "Jordan, Reyes" }))).toEqual([]);
    expect(idsOf(await api.clients.list({ query: "Fixture, Steady" }))).toEqual([setup.active.client.id]);
  });

  it("takes %, _ and \\ in a search literally", async () => {
    const api = await clinicianApi();
    expect(idsOf(await api.clients.list({ query: "%" }))).toEqual([]);
    expect(idsOf(await api.clients.list({ query: "R_yes" }))).toEqual([]);
    expect(idsOf(await api.clients.list({ query: "Re%s" }))).toEqual([]);
    expect(idsOf(await api.clients.list({ query: "\\" }))).toEqual([]);
    expect(idsOf(await api.clients.list({ query: "_" }))).toEqual([setup.underscored.id]);
    expect(idsOf(await api.clients.list({ query: "r_s" }))).toEqual([setup.underscored.id]);
  });

  it("refuses an empty or over-long search and an unknown standing", async () => {
    const api = await clinicianApi();
    await expect(api.clients.list({ query: "  " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.clients.list({ query: "x".repeat(101) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // @ts-expect-error: not a standing
    await expect(api.clients.list({ status: "discharged" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("audits one row per client shown, and nothing for those not shown", async () => {
    // A director of their own, so earlier searches leave no rows under this actor.
    const caller = await (await setup.f.staff("program_director")).caller();
    const api = createStaffCaller({ db: testDb.db, caller });
    const shown = await api.clients.list({ query: "Fixture" });
    await api.clients.list({ query: "nobody by this name" });
    const rows = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, "clients.list")));
    expect(rows.map((row) => row.subjectClientId).sort()).toEqual(idsOf(shown).sort());
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.outcome === "allowed" && row.resourceId === row.subjectClientId)).toBe(true);
  });

  it("takes the same number of statements for few clients or many", async () => {
    const counting = countingDatabase(testDb.url);
    try {
      const caller = await setup.staff.clinician.caller();
      const read = () => createStaffCaller({ db: counting.db, caller }).clients.list();
      const before = await counting.count(read);
      for (let i = 0; i < 4; i++) {
        const extra = await setup.person(`Extra${i}`, "Counted");
        await testDb.db
          .insert(enrollments)
          .values({ clientId: extra.id, programId: setup.iop.program.id, status: "referred", level: "iop", startsOn: addDays(today, 3) });
      }
      expect(await counting.count(read)).toBe(before);
    } finally {
      await counting.close();
    }
  });

  it("shows at most the limit, says when more match, and audits only those shown", async () => {
    await testDb.db.insert(clients).values(
      Array.from({ length: clientSearchLimit }, (_, i) => ({
        firstName: `Many${String(i).padStart(3, "0")}`,
        lastName: "Crowd",
        dateOfBirth: "1990-01-01",
      })),
    );
    const caller = await (await setup.f.staff("clinician")).caller();
    const api = createStaffCaller({ db: testDb.db, caller });
    const found = await api.clients.list({ status: "no_enrollment" });
    expect(found.truncated).toBe(true);
    expect(found.clients).toHaveLength(clientSearchLimit);
    expect(found.clients[0]?.name).toBe("Crowd, Many000");
    const rows = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, "clients.list")));
    expect(rows.map((row) => row.subjectClientId).sort()).toEqual(idsOf(found).sort());
    expect(found.clients.some((row) => row.clientId === setup.underscored.id)).toBe(false);
    expect((await api.clients.list({ query: "Crowd", status: "no_enrollment" })).truncated).toBe(false);
  });
});
