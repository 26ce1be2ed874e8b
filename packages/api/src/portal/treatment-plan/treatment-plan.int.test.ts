import { auditEvents, treatmentPlanSharedGoals, treatmentPlanSignatures } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import type { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffCaller } from "../../staff/index";
import { familyFixtures } from "../../test-support/family-fixtures";
import { planWords, samplePlanContent } from "../../test-support/treatment-plan-fixtures";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = familyFixtures(db);
  const clinician = await f.staff("clinician", "Casey Clinician");
  const iop = await f.iopProgram();
  const alex = await f.clientInTreatment(iop, clinician, "Alex");
  const blair = await f.clientInTreatment(iop, clinician, "Blair");
  // Jordan may read Alex's plan summary; Sam only Alex's schedule.
  const jordan = await f.familyMemberOf(alex.client, { name: "Jordan Partner" });
  await f.consent(alex.client, jordan.member, { scopes: ["plan_summary"] });
  const sam = await f.familyMemberOf(alex.client, { name: "Sam Sibling" });
  await f.consent(alex.client, sam.member, { scopes: ["schedule"] });
  const clinicianApi = createStaffCaller({ db, caller: await clinician.caller() });
  return { f, today: f.today, clinician, iop, alex, blair, jordanApi: await jordan.api(), samApi: await sam.api(), clinicianApi };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
}, 60_000);
afterAll(() => testDb.drop());

const kept: { v1?: string; v2?: string } = {};
const alexsName = () => `${setup.alex.client.firstName} ${setup.alex.client.lastName}`;

async function errorOf(attempt: Promise<unknown>): Promise<TRPCError> {
  return attempt.then(
    () => {
      throw new Error("expected the call to be refused");
    },
    (error: TRPCError) => error,
  );
}

