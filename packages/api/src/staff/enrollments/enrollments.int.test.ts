import {
  auditEvents,
  enrollments,
  enrollmentStatusChanges,
  levelOfCareChanges,
  programs,
  recertifications,
  scheduleOptions,
} from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, type DischargePlan, instantToZonedDate } from "@stepwise/domain";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, fixtureTimeZone } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;
const today = instantToZonedDate(new Date(), fixtureTimeZone);

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const clinician = await f.staff("clinician", "Marcus Bell");
  const director = await f.staff("program_director");
  const frontDesk = await f.staff("front_desk");
  const iop = await f.iopProgram();
  const [twoEvenings] = await db
    .insert(scheduleOptions)
    .values({ programId: iop.program.id, shift: "evening", name: "Two evenings", weekdays: [1, 3], startTime: "18:00", endTime: "21:00" })
    .returning();
  const [outpatient] = await db
    .insert(programs)
    .values({
      slug: `op-${process.pid}`,
      name: "Outpatient Continuing Care",
      level: "outpatient",
      track: "general_mental_health",
      timeZone: fixtureTimeZone,
      minWeeklyMinutes: 45,
      maxWeeklyMinutes: 180,
      expectedLengthWeeks: 12,
      sessionKinds: ["process_group", "individual"],
    })
    .returning();
  const [tuesday] = await db
    .insert(scheduleOptions)
    .values({ programId: outpatient!.id, shift: "evening", name: "Tuesday group", weekdays: [2], startTime: "18:00", endTime: "19:30" })
    .returning();
  const someone = await f.enrolledClient(iop, clinician, { startsOn: addDays(today, -30) });
  return { f, clinician, director, frontDesk, iop, twoEvenings: twoEvenings!, outpatient: { program: outpatient!, option: tuesday! }, someone };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

type Who = { caller: () => ReturnType<typeof setup.clinician.caller> };
const api = async (who: Who) => createStaffCaller({ db: testDb.db, caller: await who.caller() });

let counter = 0;
/** A new client referred to the IOP through the API, as the intake form does it. */
async function referredClient() {
  const created = await (await api(setup.clinician)).clients.create({
    firstName: `Jordan${++counter}`,
    lastName: "Reyes",
    dateOfBirth: "1990-05-01",
    programId: setup.iop.program.id,
    plannedStartOn: today,
  });
  return created;
}

async function activeClient() {
  const created = await referredClient();
  const staff = await api(setup.clinician);
  await staff.enrollments.scheduleIntake({ enrollmentId: created.enrollmentId, intakeOn: today });
  await staff.enrollments.activate({
    enrollmentId: created.enrollmentId,
    programId: setup.iop.program.id,
    scheduleOptionId: setup.iop.option.id,
    startsOn: today,
  });
  return created;
}

const plan: DischargePlan = {
  nextLevel: "outside_outpatient",
  nextProvider: { name: "Dr. Amy Lee", phone: "555-010-0142", frequency: "weekly", firstAppointmentOn: addDays(today, 7) },
  joinsAlumniGroup: true,
  crisisPlan: {
    warningSigns: ["Sleeping less than five hours"],
    copingStrategies: ["Walk by the water", "Call my sister"],
    peopleToContact: [{ name: "Sam (sister)", phone: "555-010-0177" }],
    professionalsToContact: [{ name: "Dr. Amy Lee", phone: "555-010-0142" }],
    makingTheEnvironmentSafe: ["Medication kept by my partner"],
  },
};

const auditsOf = (action: string, resourceId: string) =>
  testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.resourceId, resourceId)));
const enrollmentRow = async (id: string) => (await testDb.db.select().from(enrollments).where(eq(enrollments.id, id)))[0]!;
const statusRows = (id: string) =>
  testDb.db.select().from(enrollmentStatusChanges).where(eq(enrollmentStatusChanges.enrollmentId, id)).orderBy(asc(enrollmentStatusChanges.recordedAt));
const levelRows = (id: string) =>
  testDb.db.select().from(levelOfCareChanges).where(eq(levelOfCareChanges.enrollmentId, id)).orderBy(asc(levelOfCareChanges.recordedAt));

