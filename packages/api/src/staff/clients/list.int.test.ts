import { auditEvents, clients, enrollments, levelOfCareChanges } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import {
  type ClientStanding,
  type StaffRole,
  addDays,
  clientEnrollmentOf,
  clientSearchLimit,
  clientStandingOf,
  instantToZonedDate,
  isAlumnus,
  staffMay,
  staffRoles,
} from "@stepwise/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrollmentStarted } from "../../queries/enrollment-chronology.queries";
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
  await enrollment(neverStarted.id, { ...closedReferral, startsOn: addDays(today, -5), endsOn: addDays(today, -4), referralClosedOn: addDays(today, -5) });
  // A past alumnus whose later referral closed: they went through the program, so they stay an
  // alumnus (as isAlumnus, the portal and the client page say), shown with the episode that ran.
  const referredAgain = await person("Gale", "Again");
  await admitted(referredAgain.id, { ...discharged, startsOn: addDays(today, -200), endsOn: addDays(today, -150) });
  await enrollment(referredAgain.id, {
    ...closedReferral,
    intakeOn: addDays(today, -21),
    startsOn: addDays(today, -20),
    endsOn: addDays(today, -19),
    referralClosedOn: addDays(today, -22),
  });
  // A referral planned for day 19 was closed on day 0 (freeing its dates); re-referred, the client
  // was activated on day 2 and completed. The episode came after the closing, though it started
  // before the closed referral's planned start.
  const closedThenRan = await person("Early", "Hale");
  const closedOn = addDays(today, -100);
  const closedFirst = await enrollment(closedThenRan.id, {
    ...closedReferral,
    startsOn: addDays(closedOn, 19),
    endsOn: addDays(closedOn, 20),
    referralClosedOn: closedOn,
  });
  const ranAfter = await admitted(closedThenRan.id, { ...discharged, startsOn: addDays(closedOn, 2), endsOn: addDays(closedOn, 60) });
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
    closedThenRan,
    closedFirst,
    ranAfter,
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
      ["alumni", "Again, Gale"],
      ["alumni", "Graduate, Alma"],
      ["alumni", "Hale, Early"],
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
    expect(row(setup.referredAgain.id)?.enrollment).toMatchObject({ startsOn: addDays(today, -200), lastDayOn: addDays(today, -151) });
    expect(row(setup.closedThenRan.id)?.enrollment).toMatchObject({ id: setup.ranAfter.id, lastDayOn: addDays(today, -41) });
  });

  it("filters by each standing", async () => {
    const api = await clinicianApi();
    const expected: Record<ClientStanding, string[]> = {
      referred: [setup.returning.id, setup.referred.id],
      intake_scheduled: [setup.scheduled.id],
      active: [setup.client.client.id, setup.active.client.id],
      on_hold: [setup.onHold.client.id],
      alumni: [setup.referredAgain.id, setup.alumnus.id, setup.closedThenRan.id],
      referral_closed: [setup.neverStarted.id],
      no_enrollment: [setup.unenrolled.id, setup.underscored.id],
    };
    for (const [status, ids] of Object.entries(expected)) {
      expect(idsOf(await api.clients.list({ status: status as ClientStanding }))).toEqual(ids);
    }
    expect(idsOf(await api.clients.list({ query: "Fixture", status: "on_hold" }))).toEqual([setup.onHold.client.id]);
  });

  it("shows each client with the enrollment and standing the domain chooses from all of theirs", async () => {
    // More scenarios on top of the shared ones: two referrals closed on one day (the one recorded
    // later is the latest), and a referral opened and closed on a graduate's last day.
    const twiceClosed = await setup.person("Twice", "Closed");
    // Recorded a second apart: two inserts in one millisecond would read as a tie once in JavaScript.
    const recorded = Date.now();
    for (const [i, startsOn] of [addDays(today, 30), addDays(today, 10)].entries()) {
      await testDb.db.insert(enrollments).values({
        createdAt: new Date(recorded - 2000 + i * 1000),
        clientId: twiceClosed.id,
        programId: setup.iop.program.id,
        status: "discharged",
        dischargeReason: "administrative",
        level: "iop",
        startsOn,
        endsOn: addDays(startsOn, 1),
        referralClosedOn: addDays(today, -3),
      });
    }
    const lastDayReferral = await setup.person("Lastday", "Closed");
    const [episode] = await testDb.db
      .insert(enrollments)
      .values({
        clientId: lastDayReferral.id,
        programId: setup.iop.program.id,
        status: "discharged",
        dischargeReason: "completed",
        level: "iop",
        startsOn: addDays(today, -60),
        endsOn: addDays(today, -9),
      })
      .returning();
    await testDb.db.insert(levelOfCareChanges).values({
      enrollmentId: episode!.id,
      toLevel: "iop",
      programId: setup.iop.program.id,
      scheduleOptionId: setup.iop.option.id,
      effectiveOn: addDays(today, -60),
      reason: "Admission",
      decidedByStaffId: setup.staff.clinician.member.id,
    });
    await testDb.db.insert(enrollments).values({
      clientId: lastDayReferral.id,
      programId: setup.iop.program.id,
      status: "discharged",
      dischargeReason: "administrative",
      level: "iop",
      startsOn: addDays(today, 14),
      endsOn: addDays(today, 15),
      referralClosedOn: addDays(today, -10),
    });

    const all = await testDb.db
      .select({
        id: enrollments.id,
        clientId: enrollments.clientId,
        status: enrollments.status,
        dischargeReason: enrollments.dischargeReason,
        startsOn: enrollments.startsOn,
        referralClosedOn: enrollments.referralClosedOn,
        createdAt: enrollments.createdAt,
        started: enrollmentStarted(),
      })
      .from(enrollments);
    const found = await (await clinicianApi()).clients.list();
    expect(found.truncated).toBe(false);
    for (const shown of found.clients) {
      const theirs = all.filter((row) => row.clientId === shown.clientId);
      const chosen = clientEnrollmentOf(theirs);
      expect({ name: shown.name, id: shown.enrollment?.id ?? null, standing: shown.standing }).toEqual({
        name: shown.name,
        id: chosen?.id ?? null,
        standing: clientStandingOf(chosen),
      });
      expect(shown.standing === "alumni").toBe(isAlumnus(theirs));
    }
    const standingOf = (id: string) => found.clients.find((row) => row.clientId === id)?.standing;
    expect(standingOf(twiceClosed.id)).toBe("referral_closed");
    const laterClosed = all.filter((row) => row.clientId === twiceClosed.id).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]!;
    expect(found.clients.find((row) => row.clientId === twiceClosed.id)?.enrollment?.id).toBe(laterClosed.id);
    expect(standingOf(lastDayReferral.id)).toBe("alumni");
    expect(standingOf(setup.closedThenRan.id)).toBe("alumni");
    // The client page agrees, and lists the enrollments newest first by when they happened.
    const detail = await (await clinicianApi()).clients.detail({ clientId: setup.closedThenRan.id });
    expect(detail.isAlumnus).toBe(true);
    expect(detail.enrollments.map((row) => row.id)).toEqual([setup.ranAfter.id, setup.closedFirst.id]);
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

  it("audits one row naming every client shown, and nothing for a search that showed no one", async () => {
    // A director of their own, so earlier searches leave no rows under this actor.
    const caller = await (await setup.f.staff("program_director")).caller();
    const api = createStaffCaller({ db: testDb.db, caller });
    const shown = await api.clients.list({ query: "Fixture" });
    await api.clients.list({ query: "nobody by this name" });
    const rows = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, "clients.list")));
    // One row for the search that showed three clients, naming them all; the one that found nobody shows no one's information.
    expect(rows.map((row) => [...row.subjectClientIds].sort())).toEqual([idsOf(shown).sort()]);
    expect(idsOf(shown)).toHaveLength(3);
    expect(rows.every((row) => row.outcome === "allowed" && row.resourceType === "client")).toBe(true);
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
    expect(rows.map((row) => [...row.subjectClientIds].sort())).toEqual([idsOf(found).sort()]);
    expect(found.clients.some((row) => row.clientId === setup.underscored.id)).toBe(false);
    expect((await api.clients.list({ query: "Crowd", status: "no_enrollment" })).truncated).toBe(false);
  });
});
