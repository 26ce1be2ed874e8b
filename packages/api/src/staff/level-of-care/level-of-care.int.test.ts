import { auditEvents, levelOfCareAssessments, levelOfCareDecisions, programs } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type LevelOfCarePolicy, type LocRatings, addDays, defaultLevelOfCarePolicy, locDimensions, phq9 } from "@stepwise/domain";
import type { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../../core/errors";
import { createStaffCaller } from "../index";
import { familyFixtures } from "../../test-support/family-fixtures";
import { databaseErrorOf } from "../../test-support/treatment-plan-fixtures";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

const ratingsOf = (each: number, changes: Partial<LocRatings> = {}): LocRatings =>
  ({ ...Object.fromEntries(locDimensions.map((dimension) => [dimension, each])), ...changes }) as LocRatings;
const withItem9 = (score: number) => Object.fromEntries(phq9.items.map((item, index) => [item.id, index === 8 ? score : 0]));

async function arrange(db: TestDatabase["db"]) {
  const f = familyFixtures(db);
  const clinician = await f.staff("clinician", "Casey Clinician");
  const frontDesk = await f.staff("front_desk", "Frankie Desk");
  const iop = await f.iopProgram();
  const alex = await f.enrolledClient(iop, clinician, { startsOn: addDays(f.today, -14), firstName: "Alex" });
  const blair = await f.enrolledClient(iop, clinician, { startsOn: addDays(f.today, -14), firstName: "Blair" });
  const referred = await f.referredClient(iop, clinician, { plannedStartOn: addDays(f.today, 7) });
  const api = async (member: typeof clinician) => createStaffCaller({ db, caller: await member.caller() });
  return { f, today: f.today, clinician, frontDesk, iop, alex, blair, referred, clinicianApi: await api(clinician), frontDeskApi: await api(frontDesk) };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
}, 60_000);
afterAll(() => testDb.drop());

const kept: { inpatient?: string; outpatient?: string } = {};

async function errorOf(attempt: Promise<unknown>): Promise<TRPCError> {
  return attempt.then(
    () => {
      throw new Error("expected the call to be refused");
    },
    (error: TRPCError) => error,
  );
}

