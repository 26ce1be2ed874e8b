import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type PlanContent, type ComplianceFlag, addDays, instantToZonedDate } from "@stepwise/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTimeZone } from "../../test-support/fixtures";
import { portalTestData } from "../../test-support/portal-fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

const contentFor = (staffMemberId: string): PlanContent => ({
  problems: [{ key: "mood", clientWords: "I feel low.", clinicianWords: "Depressed mood." }],
  goals: [{ key: "better", clientWords: "Feel better." }],
  objectives: [{ key: "attend", goalKey: "better", description: "Come to groups.", targetOn: "2099-01-01", measure: { kind: "weekly_hours", atLeastHours: 9, weeksRunning: 2 } }],
  interventions: [{ key: "skills", sessionKind: "skills_group", timesPerWeek: 3, responsibleStaffId: staffMemberId }],
});

async function arrange(db: TestDatabase["db"]) {
  const t = portalTestData(db);
  const today = instantToZonedDate(new Date(), fixtureTimeZone);
  const clinician = await t.staff("clinician");
  const frontDesk = await t.staff("front_desk");
  const setting = await t.iopProgram();
  const startsOn = addDays(today, -10);
  const unsigned = await t.enrolledClient(setting, clinician, { startsOn, firstName: "Unsigned" });
  const toSign = await t.enrolledClient(setting, clinician, { startsOn, firstName: "ToSign" });
  const stepUp = await t.enrolledClient(setting, clinician, { startsOn, firstName: "StepUp" });
  const authorized = await t.enrolledClient(setting, clinician, { startsOn, firstName: "Authorized" });
  const api = createStaffCaller({ db, caller: await clinician.caller() });
  const staffMemberId = clinician.member.id;

  await api.plans.write({ enrollmentId: unsigned.enrollment.id, reason: "initial", content: contentFor(staffMemberId) });
  const written = await api.plans.write({ enrollmentId: toSign.enrollment.id, reason: "initial", content: contentFor(staffMemberId) });
  await api.plans.sign({ clientId: toSign.client.id, versionId: written.versionId });
  const ratings = { risk_of_harm: 3, functional_status: 4, co_morbidity: 3, recovery_environment_stress: 3, recovery_environment_support: 3, treatment_history: 3, engagement: 3 };
  await api.levelOfCare.assess({ clientId: stepUp.client.id, ratings });
  await api.authorizations.record({ enrollmentId: authorized.enrollment.id, payer: "Bay State Health Plan", number: "PA-1", unitsApproved: 20, startsOn, endsOn: addDays(today, 3) });
  // Two days attended, one of them twice: two units used at IOP; a day before the period and an absence use none.
  const attend = async (date: string, status: "present" | "absent", minutes: number) =>
    t.attended((await t.groupSession(setting, date)).id, authorized.client.id, status, minutes);
  await attend(addDays(today, -9), "present", 180);
  await attend(addDays(today, -9), "present", 60);
  await attend(addDays(today, -8), "present", 180);
  await attend(addDays(today, -7), "absent", 0);
  await attend(addDays(today, -12), "present", 180);
  return { clinician, frontDesk, unsigned, toSign, stepUp, authorized };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const flagsOf = async (who: typeof setup.clinician, clientId: string): Promise<ComplianceFlag[]> => {
  const rows = (await createStaffCaller({ db: testDb.db, caller: await who.caller() }).roster.list()).rows;
  return rows.find((row) => row.clientId === clientId)!.flags;
};

describe("the compliance board's plan flags", () => {
  it("asks the care team to sign a plan they wrote, then the client", async () => {
    expect(await flagsOf(setup.clinician, setup.unsigned.client.id)).toContainEqual({ kind: "plan_awaiting_signature", by: "staff" });
    expect(await flagsOf(setup.clinician, setup.toSign.client.id)).toContainEqual({ kind: "plan_awaiting_signature", by: "client" });
  });

  it("suggests a level review when the latest assessment recommends another level", async () => {
    expect(await flagsOf(setup.clinician, setup.stepUp.client.id)).toContainEqual({ kind: "level_review_suggested", recommended: "php" });
  });

  it("flags an authorization ending within the notice period", async () => {
    const flag = (await flagsOf(setup.clinician, setup.authorized.client.id)).find((candidate) => candidate.kind === "authorization_ending");
    expect(flag).toEqual({ kind: "authorization_ending", endsOn: expect.any(String), daysLeft: 3, unitsUsed: 2, unitsApproved: 20, unitsRemaining: 18 });
  });

  it("shows the front desk none of them", async () => {
    for (const who of [setup.unsigned, setup.toSign, setup.stepUp, setup.authorized]) {
      const kinds = (await flagsOf(setup.frontDesk, who.client.id)).map((flag) => flag.kind);
      expect(kinds.filter((kind) => ["plan_awaiting_signature", "plan_review_due", "level_review_suggested", "authorization_ending"].includes(kind))).toEqual([]);
    }
  });
});

describe("the record's plan review date", () => {
  it("shows when the plan is next reviewed beside the next recertification, and none before a plan is written", async () => {
    const api = createStaffCaller({ db: testDb.db, caller: await setup.clinician.caller() });
    const planned = (await api.clients.detail({ clientId: setup.toSign.client.id })).inCare!;
    // IOP reviews a plan every 30 days from the day it was written; the first recertification is 60 days in.
    expect(planned.planReviewDue).toBe(addDays(instantToZonedDate(new Date(), fixtureTimeZone), 30));
    expect(planned.planReviewDue! <= planned.nextReviewDue!).toBe(true);
    expect((await api.clients.detail({ clientId: setup.authorized.client.id })).inCare!.planReviewDue).toBeNull();
  });
});