describe("enrollments.scheduleIntake and enrollments.activate", () => {
  it("takes a referral through intake to active, with status rows, the admission level and audit rows", async () => {
    const created = await referredClient();
    const staff = await api(setup.clinician);
    await staff.enrollments.scheduleIntake({ enrollmentId: created.enrollmentId, intakeOn: today });
    expect(await enrollmentRow(created.enrollmentId)).toMatchObject({ status: "intake_scheduled", intakeOn: today });

    const result = await staff.enrollments.activate({
      enrollmentId: created.enrollmentId,
      programId: setup.iop.program.id,
      scheduleOptionId: setup.iop.option.id,
      startsOn: today,
    });
    expect(result).toMatchObject({ status: "active", level: "iop" });
    expect(await enrollmentRow(created.enrollmentId)).toMatchObject({ status: "active", scheduleOptionId: setup.iop.option.id, startsOn: today });
    expect((await statusRows(created.enrollmentId)).map((row) => [row.fromStatus, row.toStatus])).toEqual([
      [null, "referred"],
      ["referred", "intake_scheduled"],
      ["intake_scheduled", "active"],
    ]);
    const [admission] = await levelRows(created.enrollmentId);
    expect(admission).toMatchObject({ fromLevel: null, toLevel: "iop", decidedByStaffId: setup.clinician.member.id });
    expect(await auditsOf("enrollments.scheduleIntake", created.enrollmentId)).toHaveLength(1);
    const [audit] = await auditsOf("enrollments.activate", created.enrollmentId);
    expect(audit).toMatchObject({ outcome: "allowed", subjectClientIds: [created.clientId] });
  });

  it("refuses a schedule that breaks the band with every reason, and writes nothing", async () => {
    const created = await referredClient();
    const staff = await api(setup.clinician);
    await staff.enrollments.scheduleIntake({ enrollmentId: created.enrollmentId, intakeOn: today });
    const refusal = staff.enrollments.activate({
      enrollmentId: created.enrollmentId,
      programId: setup.iop.program.id,
      scheduleOptionId: setup.twoEvenings.id,
      startsOn: today,
    });
    await expect(refusal).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const message = await refusal.catch((error: Error) => error.message);
    expect(message).toContain("The schedule has 2 days a week; the program needs at least 3 days.");
    expect(message).toContain("The week has 6 h of sessions; the program's band is 9 h to 15 h.");
    expect(await enrollmentRow(created.enrollmentId)).toMatchObject({ status: "intake_scheduled", scheduleOptionId: null });
    expect(await levelRows(created.enrollmentId)).toEqual([]);
    expect(await statusRows(created.enrollmentId)).toHaveLength(2);
    expect(await auditsOf("enrollments.activate", created.enrollmentId)).toEqual([]);
  });

  it("refuses to activate straight from a referral", async () => {
    const created = await referredClient();
    await expect(
      (await api(setup.clinician)).enrollments.activate({
        enrollmentId: created.enrollmentId,
        programId: setup.iop.program.id,
        scheduleOptionId: setup.iop.option.id,
        startsOn: today,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("cannot become active") });
  });

  it("lets two simultaneous activations of one enrollment end with one admission", async () => {
    const created = await referredClient();
    const staff = await api(setup.clinician);
    await staff.enrollments.scheduleIntake({ enrollmentId: created.enrollmentId, intakeOn: today });
    const input = { enrollmentId: created.enrollmentId, programId: setup.iop.program.id, scheduleOptionId: setup.iop.option.id, startsOn: today };
    const results = await Promise.allSettled([staff.enrollments.activate(input), (await api(setup.director)).enrollments.activate(input)]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await levelRows(created.enrollmentId)).toHaveLength(1);
    expect((await statusRows(created.enrollmentId)).filter((row) => row.toStatus === "active")).toHaveLength(1);
  });

  it("is closed to the front desk (FORBIDDEN) and to a client (NOT_FOUND), and answers a missing enrollment NOT_FOUND", async () => {
    const created = await referredClient();
    const input = { enrollmentId: created.enrollmentId, intakeOn: today };
    await expect((await api(setup.frontDesk)).enrollments.scheduleIntake(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await api(setup.someone)).enrollments.scheduleIntake(input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const missing = "6f1d7a3e-0000-4000-8000-00000000abcd";
    await expect((await api(setup.clinician)).enrollments.scheduleIntake({ enrollmentId: missing, intakeOn: today })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const [denied] = await auditsOf("enrollments.scheduleIntake", missing);
    expect(denied?.outcome).toBe("denied");
  });
});

describe("enrollments.refer", () => {
  it("leaves exactly one open enrollment when two referrals for one client race", async () => {
    const created = await activeClient();
    const staff = await api(setup.clinician);
    await staff.enrollments.discharge({ enrollmentId: created.enrollmentId, reason: "completed", lastDayOn: today, plan });
    const input = { clientId: created.clientId, programId: setup.iop.program.id, plannedStartOn: addDays(today, 14) };
    const results = await Promise.allSettled([staff.enrollments.refer(input), (await api(setup.director)).enrollments.refer(input)]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "CONFLICT", message: "This client already has an open enrollment." });
    const open = (await testDb.db.select().from(enrollments).where(eq(enrollments.clientId, created.clientId))).filter(
      (row) => row.status !== "discharged",
    );
    expect(open).toHaveLength(1);
  });

  it("answers a referral overlapping a past enrollment with a conflict in plain words", async () => {
    const created = await activeClient();
    const staff = await api(setup.clinician);
    await staff.enrollments.discharge({ enrollmentId: created.enrollmentId, reason: "completed", lastDayOn: addDays(today, 3), plan });
    await expect(
      staff.enrollments.refer({ clientId: created.clientId, programId: setup.iop.program.id, plannedStartOn: addDays(today, 1) }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("overlap") });
  });
});

describe("enrollments.changeLevel", () => {
  it("is for clinicians: the front desk gets FORBIDDEN, a client NOT_FOUND", async () => {
    const created = await activeClient();
    const input = {
      enrollmentId: created.enrollmentId,
      to: "outpatient" as const,
      effectiveOn: today,
      reason: "Stable for three weeks",
      placement: { programId: setup.outpatient.program.id, scheduleOptionId: setup.outpatient.option.id },
    };
    await expect((await api(setup.frontDesk)).enrollments.changeLevel(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await api(setup.someone)).enrollments.changeLevel(input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await levelRows(created.enrollmentId)).toHaveLength(1);
  });

  it("steps down to outpatient: appends the history with the deciding clinician and moves the band", async () => {
    const created = await activeClient();
    const staff = await api(setup.clinician);
    const result = await staff.enrollments.changeLevel({
      enrollmentId: created.enrollmentId,
      to: "outpatient",
      effectiveOn: today,
      reason: "Stable for three weeks",
      placement: { programId: setup.outpatient.program.id, scheduleOptionId: setup.outpatient.option.id },
    });
    expect(result).toMatchObject({ direction: "step_down", level: "outpatient", status: "active" });
    expect((await levelRows(created.enrollmentId)).map((row) => [row.fromLevel, row.toLevel, row.decidedByStaffId])).toEqual([
      [null, "iop", setup.clinician.member.id],
      ["iop", "outpatient", setup.clinician.member.id],
    ]);
    expect(await enrollmentRow(created.enrollmentId)).toMatchObject({ level: "outpatient", programId: setup.outpatient.program.id });

    const detail = await staff.clients.detail({ clientId: created.clientId });
    expect(detail.compliance?.band).toEqual({ min: 45, max: 180 });
    expect(detail.levelTimeline.map((change) => [change.toLevel, change.programName, change.decidedBy])).toEqual([
      ["iop", "Adult IOP", "Marcus Bell"],
      ["outpatient", "Outpatient Continuing Care", "Marcus Bell"],
    ]);
    expect(detail.inCare?.nextReviewDue).toBeNull();
    expect(await auditsOf("enrollments.changeLevel", (await levelRows(created.enrollmentId))[1]!.id)).toHaveLength(1);
  });

  it("refuses a placement whose schedule breaks the new program's band, writing nothing", async () => {
    const created = await activeClient();
    await expect(
      (await api(setup.clinician)).enrollments.changeLevel({
        enrollmentId: created.enrollmentId,
        to: "outpatient",
        effectiveOn: today,
        reason: "Stable",
        placement: { programId: setup.iop.program.id, scheduleOptionId: setup.iop.option.id },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("This program is IOP, not OP") });
    expect(await levelRows(created.enrollmentId)).toHaveLength(1);
  });

  it("discharges with the plan when the client leaves the center, and needs the plan", async () => {
    const created = await activeClient();
    const staff = await api(setup.clinician);
    const exit = { enrollmentId: created.enrollmentId, to: "outside_outpatient" as const, effectiveOn: addDays(today, 1), reason: "Moving away" };
    await expect(staff.enrollments.changeLevel(exit)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Leaving the center needs a continuing-care plan."),
    });
    await staff.enrollments.changeLevel({ ...exit, dischargePlan: plan });
    expect(await enrollmentRow(created.enrollmentId)).toMatchObject({
      status: "discharged",
      endsOn: addDays(today, 1),
      dischargeReason: "stepped_down_to_outside_care",
      dischargePlan: plan,
    });
    expect((await staff.clients.detail({ clientId: created.clientId })).isAlumnus).toBe(true);
  });
});

describe("enrollments.hold, resume and discharge", () => {
  it("holds and resumes with status rows, and refuses resuming an active enrollment", async () => {
    const created = await activeClient();
    const staff = await api(setup.clinician);
    await staff.enrollments.hold({ enrollmentId: created.enrollmentId, reason: "Family emergency", effectiveOn: today });
    expect((await enrollmentRow(created.enrollmentId)).status).toBe("on_hold");
    await staff.enrollments.resume({ enrollmentId: created.enrollmentId, reason: "Back from travel", effectiveOn: addDays(today, 7) });
    await expect(
      staff.enrollments.resume({ enrollmentId: created.enrollmentId, reason: "Again", effectiveOn: addDays(today, 8) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("cannot become active") });
    const rows = await statusRows(created.enrollmentId);
    expect(rows.slice(-2).map((row) => [row.toStatus, row.reason, row.recordedByStaffId])).toEqual([
      ["on_hold", "Family emergency", setup.clinician.member.id],
      ["active", "Back from travel", setup.clinician.member.id],
    ]);
    expect(await auditsOf("enrollments.hold", created.enrollmentId)).toHaveLength(1);
    expect(await auditsOf("enrollments.resume", created.enrollmentId)).toHaveLength(1);
    await expect(
      (await api(setup.frontDesk)).enrollments.hold({ enrollmentId: created.enrollmentId, reason: "x", effectiveOn: today }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a hold dated before the current level began or the last resume, and a resume dated before its hold, writing nothing", async () => {
    const { enrollment } = await setup.f.enrolledClient(setup.iop, setup.clinician, { startsOn: addDays(today, -30), firstName: "Dated" });
    const staff = await api(setup.clinician);
    await staff.enrollments.changeLevel({
      enrollmentId: enrollment.id,
      to: "outpatient",
      effectiveOn: addDays(today, -5),
      reason: "Stable for three weeks",
      placement: { programId: setup.outpatient.program.id, scheduleOptionId: setup.outpatient.option.id },
    });
    await expect(
      staff.enrollments.hold({ enrollmentId: enrollment.id, reason: "Surgery", effectiveOn: addDays(today, -6) }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(
        `The hold cannot start (${addDays(today, -6)}) before the current level of care began (${addDays(today, -5)}).`,
      ),
    });
    expect(await auditsOf("enrollments.hold", enrollment.id)).toEqual([]);
    await staff.enrollments.hold({ enrollmentId: enrollment.id, reason: "Surgery", effectiveOn: addDays(today, -2) });

    await expect(
      staff.enrollments.resume({ enrollmentId: enrollment.id, reason: "Recovered", effectiveOn: addDays(today, -3) }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(
        `The resume (${addDays(today, -3)}) cannot be dated before the hold it ends began (${addDays(today, -2)}).`,
      ),
    });
    expect((await enrollmentRow(enrollment.id)).status).toBe("on_hold");
    expect((await statusRows(enrollment.id)).map((row) => row.toStatus)).toEqual(["on_hold"]);
    expect(await auditsOf("enrollments.resume", enrollment.id)).toEqual([]);

    // The hold's own day is the earliest a resume can take.
    await staff.enrollments.resume({ enrollmentId: enrollment.id, reason: "Recovered", effectiveOn: addDays(today, -2) });
    expect((await statusRows(enrollment.id)).map((row) => [row.toStatus, row.effectiveOn])).toEqual([
      ["on_hold", addDays(today, -2)],
      ["active", addDays(today, -2)],
    ]);

    // A new hold cannot reach back before that resume: those days were in care again.
    await expect(
      staff.enrollments.hold({ enrollmentId: enrollment.id, reason: "Flu", effectiveOn: addDays(today, -3) }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(
        `The date (${addDays(today, -3)}) cannot be before the enrollment's latest change of status: it has been active since ${addDays(today, -2)}.`,
      ),
    });
    expect((await statusRows(enrollment.id)).map((row) => row.toStatus)).toEqual(["on_hold", "active"]);
  });

  it("reads two status changes written in one transaction by their dates: the hold is the latest, and nothing is dated before it", async () => {
    // As the seed writes them: the activation and a later hold in one transaction, so one recorded time.
    const { client, enrollment } = await setup.f.enrolledClient(setup.iop, setup.clinician, { startsOn: addDays(today, -30), firstName: "Seeded" });
    await testDb.db.transaction(async (tx) => {
      await tx.insert(enrollmentStatusChanges).values({ enrollmentId: enrollment.id, fromStatus: "intake_scheduled", toStatus: "active", effectiveOn: addDays(today, -30) });
      await tx.insert(enrollmentStatusChanges).values({ enrollmentId: enrollment.id, fromStatus: "active", toStatus: "on_hold", effectiveOn: addDays(today, -10) });
      await tx.update(enrollments).set({ status: "on_hold" }).where(eq(enrollments.id, enrollment.id));
    });
    const written = await statusRows(enrollment.id);
    expect(written[0]!.recordedAt.getTime()).toBe(written[1]!.recordedAt.getTime());

    const staff = await api(setup.clinician);
    await expect(
      staff.enrollments.resume({ enrollmentId: enrollment.id, reason: "Recovered", effectiveOn: addDays(today, -15) }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(`The resume (${addDays(today, -15)}) cannot be dated before the hold it ends began (${addDays(today, -10)}).`),
    });
    await expect(
      staff.enrollments.discharge({ enrollmentId: enrollment.id, reason: "completed", lastDayOn: addDays(today, -15), plan }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(
        `A last day of ${addDays(today, -15)} would end the enrollment on ${addDays(today, -14)}, before its latest change of status: it has been on hold since ${addDays(today, -10)}.`,
      ),
    });
    await expect(
      staff.enrollments.changeLevel({ enrollmentId: enrollment.id, to: "outside_outpatient", effectiveOn: addDays(today, -15), reason: "Moving away", dischargePlan: plan }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(
        `The date (${addDays(today, -15)}) cannot be before the enrollment's latest change of status: it has been on hold since ${addDays(today, -10)}.`,
      ),
    });
    expect(await enrollmentRow(enrollment.id)).toMatchObject({ status: "on_hold", endsOn: null });
    expect(await statusRows(enrollment.id)).toHaveLength(2);
    for (const action of ["enrollments.resume", "enrollments.discharge", "enrollments.changeLevel"]) {
      expect(await auditsOf(action, enrollment.id)).toEqual([]);
    }

    // The history reads the same order: the client was on hold from that day.
    const detail = await staff.clients.detail({ clientId: client.id });
    expect(detail.statusHistory.map((row) => row.toStatus)).toEqual(["active", "on_hold"]);
    await staff.enrollments.resume({ enrollmentId: enrollment.id, reason: "Recovered", effectiveOn: addDays(today, -10) });
    expect((await enrollmentRow(enrollment.id)).status).toBe("active");
  });

  it("discharges no earlier than the day the latest hold began, and on that day at the earliest", async () => {
    const created = await activeClient();
    const staff = await api(setup.clinician);
    await staff.enrollments.hold({ enrollmentId: created.enrollmentId, reason: "Surgery", effectiveOn: addDays(today, 3) });
    await expect(
      staff.enrollments.discharge({ enrollmentId: created.enrollmentId, reason: "completed", lastDayOn: addDays(today, 1), plan }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining(`The last day can be ${addDays(today, 2)} or later.`) });
    expect((await enrollmentRow(created.enrollmentId)).status).toBe("on_hold");
    await staff.enrollments.discharge({ enrollmentId: created.enrollmentId, reason: "completed", lastDayOn: addDays(today, 2), plan });
    expect(await enrollmentRow(created.enrollmentId)).toMatchObject({ status: "discharged", endsOn: addDays(today, 3) });
  });

  it("stores the discharge plan, ends the day after the last day, and makes the client an alumnus", async () => {
    const created = await activeClient();
    const staff = await api(setup.clinician);
    await staff.enrollments.discharge({ enrollmentId: created.enrollmentId, reason: "completed", lastDayOn: addDays(today, 2), plan });
    expect(await enrollmentRow(created.enrollmentId)).toMatchObject({
      status: "discharged",
      endsOn: addDays(today, 3),
      dischargeReason: "completed",
      dischargePlan: plan,
    });
    const detail = await staff.clients.detail({ clientId: created.clientId });
    expect(detail.isAlumnus).toBe(true);
    expect(detail.openEnrollment).toBeNull();
    expect(detail.statusHistory.at(-1)).toMatchObject({ toStatus: "discharged", toStanding: "discharged", recordedBy: "Marcus Bell" });
    expect(detail.enrollments[0]).toMatchObject({ standing: "discharged", referralClosure: null });
    expect(await auditsOf("enrollments.discharge", created.enrollmentId)).toHaveLength(1);
  });

  it("refuses a plan that does not parse, writing nothing", async () => {
    const created = await activeClient();
    const broken = { ...plan, crisisPlan: { ...plan.crisisPlan, warningSigns: [] } };
    await expect(
      (await api(setup.clinician)).enrollments.discharge({ enrollmentId: created.enrollmentId, reason: "completed", lastDayOn: today, plan: broken }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await enrollmentRow(created.enrollmentId)).status).toBe("active");
  });
});

describe("enrollments.recertify", () => {
  it("records a recertification at the current level, and the next review falls due from it", async () => {
    const created = await activeClient();
    const result = await (await api(setup.clinician)).enrollments.recertify({ enrollmentId: created.enrollmentId, certifiedOn: today });
    expect(result.nextReviewDue).toBe(addDays(today, 60));
    const rows = await testDb.db.select().from(recertifications).where(eq(recertifications.enrollmentId, created.enrollmentId));
    expect(rows).toEqual([expect.objectContaining({ level: "iop", certifiedOn: today, certifiedByStaffId: setup.clinician.member.id })]);
    const detail = await (await api(setup.clinician)).clients.detail({ clientId: created.clientId });
    expect(detail.inCare?.nextReviewDue).toBe(addDays(today, 60));
  });

  it("refuses a date ahead of today and the front desk", async () => {
    const created = await activeClient();
    await expect(
      (await api(setup.clinician)).enrollments.recertify({ enrollmentId: created.enrollmentId, certifiedOn: addDays(today, 1) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("after today") });
    await expect(
      (await api(setup.frontDesk)).enrollments.recertify({ enrollmentId: created.enrollmentId, certifiedOn: today }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("enrollments.closeReferral", () => {
  it("closes a referral with no plan: discharged, ended the day after today, the reason on the status change, audited", async () => {
    const created = await referredClient();
    const staff = await api(setup.clinician);
    const result = await staff.enrollments.closeReferral({ enrollmentId: created.enrollmentId, reason: "could_not_be_reached", note: "Three calls, one letter" });
    expect(result).toEqual({ enrollmentId: created.enrollmentId, status: "discharged", endsOn: addDays(today, 1) });
    expect(await enrollmentRow(created.enrollmentId)).toMatchObject({
      status: "discharged",
      startsOn: today,
      endsOn: addDays(today, 1),
      dischargeReason: "administrative",
      dischargePlan: null,
      referralClosedOn: today,
    });
    expect((await statusRows(created.enrollmentId)).at(-1)).toMatchObject({
      fromStatus: "referred",
      toStatus: "discharged",
      effectiveOn: today,
      reason: "Referral closed: could not be reached. Three calls, one letter",
      recordedByStaffId: setup.clinician.member.id,
    });
    const [audit] = await auditsOf("enrollments.closeReferral", created.enrollmentId);
    expect(audit).toMatchObject({ outcome: "allowed", subjectClientIds: [created.clientId], detail: { from: "referred", reason: "could_not_be_reached", endsOn: addDays(today, 1) } });
    const detail = await staff.clients.detail({ clientId: created.clientId });
    expect(detail.isAlumnus).toBe(false);
    expect(detail.openEnrollment).toBeNull();
    // The timeline reads it as a closed referral with its reason, not an administrative discharge.
    expect(detail.enrollments).toEqual([
      expect.objectContaining({
        id: created.enrollmentId,
        standing: "referral_closed",
        referralClosure: { closedOn: today, reason: "Referral closed: could not be reached. Three calls, one letter" },
      }),
    ]);
    expect(detail.statusHistory.at(-1)).toMatchObject({ toStatus: "discharged", toStanding: "referral_closed" });
  });

  it("closes a booked intake planned weeks ahead, ending the day after the planned start", async () => {
    const created = await referredClient();
    const staff = await api(setup.director);
    await testDb.db.update(enrollments).set({ startsOn: addDays(today, 21) }).where(eq(enrollments.id, created.enrollmentId));
    await staff.enrollments.scheduleIntake({ enrollmentId: created.enrollmentId, intakeOn: addDays(today, 14) });
    await staff.enrollments.closeReferral({ enrollmentId: created.enrollmentId, reason: "did_not_attend_intake" });
    expect(await enrollmentRow(created.enrollmentId)).toMatchObject({ status: "discharged", endsOn: addDays(today, 22) });
    expect((await statusRows(created.enrollmentId)).at(-1)).toMatchObject({ fromStatus: "intake_scheduled", reason: "Referral closed: did not attend intake." });
  });

  it("refuses an enrollment that started (it is discharged instead) and one already closed, writing nothing", async () => {
    const active = await activeClient();
    const staff = await api(setup.clinician);
    await expect(staff.enrollments.closeReferral({ enrollmentId: active.enrollmentId, reason: "chose_another_provider" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The referral can't be closed.\nThe enrollment is active; it has started, so it ends with a discharge and a continuing-care plan.",
    });
    expect(await enrollmentRow(active.enrollmentId)).toMatchObject({ status: "active", endsOn: null });
    expect(await auditsOf("enrollments.closeReferral", active.enrollmentId)).toEqual([]);

    const closed = await referredClient();
    await staff.enrollments.closeReferral({ enrollmentId: closed.enrollmentId, reason: "not_a_fit_for_level_of_care" });
    await expect(staff.enrollments.closeReferral({ enrollmentId: closed.enrollmentId, reason: "not_a_fit_for_level_of_care" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("An enrollment that is discharged cannot become discharged."),
    });
    expect(await statusRows(closed.enrollmentId)).toHaveLength(2);
  });

  it("refuses a reason off the list and a note too long", async () => {
    const created = await referredClient();
    const staff = await api(setup.clinician);
    await expect(
      staff.enrollments.closeReferral({ enrollmentId: created.enrollmentId, reason: "completed" as "could_not_be_reached" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      staff.enrollments.closeReferral({ enrollmentId: created.enrollmentId, reason: "could_not_be_reached", note: "x".repeat(2001) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await enrollmentRow(created.enrollmentId)).status).toBe("referred");
  });

  it("is for enrollment.write: the front desk gets FORBIDDEN, a client NOT_FOUND, a missing enrollment NOT_FOUND with a denied row", async () => {
    const created = await referredClient();
    const input = { enrollmentId: created.enrollmentId, reason: "chose_another_provider" as const };
    await expect((await api(setup.frontDesk)).enrollments.closeReferral(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await api(setup.someone)).enrollments.closeReferral(input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await enrollmentRow(created.enrollmentId)).status).toBe("referred");
    const missing = "6f1d7a3e-0000-4000-8000-00000000c105";
    await expect((await api(setup.director)).enrollments.closeReferral({ ...input, enrollmentId: missing })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await auditsOf("enrollments.closeReferral", missing)).map((row) => row.outcome)).toEqual(["denied"]);
  });

  it("frees the closed referral's dates: the client is referred again the same day, and before a future planned start", async () => {
    const created = await referredClient();
    const staff = await api(setup.clinician);
    await staff.enrollments.closeReferral({ enrollmentId: created.enrollmentId, reason: "could_not_be_reached" });
    expect((await enrollmentRow(created.enrollmentId)).referralClosedOn).toBe(today);
    // The refer form's default start is today, the day the referral closed.
    const again = await staff.enrollments.refer({ clientId: created.clientId, programId: setup.iop.program.id, plannedStartOn: today });
    expect(again.status).toBe("referred");

    const booked = await referredClient();
    await testDb.db.update(enrollments).set({ startsOn: addDays(today, 21) }).where(eq(enrollments.id, booked.enrollmentId));
    await staff.enrollments.closeReferral({ enrollmentId: booked.enrollmentId, reason: "chose_another_provider" });
    const sooner = await staff.enrollments.refer({ clientId: booked.clientId, programId: setup.iop.program.id, plannedStartOn: addDays(today, 7) });
    expect(sooner.status).toBe("referred");
    // Only the closed referral is freed: the new one keeps its dates.
    expect((await enrollmentRow(sooner.enrollmentId)).referralClosedOn).toBeNull();
  });
});

describe("the lifecycle refuses what the client page does not offer", () => {
  it("does not discharge a referral (it is closed instead) nor activate an enrollment on hold", async () => {
    const referral = await referredClient();
    const staff = await api(setup.clinician);
    await expect(
      staff.enrollments.discharge({ enrollmentId: referral.enrollmentId, reason: "completed", lastDayOn: today, plan }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("never started; close the referral instead") });
    expect((await enrollmentRow(referral.enrollmentId)).status).toBe("referred");

    const held = await activeClient();
    await staff.enrollments.hold({ enrollmentId: held.enrollmentId, reason: "Surgery", effectiveOn: today });
    await expect(
      staff.enrollments.activate({ enrollmentId: held.enrollmentId, programId: setup.iop.program.id, scheduleOptionId: setup.iop.option.id, startsOn: today }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("resume it instead") });
    expect(await levelRows(held.enrollmentId)).toHaveLength(1);
  });
});

describe("enrollments.refer for a client or program that does not exist", () => {
  it("answers NOT_FOUND with a denied audit row naming what was missing", async () => {
    const staff = await api(setup.clinician);
    const missingClient = "6f1d7a3e-0000-4000-8000-00000000c106";
    await expect(staff.enrollments.refer({ clientId: missingClient, programId: setup.iop.program.id, plannedStartOn: today })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const clientRows = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "enrollments.refer"), eq(auditEvents.resourceId, missingClient)));
    expect(clientRows.map((row) => [row.outcome, row.resourceType])).toEqual([["denied", "client"]]);

    const created = await referredClient();
    await staff.enrollments.closeReferral({ enrollmentId: created.enrollmentId, reason: "could_not_be_reached" });
    const missingProgram = "6f1d7a3e-0000-4000-8000-00000000c107";
    await expect(
      staff.enrollments.refer({ clientId: created.clientId, programId: missingProgram, plannedStartOn: addDays(today, 2) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const programRows = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "enrollments.refer"), eq(auditEvents.resourceId, missingProgram)));
    // The client exists, so the refusal is on their record; a missing client has no record to name.
    expect(programRows.map((row) => [row.outcome, row.resourceType, row.subjectClientIds])).toEqual([["denied", "program", [created.clientId]]]);
    expect(clientRows.map((row) => row.subjectClientIds)).toEqual([[]]);
    expect((await testDb.db.select().from(enrollments).where(eq(enrollments.clientId, created.clientId))).length).toBe(1);
  });
});
