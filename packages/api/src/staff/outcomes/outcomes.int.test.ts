import { auditEvents } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, phq9 } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffCaller } from "../index";
import { countingDatabase } from "../../test-support/counting-database";
import { familyFixtures } from "../../test-support/family-fixtures";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

const totalOf = (total: number) => Object.fromEntries(phq9.items.map((item, index) => [item.id, Math.max(0, Math.min(3, total - 3 * index))]));

async function arrange(db: TestDatabase["db"]) {
  const f = familyFixtures(db);
  const clinician = await f.staff("clinician", "Casey Clinician");
  const frontDesk = await f.staff("front_desk");
  const iop = await f.iopProgram();
  const other = await f.iopProgram();
  const api = createStaffCaller({ db, caller: await clinician.caller() });
  // Admitted two weeks ago: PHQ-9 at intake 18, this week 8 (reliable improvement and response, no remission); last week's expired.
  const alex = await f.enrolledClient(iop, clinician, { startsOn: addDays(f.today, -14), firstName: "Alex" });
  const entry = (clientId: string, occasion: "intake" | "scheduled", dueOn: string, total: number) =>
    api.measures.record({ clientId, instrument: "phq9", occasion, dueOn, answers: totalOf(total) });
  await entry(alex.client.id, "intake", addDays(f.today, -14), 18);
  await entry(alex.client.id, "scheduled", f.today, 8);
  // Admitted a week ago, only a baseline: counted for completion, not for change.
  const blair = await f.enrolledClient(iop, clinician, { startsOn: addDays(f.today, -7), firstName: "Blair" });
  await entry(blair.client.id, "intake", addDays(f.today, -7), 12);
  // Another program's client, left out when one program is chosen.
  const casey = await f.enrolledClient(other, clinician, { startsOn: addDays(f.today, -14), firstName: "Casey" });
  await entry(casey.client.id, "intake", addDays(f.today, -14), 10);
  await entry(casey.client.id, "scheduled", f.today, 10);
  return { f, clinician, iop, other, api, frontDeskApi: createStaffCaller({ db, caller: await frontDesk.caller() }) };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

describe("staff outcomes.summary", () => {
  it("counts, per program and instrument, the clients with a baseline and a follow-up in the period, and check-in completion", async () => {
    const summary = await setup.api.outcomes.summary({ programId: setup.iop.program.id });
    expect(summary.period).toEqual({ from: addDays(setup.f.today, -89), to: setup.f.today });
    expect(summary.programs.map((program) => program.programId)).toEqual([setup.iop.program.id]);
    const phq = summary.programs[0]!.instruments.find((entry) => entry.instrument === "phq9")!;
    expect(phq.enrollmentsInCare).toBe(2);
    expect(phq.outcomes).toMatchObject({
      clientsWithBaselineAndFollowUp: 1,
      meanChange: -10,
      reliableImprovement: 100,
      reliableDeterioration: 0,
      remission: 0,
      responseRate: 100,
    });
    // Asked so far: Alex's intake, last week's and this week's; Blair's intake and this week's. Answered: three of five.
    expect(phq.checkIns).toEqual({ due: 5, answered: 3 });
    expect(phq.outcomes.completionRate).toBe(60);
  });

  it("reads every program without a choice, and counts nobody in a period before anyone's baseline", async () => {
    const all = await setup.api.outcomes.summary({});
    expect(all.programs.map((program) => program.programId).sort()).toEqual([setup.iop.program.id, setup.other.program.id].sort());
    const before = await setup.api.outcomes.summary({ from: addDays(setup.f.today, -40), to: addDays(setup.f.today, -20) });
    expect(before.programs).toEqual([]);
  });

  it("reads the summary in the same number of statements however many clients there are", async () => {
    const counting = countingDatabase(testDb.url);
    try {
      const caller = await setup.clinician.caller();
      const read = () => createStaffCaller({ db: counting.db, caller }).outcomes.summary({});
      const before = await counting.count(read);
      for (const firstName of ["Drew", "Emery", "Fin"]) {
        const { client } = await setup.f.enrolledClient(setup.iop, setup.clinician, { startsOn: addDays(setup.f.today, -14), firstName });
        await setup.api.measures.record({ clientId: client.id, instrument: "phq9", occasion: "intake", dueOn: addDays(setup.f.today, -14), answers: totalOf(15) });
        await setup.api.measures.record({ clientId: client.id, instrument: "phq9", occasion: "scheduled", dueOn: setup.f.today, answers: totalOf(9) });
      }
      const after = await counting.count(read);
      expect(after).toBe(before);
      expect(before).toBeLessThanOrEqual(6);
      const summary = await setup.api.outcomes.summary({ programId: setup.iop.program.id });
      expect(summary.programs[0]!.instruments.find((entry) => entry.instrument === "phq9")!.outcomes.clientsWithBaselineAndFollowUp).toBe(4);
    } finally {
      await counting.close();
    }
  });

  it("refuses the front desk, and writes no audit row naming a client: it is an aggregate", async () => {
    await expect(setup.frontDeskApi.outcomes.summary({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.db.select().from(auditEvents).where(eq(auditEvents.action, "outcomes.summary"))).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ outcome: "allowed" })]),
    );
  });
});
