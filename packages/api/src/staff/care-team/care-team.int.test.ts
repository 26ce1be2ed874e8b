import { auditEvents, careTeamMembers, enrollments, users } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, instantToZonedDate } from "@stepwise/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPortalCaller } from "../../portal/index";
import { sampleDischargePlan } from "../../test-support/portal-fixtures";
import { fixturePassword, fixtures, fixtureTimeZone } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;
const today = instantToZonedDate(new Date(), fixtureTimeZone);

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const clinician = await f.staff("clinician", "Dana Reyes");
  const director = await f.staff("program_director", "Priya Raman");
  const frontDesk = await f.staff("front_desk", "Lee Front");
  const administrator = await f.staff("administrator", "Ada Admin");
  const departed = await f.staff("clinician", "Former Clinician");
  await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, departed.user.id));
  const iop = await f.iopProgram();
  const someone = await f.enrolledClient(iop, clinician, { startsOn: addDays(today, -14) });
  const other = await f.enrolledClient(iop, clinician, { startsOn: addDays(today, -14) });
  return { f, clinician, director, frontDesk, administrator, departed, iop, someone, other };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

type Who = { caller: () => ReturnType<typeof setup.clinician.caller> };
const api = async (who: Who) => createStaffCaller({ db: testDb.db, caller: await who.caller() });

const teamOf = (enrollmentId: string) => testDb.db.select().from(careTeamMembers).where(eq(careTeamMembers.enrollmentId, enrollmentId));
const auditsOf = (action: string, resourceId: string) =>
  testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.resourceId, resourceId)));