describe("portal treatmentPlan", () => {
  it("shows the client no plan while the care team hasn't signed it", async () => {
    const empty = await setup.alex.api.treatmentPlan.mine();
    expect(empty.plan).toBeNull();
    const written = await setup.clinicianApi.plans.write({ enrollmentId: setup.alex.enrollment.id, reason: "initial", content: samplePlanContent(setup.clinician.member.id, setup.today) });
    kept.v1 = written.versionId;
    const unsigned = await setup.alex.api.treatmentPlan.mine();
    expect(unsigned.plan).toBeNull();
    expect(unsigned.signatureNames[0]).toBe(alexsName());
    expect(await setup.alex.api.treatmentPlan.status()).toEqual({ awaitsSignature: false, signatureNames: unsigned.signatureNames });
  });

  it("shows the signed version, with each objective's progress and who is responsible, for the client to sign", async () => {
    await setup.clinicianApi.plans.sign({ clientId: setup.alex.client.id, versionId: kept.v1! });
    expect((await setup.alex.api.treatmentPlan.status()).awaitsSignature).toBe(true);
    const { plan } = await setup.alex.api.treatmentPlan.mine();
    expect(plan).toMatchObject({ versionId: kept.v1, version: 1, state: "awaiting_client_signature", beingUpdated: false, careTeamSignedBy: "Casey Clinician", yourSignature: null });
    expect(plan!.problems).toEqual([{ key: "low-mood", clientWords: planWords.problemClient, clinicianWords: planWords.problemClinician }]);
    expect(plan!.goals.map((goal) => [goal.key, goal.sharedWithFamily])).toEqual([
      ["back-to-work", false],
      ["sleep", false],
    ]);
    expect(plan!.objectives.map((objective) => [objective.key, objective.progress.state])).toEqual([
      ["phq9-under", "not_yet"],
      ["weekly-hours", "not_yet"],
      ["relapse-plan", "not_yet"],
    ]);
    expect(plan!.objectives[0]!.progress.words).toBe("Not yet. There's no PHQ-9 check-in since this plan started yet.");
    expect(plan!.interventions).toEqual([{ key: "cbt-group", sessionKind: "skills_group", timesPerWeek: 3, responsible: "Casey Clinician" }]);
    // Staff-only detail stays with staff.
    expect(JSON.stringify(plan)).not.toContain(setup.clinician.member.id);

    await setup.alex.api.treatmentPlan.sign({ versionId: kept.v1!, signedName: alexsName(), agrees: true });
    const signed = (await setup.alex.api.treatmentPlan.mine()).plan!;
    expect(signed).toMatchObject({ state: "signed", yourSignature: { signedName: alexsName(), agrees: true, comment: null } });
  });

  it("keeps showing the signed version, marked as being updated, while a newer one is written", async () => {
    const v2 = await setup.clinicianApi.plans.write({
      enrollmentId: setup.alex.enrollment.id,
      reason: "review",
      content: samplePlanContent(setup.clinician.member.id, setup.today, { extraGoal: true }),
      changeSummary: "Thirty-day review",
    });
    kept.v2 = v2.versionId;
    const updating = (await setup.alex.api.treatmentPlan.mine()).plan!;
    expect(updating).toMatchObject({ versionId: kept.v1, beingUpdated: true, state: "superseded" });
    expect(updating.goals.map((goal) => goal.key)).toEqual(["back-to-work", "sleep"]);
    // Not theirs to sign until the care team signs it.
    await expect(setup.alex.api.treatmentPlan.sign({ versionId: kept.v2, signedName: alexsName(), agrees: true })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await setup.clinicianApi.plans.sign({ clientId: setup.alex.client.id, versionId: kept.v2 });
    const current = (await setup.alex.api.treatmentPlan.mine()).plan!;
    expect(current).toMatchObject({ versionId: kept.v2, version: 2, beingUpdated: false, state: "awaiting_client_signature", yourSignature: null });
    expect(current.goals.map((goal) => goal.key)).toEqual(["back-to-work", "sleep", "walk"]);
  });

  it("shares a goal and stops sharing it, and answers an unknown goal as not found", async () => {
    const shareGoal = setup.alex.api.treatmentPlan.shareGoal;
    const sharedRows = () => testDb.db.select().from(treatmentPlanSharedGoals).where(eq(treatmentPlanSharedGoals.clientId, setup.alex.client.id));
    expect(await shareGoal({ goalKey: "back-to-work", shared: true })).toEqual({ shared: true });
    expect(await shareGoal({ goalKey: "walk", shared: true })).toEqual({ shared: true });
    expect((await sharedRows()).map((row) => row.goalKey).sort()).toEqual(["back-to-work", "walk"]);
    expect(await shareGoal({ goalKey: "walk", shared: false })).toEqual({ shared: false });
    expect((await sharedRows()).map((row) => row.goalKey)).toEqual(["back-to-work"]);
    const goals = (await setup.alex.api.treatmentPlan.mine()).plan!.goals;
    expect(goals.map((goal) => [goal.key, goal.sharedWithFamily])).toEqual([
      ["back-to-work", true],
      ["sleep", false],
      ["walk", false],
    ]);
    await expect(shareGoal({ goalKey: "no-such-goal", shared: true })).rejects.toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that." });
    expect(await sharedRows()).toHaveLength(1);
  });

  it("shows family with the plan summary only the shared goals in the client's words", async () => {
    const { enrollment } = await setup.jordanApi.sharedWithMe.plan({ clientId: setup.alex.client.id });
    expect(enrollment!.goals).toEqual([{ key: "back-to-work", clientWords: planWords.goalShared }]);
    const text = JSON.stringify(enrollment);
    for (const words of [planWords.problemClient, planWords.problemClinician, planWords.goalPrivate, planWords.objectiveScore, planWords.objectiveHours, planWords.objectiveMarked]) {
      expect(text).not.toContain(words);
    }
    for (const detail of ["low-mood", "phq9-under", "relapse-plan", "cbt-group", "skills_group", "Casey Clinician", "Thirty-day review"]) expect(text).not.toContain(detail);
  });

  it("refuses a family member whose consent leaves out the plan summary, as a record that isn't there", async () => {
    const refused = await errorOf(setup.samApi.sharedWithMe.plan({ clientId: setup.alex.client.id }));
    expect({ code: refused.code, message: refused.message }).toEqual({ code: "NOT_FOUND", message: "We couldn't find that." });
    // Their schedule scope still works: the refusal is the plan's alone.
    await expect(setup.samApi.sharedWithMe.schedule({ clientId: setup.alex.client.id })).resolves.toBeDefined();
  });

  it("lets another client neither read nor sign nor share from it", async () => {
    const theirs = await setup.blair.api.treatmentPlan.mine();
    expect(theirs.plan).toBeNull();
    expect(JSON.stringify(theirs)).not.toContain(setup.alex.client.id);
    const asBlair = await errorOf(setup.blair.api.treatmentPlan.sign({ versionId: kept.v2!, signedName: `${setup.blair.client.firstName} Fixture`, agrees: true }));
    const unknown = await errorOf(setup.blair.api.treatmentPlan.sign({ versionId: crypto.randomUUID(), signedName: `${setup.blair.client.firstName} Fixture`, agrees: true }));
    expect(asBlair.code).toBe("NOT_FOUND");
    expect({ code: asBlair.code, message: asBlair.message }).toEqual({ code: unknown.code, message: unknown.message });
    await expect(setup.blair.api.treatmentPlan.shareGoal({ goalKey: "back-to-work", shared: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb.db.select().from(treatmentPlanSignatures).where(eq(treatmentPlanSignatures.clientId, setup.blair.client.id))).toEqual([]);
    expect(await testDb.db.select().from(treatmentPlanSharedGoals).where(eq(treatmentPlanSharedGoals.clientId, setup.blair.client.id))).toEqual([]);
    // And family of Alex reach nothing of Blair's.
    await expect(setup.jordanApi.sharedWithMe.plan({ clientId: setup.blair.client.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  // Family read the goals of the newest version the client signed: a draft's words, or a change
  // the client hasn't signed yet, never reach family before the client has read them.
  it("shows family the shared goals of the version the client signed, not of a draft", async () => {
    const draft = samplePlanContent(setup.clinician.member.id, setup.today, { extraGoal: true });
    draft.goals[0] = { key: "back-to-work", clientWords: "DRAFT: back to work full time by March" };
    await setup.clinicianApi.plans.write({ enrollmentId: setup.alex.enrollment.id, reason: "revision", content: draft, changeSummary: "Drafting a firmer goal" });
    expect((await setup.alex.api.treatmentPlan.mine()).plan!.goals[0]!.clientWords).toBe(planWords.goalShared);
    const { enrollment } = await setup.jordanApi.sharedWithMe.plan({ clientId: setup.alex.client.id });
    expect(enrollment!.goals).toEqual([{ key: "back-to-work", clientWords: planWords.goalShared }]);
  });

  it("keeps family on the words the client signed until the client signs the change", async () => {
    const { plan: before } = await setup.alex.api.treatmentPlan.mine();
    const draftId = (await setup.clinicianApi.plans.ofClient({ clientId: setup.alex.client.id })).plan!.current.id;
    await setup.clinicianApi.plans.sign({ clientId: setup.alex.client.id, versionId: draftId });
    const { plan } = await setup.alex.api.treatmentPlan.mine();
    expect(plan).toMatchObject({ versionId: draftId, state: "awaiting_client_signature" });
    expect(plan!.goals[0]!.clientWords).toBe("DRAFT: back to work full time by March");
    const shown = async () => (await setup.jordanApi.sharedWithMe.plan({ clientId: setup.alex.client.id })).enrollment!.goals;
    expect(await shown()).toEqual([{ key: "back-to-work", clientWords: planWords.goalShared }]);
    await setup.alex.api.treatmentPlan.sign({ versionId: draftId, signedName: alexsName(), agrees: true });
    expect(await shown()).toEqual([{ key: "back-to-work", clientWords: "DRAFT: back to work full time by March" }]);
    expect(before!.versionId).not.toBe(draftId);
  });

  it("audits the client's reads, signature and sharing, naming them", async () => {
    const rows = await testDb.db
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(sql`${setup.alex.client.id} = any(${auditEvents.subjectClientIds}) and ${auditEvents.outcome} = 'allowed' and ${auditEvents.actorUserId} = ${setup.alex.user.id}`);
    const actions = new Set(rows.map((row) => row.action));
    for (const action of ["treatmentPlan.mine", "treatmentPlan.sign", "treatmentPlan.shareGoal"]) expect(actions).toContain(action);
    expect(rows.filter((row) => row.action === "treatmentPlan.shareGoal").map((row) => row.detail)).toContainEqual({ goalKey: "walk", shared: false });
  });
});