describe("staff levelOfCare", () => {
  it("recommends a referral to inpatient care for risk of harm at 5, whatever the total, saying why", async () => {
    const assessed = await setup.clinicianApi.levelOfCare.assess({ clientId: setup.alex.client.id, ratings: ratingsOf(1, { risk_of_harm: 5 }), note: "Said she has a plan" });
    kept.inpatient = assessed.assessmentId;
    expect(assessed).toMatchObject({ recommended: "inpatient_referral", composite: 11, differsFromCurrent: true });
    expect(assessed.reasons).toContainEqual(expect.objectContaining({ rule: "dimension_override", dimension: "risk_of_harm", rating: 5, effect: "sets", level: "inpatient_referral" }));
    const [row] = await testDb.db.select().from(levelOfCareAssessments).where(eq(levelOfCareAssessments.id, assessed.assessmentId));
    expect(row).toMatchObject({ clientId: setup.alex.client.id, enrollmentId: setup.alex.enrollment.id, currentLevel: "iop", recommended: "inpatient_referral", composite: 11, note: "Said she has a plan", assessedByStaffId: setup.clinician.member.id });
  });

  it("recommends outpatient care for all ratings at 1 with no alert open", async () => {
    const assessed = await setup.clinicianApi.levelOfCare.assess({ clientId: setup.alex.client.id, ratings: ratingsOf(1) });
    kept.outpatient = assessed.assessmentId;
    expect(assessed).toMatchObject({ recommended: "outpatient", composite: 7, differsFromCurrent: true });
    expect(assessed.reasons.map((reason) => reason.rule)).not.toContain("open_safety_alert");
    const [row] = await testDb.db.select().from(levelOfCareAssessments).where(eq(levelOfCareAssessments.id, assessed.assessmentId));
    expect(row!.note).toBeNull();
  });

  it("never steps a client with an open safety alert below their current level", async () => {
    const { alertId } = await setup.clinicianApi.measures.record({ clientId: setup.blair.client.id, instrument: "phq9", occasion: "scheduled", dueOn: setup.today, answers: withItem9(1) });
    expect(alertId).not.toBeNull();
    const assessed = await setup.clinicianApi.levelOfCare.assess({ clientId: setup.blair.client.id, ratings: ratingsOf(1) });
    expect(assessed).toMatchObject({ recommended: "iop", composite: 7, differsFromCurrent: false });
    expect(assessed.reasons).toContainEqual(expect.objectContaining({ rule: "open_safety_alert", effect: "no_step_down", level: "iop" }));
    expect(assessed.reasons[0]).toMatchObject({ rule: "composite_band", level: "outpatient" });
  });

  it("keeps each assessment's reasons, newest first, in staff words", async () => {
    const assessments = await setup.clinicianApi.levelOfCare.assessments({ clientId: setup.alex.client.id });
    expect(assessments.map((assessment) => assessment.id)).toEqual([kept.outpatient, kept.inpatient]);
    const inpatient = assessments[1]!;
    expect(inpatient).toMatchObject({ recommended: "inpatient_referral", currentLevel: "iop", differsFromCurrent: true, note: "Said she has a plan", assessedBy: "Casey Clinician", decision: null });
    const override = inpatient.reasons.find((reason) => reason.rule === "dimension_override")!;
    expect(override.words).toMatch(/^Risk of harm rated 5: .* whatever the total\.$/);
    for (const reason of inpatient.reasons) expect(reason.words.length).toBeGreaterThan(10);
    // Blair's alert is no part of Alex's record.
    expect(assessments.flatMap((assessment) => assessment.reasons.map((reason) => reason.rule))).not.toContain("open_safety_alert");
  });

  it("answers a confirmation with the level change to prefill, and refuses deciding twice", async () => {
    const decided = await setup.clinicianApi.levelOfCare.decide({ clientId: setup.alex.client.id, assessmentId: kept.outpatient!, decision: "confirm", reason: "Stable for three weeks" });
    expect(decided).toEqual({ decision: "confirm", levelChange: { enrollmentId: setup.alex.enrollment.id, to: "outpatient" } });
    const again = await errorOf(setup.clinicianApi.levelOfCare.decide({ clientId: setup.alex.client.id, assessmentId: kept.outpatient!, decision: "decline", reason: "Changed my mind" }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message.length).toBeGreaterThan(10);
    const decisions = await testDb.db.select().from(levelOfCareDecisions).where(eq(levelOfCareDecisions.assessmentId, kept.outpatient!));
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ decision: "confirm", reason: "Stable for three weeks", decidedByStaffId: setup.clinician.member.id });
    const [view] = await setup.clinicianApi.levelOfCare.assessments({ clientId: setup.alex.client.id });
    expect(view!.decision).toMatchObject({ decision: "confirm", reason: "Stable for three weeks", decidedBy: "Casey Clinician" });
  });

  it("needs a reason to decline, and answers a decline with no level change", async () => {
    const empty = await errorOf(setup.clinicianApi.levelOfCare.decide({ clientId: setup.alex.client.id, assessmentId: kept.inpatient!, decision: "decline", reason: "   " }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(empty)).toMatchObject({ reason: ["Say why."] });
    expect(await testDb.db.select().from(levelOfCareDecisions).where(eq(levelOfCareDecisions.assessmentId, kept.inpatient!))).toEqual([]);
    const declined = await setup.clinicianApi.levelOfCare.decide({
      clientId: setup.alex.client.id,
      assessmentId: kept.inpatient!,
      decision: "decline",
      reason: "Safety plan in place; seen daily in PHP instead",
    });
    expect(declined).toEqual({ decision: "decline", levelChange: null });
  });

  it("answers another client's assessment exactly like an unknown one", async () => {
    const asBlair = await errorOf(setup.clinicianApi.levelOfCare.decide({ clientId: setup.blair.client.id, assessmentId: kept.outpatient!, decision: "confirm", reason: "Fine" }));
    const unknown = await errorOf(setup.clinicianApi.levelOfCare.decide({ clientId: setup.blair.client.id, assessmentId: crypto.randomUUID(), decision: "confirm", reason: "Fine" }));
    expect(asBlair.code).toBe("NOT_FOUND");
    expect({ code: asBlair.code, message: asBlair.message }).toEqual({ code: unknown.code, message: unknown.message });
  });

  it("refuses assessing a client who isn't in care, in words", async () => {
    await expect(setup.clinicianApi.levelOfCare.assess({ clientId: setup.referred.client.id, ratings: ratingsOf(2) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A level-of-care review is for a client in care. This client isn't in care now.",
    });
    expect(await testDb.db.select().from(levelOfCareAssessments).where(eq(levelOfCareAssessments.clientId, setup.referred.client.id))).toEqual([]);
  });

  it("reads the program's own documented thresholds when it has set them", async () => {
    const strict = {
      ...defaultLevelOfCarePolicy,
      compositeBands: [
        { min: 7, max: 9, level: "outpatient" },
        { min: 10, max: 13, level: "iop" },
        { min: 14, max: 27, level: "php" },
        { min: 28, max: 35, level: "inpatient_referral" },
      ],
    } satisfies LevelOfCarePolicy;
    const ratings = ratingsOf(2);
    expect((await setup.clinicianApi.levelOfCare.assess({ clientId: setup.blair.client.id, ratings })).recommended).toBe("iop");
    await testDb.owner.db.update(programs).set({ levelOfCarePolicy: strict }).where(eq(programs.id, setup.iop.program.id));
    try {
      const assessed = await setup.clinicianApi.levelOfCare.assess({ clientId: setup.blair.client.id, ratings });
      expect(assessed.recommended).toBe("php");
      expect(assessed.reasons[0]).toMatchObject({ rule: "composite_band", band: { min: 14, max: 27 } });
    } finally {
      await testDb.owner.db.update(programs).set({ levelOfCarePolicy: null }).where(eq(programs.id, setup.iop.program.id));
    }
  });

  it("refuses an inpatient discharge dated after today, beside the field", async () => {
    const refused = await errorOf(setup.clinicianApi.levelOfCare.assess({ clientId: setup.blair.client.id, ratings: ratingsOf(2), inpatientDischargeOn: addDays(setup.today, 2) }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(refused)).toEqual({ inpatientDischargeOn: ["Choose today or an earlier day."] });
  });

  it("refuses a rating off the scale, naming the dimension", async () => {
    const error = await errorOf(setup.clinicianApi.levelOfCare.assess({ clientId: setup.alex.client.id, ratings: ratingsOf(1, { engagement: 6 }) }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(error)).toMatchObject({ ratings: expect.arrayContaining(["Rate engagement from 1 to 5."]) });
  });

  it("refuses the front desk every levelOfCare procedure by its role", async () => {
    const api = setup.frontDeskApi.levelOfCare;
    const clientId = setup.alex.client.id;
    await expect(api.assessments({ clientId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.assess({ clientId, ratings: ratingsOf(1) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.decide({ clientId, assessmentId: kept.inpatient!, decision: "confirm", reason: "Fine" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.db.select().from(levelOfCareAssessments).where(eq(levelOfCareAssessments.clientId, clientId))).toHaveLength(2);
  });

  it("lets the app's own connection neither change nor remove an assessment or a decision", async () => {
    for (const statement of [
      sql`update level_of_care_assessments set recommended = 'iop' where id = ${kept.inpatient!}`,
      sql`delete from level_of_care_assessments where id = ${kept.inpatient!}`,
      sql`update level_of_care_decisions set reason = 'rewritten' where assessment_id = ${kept.outpatient!}`,
    ]) {
      const error = await testDb.db.execute(statement).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(databaseErrorOf(error)).toMatch(/permission denied|history/i);
    }
    const [row] = await testDb.db.select().from(levelOfCareAssessments).where(eq(levelOfCareAssessments.id, kept.inpatient!));
    expect(row!.recommended).toBe("inpatient_referral");
  });

  it("audits assessing, reading and deciding, naming the client", async () => {
    const rows = await testDb.db
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(sql`${setup.alex.client.id} = any(${auditEvents.subjectClientIds}) and ${auditEvents.outcome} = 'allowed'`);
    const actions = new Set(rows.map((row) => row.action));
    for (const action of ["levelOfCare.assess", "levelOfCare.assessments", "levelOfCare.decide"]) expect(actions).toContain(action);
    expect(rows.filter((row) => row.action === "levelOfCare.decide").map((row) => row.detail)).toContainEqual({ decision: "confirm", recommended: "outpatient" });
  });
});