describe("staff careTeam.options", () => {
  it("offers clinicians and program directors whose accounts work, never the front desk or administrators", async () => {
    const options = await (await api(setup.clinician)).careTeam.options();
    const ids = options.map((option) => option.staffMemberId);
    expect(options).toContainEqual({ staffMemberId: setup.clinician.member.id, name: "Dana Reyes", credentials: "LCSW", role: "clinician" });
    expect(ids).toContain(setup.director.member.id);
    expect(ids).not.toContain(setup.frontDesk.member.id);
    expect(ids).not.toContain(setup.administrator.member.id);
    expect(ids).not.toContain(setup.departed.member.id);
  });

  it("is for roles with enrollment.write: the front desk gets FORBIDDEN, a client NOT_FOUND", async () => {
    expect(await (await api(setup.director)).careTeam.options()).not.toEqual([]);
    await expect((await api(setup.frontDesk)).careTeam.options()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await api(setup.someone)).careTeam.options()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("staff careTeam.add and careTeam.remove", () => {
  it("adds a member with an audit row about the client, shows them on the client page and the portal plan, and removes them", async () => {
    const enrollmentId = setup.someone.enrollment.id;
    const staff = await api(setup.director);
    const added = await staff.careTeam.add({ enrollmentId, staffMemberId: setup.director.member.id, responsibility: " Psychiatric  prescriber " });
    const [row] = (await teamOf(enrollmentId)).filter((member) => member.id === added.careTeamMemberId);
    expect(row).toMatchObject({ staffMemberId: setup.director.member.id, responsibility: "Psychiatric prescriber" });
    const [addAudit] = await auditsOf("careTeam.add", added.careTeamMemberId);
    expect(addAudit).toMatchObject({ outcome: "allowed", subjectClientIds: [setup.someone.client.id], resourceType: "care_team_member" });

    const detail = await staff.clients.detail({ clientId: setup.someone.client.id });
    expect(detail.careTeam).toContainEqual({
      id: added.careTeamMemberId,
      staffMemberId: setup.director.member.id,
      name: "Priya Raman",
      credentials: "LCSW",
      role: "program_director",
      responsibility: "Psychiatric prescriber",
    });
    const plan = await createPortalCaller({ db: testDb.db, caller: await setup.someone.caller() }).plan.mine();
    expect(plan.careTeam).toContainEqual({ name: "Priya Raman", credentials: "LCSW", responsibility: "Psychiatric prescriber" });

    await (await api(setup.clinician)).careTeam.remove({ enrollmentId, careTeamMemberId: added.careTeamMemberId });
    expect((await teamOf(enrollmentId)).map((member) => member.id)).not.toContain(added.careTeamMemberId);
    const [removeAudit] = await auditsOf("careTeam.remove", added.careTeamMemberId);
    expect(removeAudit).toMatchObject({ outcome: "allowed", subjectClientIds: [setup.someone.client.id] });
    expect(removeAudit?.detail).toEqual({ staffMemberId: setup.director.member.id, responsibility: "Psychiatric prescriber" });
  });

  it("refuses the same person twice in the same responsibility, in plain words, adding nothing", async () => {
    const enrollmentId = setup.someone.enrollment.id;
    const before = await teamOf(enrollmentId);
    await expect(
      (await api(setup.clinician)).careTeam.add({ enrollmentId, staffMemberId: setup.clinician.member.id, responsibility: "primary therapist" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Dana Reyes can't be added to the care team.\nThis staff member is already on the care team as Primary therapist.",
    });
    expect(await teamOf(enrollmentId)).toEqual(before);
  });

  it("refuses front desk staff and disabled accounts, adding nothing", async () => {
    const enrollmentId = setup.other.enrollment.id;
    const before = await teamOf(enrollmentId);
    const staff = await api(setup.clinician);
    await expect(staff.careTeam.add({ enrollmentId, staffMemberId: setup.frontDesk.member.id, responsibility: "Case manager" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("only clinicians and program directors can be on a care team"),
    });
    await expect(staff.careTeam.add({ enrollmentId, staffMemberId: setup.departed.member.id, responsibility: "Nurse" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("account is disabled"),
    });
    expect(await teamOf(enrollmentId)).toEqual(before);
  });

  it("keeps a discharged enrollment's team as history: no additions, no removals", async () => {
    const f = setup.f;
    const leaving = await f.enrolledClient(setup.iop, setup.clinician, { startsOn: addDays(today, -20) });
    const enrollmentId = leaving.enrollment.id;
    const staff = await api(setup.clinician);
    await staff.enrollments.discharge({ enrollmentId, reason: "completed", lastDayOn: today, plan: sampleDischargePlan });
    const [member] = await teamOf(enrollmentId);
    await expect(staff.careTeam.add({ enrollmentId, staffMemberId: setup.director.member.id, responsibility: "Nurse" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("its care team is kept as history"),
    });
    await expect(staff.careTeam.remove({ enrollmentId, careTeamMemberId: member!.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("its care team is kept as history"),
    });
    expect(await teamOf(enrollmentId)).toEqual([member]);
    expect(await auditsOf("careTeam.remove", member!.id)).toEqual([]);
  });

  it("answers missing and mismatched ids NOT_FOUND", async () => {
    const staff = await api(setup.clinician);
    const missing = "00000000-0000-4000-8000-000000000000";
    const [othersMember] = await teamOf(setup.other.enrollment.id);
    await expect(
      staff.careTeam.add({ enrollmentId: missing, staffMemberId: setup.director.member.id, responsibility: "Nurse" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      staff.careTeam.add({ enrollmentId: setup.other.enrollment.id, staffMemberId: missing, responsibility: "Nurse" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Another enrollment's member cannot be removed through this one.
    await expect(
      staff.careTeam.remove({ enrollmentId: setup.someone.enrollment.id, careTeamMemberId: othersMember!.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await teamOf(setup.other.enrollment.id)).toContainEqual(othersMember);
    // Refused inside the change, the attempt is still audited as denied, about the enrollment's client.
    expect(
      (await auditsOf("careTeam.remove", setup.someone.enrollment.id)).map((row) => [row.outcome, row.resourceType, row.subjectClientIds]),
    ).toEqual([["denied", "enrollment", [setup.someone.client.id]]]);
    const [denied] = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "careTeam.add"), eq(auditEvents.resourceId, missing), eq(auditEvents.outcome, "denied")));
    expect(denied).toMatchObject({ actorUserId: setup.clinician.user.id, resourceType: "enrollment", subjectClientIds: [] });
  });

  it("is closed to the front desk (FORBIDDEN) and to clients (NOT_FOUND), changing nothing", async () => {
    const enrollmentId = setup.other.enrollment.id;
    const before = await teamOf(enrollmentId);
    const add = { enrollmentId, staffMemberId: setup.director.member.id, responsibility: "Nurse" };
    const remove = { enrollmentId, careTeamMemberId: before[0]!.id };
    await expect((await api(setup.frontDesk)).careTeam.add(add)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await api(setup.frontDesk)).careTeam.remove(remove)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await api(setup.other)).careTeam.add(add)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect((await api(setup.someone)).careTeam.remove(remove)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await teamOf(enrollmentId)).toEqual(before);
  });

  it("refuses responsibilities that are empty or too long, naming the field", async () => {
    const staff = await api(setup.clinician);
    const enrollmentId = setup.other.enrollment.id;
    await expect(
      staff.careTeam.add({ enrollmentId, staffMemberId: setup.director.member.id, responsibility: "x".repeat(81) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await teamOf(enrollmentId)).map((member) => member.staffMemberId)).not.toContain(setup.director.member.id);
  });
});

describe("staff enrollments.activate with a primary therapist", () => {
  let counter = 0;
  /** A new client with a portal account whose password is set, with the intake scheduled. */
  async function clientAwaitingActivation() {
    const email = `care-team-${process.pid}-${++counter}@example.test`;
    const staff = await api(setup.clinician);
    const created = await staff.clients.create({
      firstName: `Morgan${counter}`,
      lastName: "Ellis",
      dateOfBirth: "1992-02-02",
      programId: setup.iop.program.id,
      plannedStartOn: today,
      email,
    });
    await createPortalCaller({ db: testDb.db, caller: null }).account.setPassword({
      token: created.setupLink!.path.replace("/welcome/", ""),
      password: fixturePassword,
    });
    await staff.enrollments.scheduleIntake({ enrollmentId: created.enrollmentId, intakeOn: today });
    return { ...created, caller: () => setup.f.callerFor(email, "portal") };
  }
  const activation = (enrollmentId: string) => ({
    enrollmentId,
    programId: setup.iop.program.id,
    scheduleOptionId: setup.iop.option.id,
    startsOn: today,
  });

  it("puts the therapist on the care team in the same step, and the client sees them on their plan", async () => {
    const morgan = await clientAwaitingActivation();
    const before = await createPortalCaller({ db: testDb.db, caller: await morgan.caller() }).plan.mine();
    expect(before.careTeam).toEqual([]);

    await (await api(setup.director)).enrollments.activate({
      ...activation(morgan.enrollmentId),
      primaryTherapistStaffId: setup.clinician.member.id,
    });
    const [member] = await teamOf(morgan.enrollmentId);
    expect(member).toMatchObject({ staffMemberId: setup.clinician.member.id, responsibility: "Primary therapist" });
    // The activation's one row names the care-team member it added.
    const [audit] = await auditsOf("enrollments.activate", morgan.enrollmentId);
    expect(audit).toMatchObject({ outcome: "allowed", subjectClientIds: [morgan.clientId], resourceType: "enrollment", detail: { careTeamMemberId: member!.id } });

    const plan = await createPortalCaller({ db: testDb.db, caller: await morgan.caller() }).plan.mine();
    expect(plan.careTeam).toEqual([{ name: "Dana Reyes", credentials: "LCSW", responsibility: "Primary therapist" }]);
  });

  it("refuses front desk staff as primary therapist and leaves the enrollment as it was", async () => {
    const morgan = await clientAwaitingActivation();
    await expect(
      (await api(setup.clinician)).enrollments.activate({ ...activation(morgan.enrollmentId), primaryTherapistStaffId: setup.frontDesk.member.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Lee Front can't be added to the care team.") });
    const [enrollment] = await testDb.db.select().from(enrollments).where(eq(enrollments.id, morgan.enrollmentId));
    expect(enrollment?.status).toBe("intake_scheduled");
    expect(await teamOf(morgan.enrollmentId)).toEqual([]);
    expect(await auditsOf("enrollments.activate", morgan.enrollmentId)).toEqual([]);
  });

  it("activates without a care team when no therapist is named", async () => {
    const morgan = await clientAwaitingActivation();
    await (await api(setup.clinician)).enrollments.activate(activation(morgan.enrollmentId));
    expect(await teamOf(morgan.enrollmentId)).toEqual([]);
  });
});
