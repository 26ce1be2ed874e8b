import { auditEvents, treatmentPlanSignatures, treatmentPlanVersions } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays } from "@stepwise/domain";
import type { TRPCError } from "@trpc/server";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../../core/errors";
import { createStaffCaller } from "../index";
import { familyFixtures } from "../../test-support/family-fixtures";
import { databaseErrorOf, phq9AnswersTotalling, samplePlanContent } from "../../test-support/treatment-plan-fixtures";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = familyFixtures(db);
  const clinician = await f.staff("clinician", "Casey Clinician");
  const frontDesk = await f.staff("front_desk", "Frankie Desk");
  const iop = await f.iopProgram();
  // Admitted two weeks ago: this week's PHQ-9 is due today.
  const alex = await f.clientInTreatment(iop, clinician, "Alex");
  const blair = await f.clientInTreatment(iop, clinician, "Blair");
  const api = async (member: typeof clinician) => createStaffCaller({ db, caller: await member.caller() });
  return { f, today: f.today, clinician, frontDesk, iop, alex, blair, clinicianApi: await api(clinician), frontDeskApi: await api(frontDesk) };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
}, 60_000);
afterAll(() => testDb.drop());

const content = () => samplePlanContent(setup.clinician.member.id, setup.today);
const alexsName = () => `${setup.alex.client.firstName} ${setup.alex.client.lastName}`;
/** What was kept: v1, then v2 of Alex's plan. */
const kept: { v1?: string; v2?: string } = {};

const versionRow = async (id: string) => (await testDb.db.select().from(treatmentPlanVersions).where(eq(treatmentPlanVersions.id, id)))[0];
const signaturesOf = (versionId: string) =>
  testDb.db.select().from(treatmentPlanSignatures).where(eq(treatmentPlanSignatures.versionId, versionId)).orderBy(asc(treatmentPlanSignatures.signer));

async function errorOf(attempt: Promise<unknown>): Promise<TRPCError> {
  return attempt.then(
    () => {
      throw new Error("expected the call to be refused");
    },
    (error: TRPCError) => error,
  );
}

describe("staff plans", () => {
  it("writes a first plan, with one objective of each kind, and refuses a second first plan as a conflict", async () => {
    const written = await setup.clinicianApi.plans.write({ enrollmentId: setup.alex.enrollment.id, reason: "initial", content: content() });
    expect(written.version).toBe(1);
    kept.v1 = written.versionId;
    const row = await versionRow(written.versionId);
    expect(row).toMatchObject({ clientId: setup.alex.client.id, enrollmentId: setup.alex.enrollment.id, version: 1, reason: "initial", supersedesId: null, writtenByStaffId: setup.clinician.member.id });
    expect(row!.content.objectives.map((objective) => objective.measure.kind)).toEqual(["score_below", "weekly_hours", "clinician_marked"]);

    const again = await errorOf(setup.clinicianApi.plans.write({ enrollmentId: setup.alex.enrollment.id, reason: "initial", content: content() }));
    expect(again).toMatchObject({ code: "CONFLICT", message: "This client already has a plan: write a change or a review of it." });
    expect(await testDb.db.select().from(treatmentPlanVersions).where(eq(treatmentPlanVersions.clientId, setup.alex.client.id))).toHaveLength(1);

    const { plan } = await setup.clinicianApi.plans.ofClient({ clientId: setup.alex.client.id });
    expect(plan!.current).toMatchObject({ id: kept.v1, version: 1, state: "awaiting_staff_signature" });
    expect(plan!.current.interventions[0]!.responsible).toBe("Casey Clinician");
    expect(plan!.history).toEqual([]);
  });

  it("lets the client sign only once staff have signed (answering as not found before), and checks the typed name and a disagreement's comment", async () => {
    const sign = (input: { signedName: string; agrees: boolean; comment?: string }) => setup.alex.api.treatmentPlan.sign({ versionId: kept.v1!, ...input });
    const early = await errorOf(sign({ signedName: alexsName(), agrees: true }));
    const unknown = await errorOf(setup.alex.api.treatmentPlan.sign({ versionId: crypto.randomUUID(), signedName: alexsName(), agrees: true }));
    expect(early.code).toBe("NOT_FOUND");
    expect({ code: early.code, message: early.message }).toEqual({ code: unknown.code, message: unknown.message });
    expect(await signaturesOf(kept.v1!)).toEqual([]);

    const staffSigned = await setup.clinicianApi.plans.sign({ clientId: setup.alex.client.id, versionId: kept.v1! });
    expect(staffSigned.signedAt).toBeInstanceOf(Date);

    const wrongName = await errorOf(sign({ signedName: "Somebody Else", agrees: true }));
    expect(wrongName.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldErrorsOf(wrongName) ?? {})).toContain("signedName");

    const noComment = await errorOf(sign({ signedName: alexsName(), agrees: false }));
    expect(noComment.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(noComment)).toMatchObject({ comment: ["Tell your care team what you disagree with."] });
    expect((await signaturesOf(kept.v1!)).map((signature) => signature.signer)).toEqual(["staff"]);

    await sign({ signedName: alexsName(), agrees: false, comment: "I don't want three groups a week" });
    const signatures = await signaturesOf(kept.v1!);
    expect(signatures.map((signature) => signature.signer)).toEqual(["client", "staff"]);
    expect(signatures[0]).toMatchObject({ signedName: alexsName(), agrees: false, comment: "I don't want three groups a week", signedByUserId: setup.alex.user.id });
    expect(signatures[1]).toMatchObject({ signedByUserId: setup.clinician.user.id, signedName: null, agrees: null });

    // Once per side.
    await expect(sign({ signedName: alexsName(), agrees: true })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setup.clinicianApi.plans.sign({ clientId: setup.alex.client.id, versionId: kept.v1! })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await signaturesOf(kept.v1!)).toHaveLength(2);

    const { plan } = await setup.clinicianApi.plans.ofClient({ clientId: setup.alex.client.id });
    expect(plan!.current.state).toBe("signed");
    expect(plan!.current.signatures.client).toMatchObject({ comment: "I don't want three groups a week", agrees: false });
  });

  it("refuses a revision that doesn't say what changed, in words, and writes v2 over v1, leaving v1 and its signatures as they were", async () => {
    const before = { row: await versionRow(kept.v1!), signatures: await signaturesOf(kept.v1!) };
    const unexplained = await errorOf(setup.clinicianApi.plans.write({ enrollmentId: setup.alex.enrollment.id, reason: "revision", content: content() }));
    expect(unexplained.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(unexplained)).toMatchObject({ changeSummary: ["Say what changed in this version."] });

    const v2 = await setup.clinicianApi.plans.write({
      enrollmentId: setup.alex.enrollment.id,
      reason: "revision",
      content: samplePlanContent(setup.clinician.member.id, setup.today, { extraGoal: true }),
      changeSummary: "Added a goal about walking, as Alex asked",
    });
    expect(v2.version).toBe(2);
    kept.v2 = v2.versionId;
    expect(await versionRow(v2.versionId)).toMatchObject({ supersedesId: kept.v1, reason: "revision", changeSummary: "Added a goal about walking, as Alex asked" });
    expect(await versionRow(kept.v1!)).toEqual(before.row);
    expect(await signaturesOf(kept.v1!)).toEqual(before.signatures);

    const { plan } = await setup.clinicianApi.plans.ofClient({ clientId: setup.alex.client.id });
    expect(plan!.current).toMatchObject({ id: kept.v2, version: 2, state: "awaiting_staff_signature" });
    expect(plan!.history.map((version) => [version.id, version.state])).toEqual([[kept.v1, "superseded"]]);
    expect(plan!.history[0]!.signatures.client).toMatchObject({ comment: "I don't want three groups a week" });
  });

  it("refuses signing a superseded version as a conflict, for staff and the client", async () => {
    const superseded = { code: "CONFLICT", message: "This version has been replaced by a newer one. Open the plan again to see it." };
    await expect(setup.clinicianApi.plans.sign({ clientId: setup.alex.client.id, versionId: kept.v1! })).rejects.toMatchObject(superseded);
    await expect(setup.alex.api.treatmentPlan.sign({ versionId: kept.v1!, signedName: alexsName(), agrees: true })).rejects.toMatchObject(superseded);
    expect(await signaturesOf(kept.v1!)).toHaveLength(2);
  });

  it("lets the app's own connection neither change nor remove a plan version or a signature", async () => {
    const attempts = [
      sql`update treatment_plan_versions set change_summary = 'rewritten' where id = ${kept.v1!}`,
      sql`delete from treatment_plan_versions where id = ${kept.v2!}`,
      sql`update treatment_plan_signatures set comment = 'I agree after all' where version_id = ${kept.v1!}`,
      sql`delete from treatment_plan_signatures where version_id = ${kept.v1!}`,
    ];
    for (const statement of attempts) {
      const error = await testDb.db.execute(statement).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, String(statement.queryChunks)).not.toBeNull();
      expect(databaseErrorOf(error)).toMatch(/permission denied|history/i);
    }
    expect((await versionRow(kept.v1!))!.changeSummary).toBeNull();
    expect(await versionRow(kept.v2!)).toBeDefined();
    expect(await signaturesOf(kept.v1!)).toHaveLength(2);
  });

  it("turns the PHQ-9 objective met once a new score is under the target", async () => {
    const objective = async (key: string) => {
      const { plan } = await setup.clinicianApi.plans.ofClient({ clientId: setup.alex.client.id });
      return plan!.current.objectives.find((candidate) => candidate.key === key)!;
    };
    expect((await objective("phq9-under")).progress.state).toBe("not_yet");
    await setup.clinicianApi.measures.record({
      clientId: setup.alex.client.id,
      instrument: "phq9",
      occasion: "scheduled",
      dueOn: setup.today,
      answers: phq9AnswersTotalling(4),
    });
    expect((await objective("phq9-under")).progress).toMatchObject({ state: "met", words: "Met. Your latest PHQ-9 was 4, under 10." });
    // No complete week since the plan started: the hours objective is not met by one score.
    expect((await objective("weekly-hours")).progress.state).not.toBe("met");
  });

  it("marks a clinician's objective met once, and refuses marking one the record measures", async () => {
    const mark = (objectiveKey: string) => setup.clinicianApi.plans.markObjectiveMet({ clientId: setup.alex.client.id, objectiveKey });
    await expect(mark("phq9-under")).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("measured from the record") });
    await expect(mark("weekly-hours")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(mark("no-such-objective")).rejects.toMatchObject({ code: "NOT_FOUND" });

    const first = await mark("relapse-plan");
    expect(first).toEqual({ metOn: setup.today, alreadyMarked: false });
    expect(await mark("relapse-plan")).toEqual({ metOn: setup.today, alreadyMarked: true });
    const { plan } = await setup.clinicianApi.plans.ofClient({ clientId: setup.alex.client.id });
    expect(plan!.current.objectives.find((objective) => objective.key === "relapse-plan")).toMatchObject({ markedMetOn: setup.today, progress: { state: "met" } });
  });

  it("answers another client's version id exactly like an unknown one", async () => {
    await setup.clinicianApi.plans.write({ enrollmentId: setup.blair.enrollment.id, reason: "initial", content: content() });
    const asBlair = await errorOf(setup.clinicianApi.plans.sign({ clientId: setup.blair.client.id, versionId: kept.v2! }));
    const unknown = await errorOf(setup.clinicianApi.plans.sign({ clientId: setup.blair.client.id, versionId: crypto.randomUUID() }));
    expect(asBlair.code).toBe("NOT_FOUND");
    expect({ code: asBlair.code, message: asBlair.message }).toEqual({ code: unknown.code, message: unknown.message });
    // Blair signing Alex's version from the portal: the same.
    await setup.clinicianApi.plans.sign({ clientId: setup.alex.client.id, versionId: kept.v2! });
    const blairSigns = await errorOf(setup.blair.api.treatmentPlan.sign({ versionId: kept.v2!, signedName: `${setup.blair.client.firstName} Fixture`, agrees: true }));
    expect({ code: blairSigns.code, message: blairSigns.message }).toEqual({ code: unknown.code, message: unknown.message });
    expect((await signaturesOf(kept.v2!)).map((signature) => signature.signer)).toEqual(["staff"]);
  });

  it("refuses a plan for a client no longer in care, and an intervention owned by someone outside the clinical staff", async () => {
    const outsider = await errorOf(
      setup.clinicianApi.plans.write({ enrollmentId: setup.blair.enrollment.id, reason: "review", content: samplePlanContent(setup.frontDesk.member.id, setup.today), changeSummary: "Reviewed" }),
    );
    expect(outsider).toMatchObject({ code: "BAD_REQUEST", message: "Choose who is responsible for each intervention from the clinical staff." });
    const referred = await setup.f.referredClient(setup.iop, setup.clinician, { plannedStartOn: addDays(setup.today, 7) });
    await expect(setup.clinicianApi.plans.write({ enrollmentId: referred.enrollment.id, reason: "initial", content: content() })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A plan is written for a client in care. This enrollment isn't in care.",
    });
    expect(await setup.clinicianApi.plans.ofClient({ clientId: referred.client.id })).toEqual({ enrollment: null, plan: null, staffOptions: [] });
  });

  it("refuses the front desk every plans procedure by its role", async () => {
    const api = setup.frontDeskApi.plans;
    const clientId = setup.alex.client.id;
    await expect(api.ofClient({ clientId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.write({ enrollmentId: setup.alex.enrollment.id, reason: "review", content: content(), changeSummary: "Reviewed" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.sign({ clientId, versionId: kept.v2! })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.markObjectiveMet({ clientId, objectiveKey: "relapse-plan" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.db.select().from(treatmentPlanVersions).where(eq(treatmentPlanVersions.clientId, clientId))).toHaveLength(2);
  });

  it("audits reading, writing, signing and marking, naming the client", async () => {
    const rows = await testDb.db
      .select({ action: auditEvents.action, outcome: auditEvents.outcome, clients: auditEvents.subjectClientIds })
      .from(auditEvents)
      .where(sql`${setup.alex.client.id} = any(${auditEvents.subjectClientIds})`);
    const allowed = new Set(rows.filter((row) => row.outcome === "allowed").map((row) => row.action));
    for (const action of ["plans.ofClient", "plans.write", "plans.sign", "plans.markObjectiveMet", "treatmentPlan.sign"]) expect(allowed).toContain(action);
    // A not-found once the client was found names them too: an objective that isn't in the plan. (Conflicts leave no denied row.)
    expect(rows.filter((row) => row.outcome === "denied").map((row) => row.action)).toContain("plans.markObjectiveMet");
    const [written] = await testDb.db.select().from(auditEvents).where(sql`${auditEvents.action} = 'plans.write' and ${auditEvents.resourceId} = ${kept.v2!}`);
    expect(written).toMatchObject({ outcome: "allowed", actorUserId: setup.clinician.user.id, subjectClientIds: [setup.alex.client.id], detail: { version: 2, reason: "revision" } });
    const frontDesk = await testDb.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(sql`${auditEvents.actorUserId} = ${setup.frontDesk.user.id} and ${auditEvents.outcome} = 'denied'`);
    expect(frontDesk.map((row) => row.action).sort()).toEqual(["plans.markObjectiveMet", "plans.ofClient", "plans.sign", "plans.write"]);
  });
});
