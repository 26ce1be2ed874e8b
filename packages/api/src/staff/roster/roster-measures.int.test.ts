import { measureResponses } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, gad7, instantToZonedDate, phq9 } from "@stepwise/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTimeZone } from "../../test-support/fixtures";
import { portalTestData } from "../../test-support/portal-fixtures";
import { createPortalCaller } from "../../portal/index";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

const scoresOf = (instrument: typeof phq9 | typeof gad7, scores: number[]) =>
  Object.fromEntries(instrument.items.map((item, index) => [item.id, scores[index] ?? 0]));

async function arrange(db: TestDatabase["db"], owner: TestDatabase["owner"]["db"]) {
  const t = portalTestData(db);
  const today = instantToZonedDate(new Date(), fixtureTimeZone);
  const clinician = await t.staff("clinician");
  const frontDesk = await t.staff("front_desk");
  const setting = await t.iopProgram();
  // Admitted two weeks ago: the intake has closed, last week's check-ins expired four days ago, this week's are due today.
  const startsOn = addDays(today, -14);
  const calm = await t.enrolledClient(setting, clinician, { startsOn, firstName: "Calm" });
  const alerting = await t.enrolledClient(setting, clinician, { startsOn, firstName: "Alerting" });
  const quiet = await t.enrolledClient(setting, clinician, { startsOn, firstName: "Quiet" });
  const portal = async (who: typeof calm) => createPortalCaller({ db, caller: await who.caller() });

  // Calm answered at intake (severe) and last week (both recorded as they were given), and today (mild).
  for (const [dueOn, occasion, scores] of [
    [startsOn, "intake", [3, 3, 3, 2, 2, 2, 2, 1, 0]],
    [addDays(startsOn, 7), "scheduled", [2, 2, 2, 2, 1, 1, 1, 1, 0]],
  ] as const) {
    const answers = scoresOf(phq9, [...scores]);
    const total = Object.values(answers).reduce((sum, score) => sum + score, 0);
    await owner.insert(measureResponses).values({
      clientId: calm.client.id,
      enrollmentId: calm.enrollment.id,
      instrument: "phq9",
      instrumentVersion: phq9.version,
      occasion,
      dueOn,
      answers,
      total,
      bandKey: phq9.bands.find((band) => total >= band.min && total <= band.max)!.key,
    });
  }
  const calmApi = await portal(calm);
  await calmApi.checkIns.submit({ instrument: "phq9", occasion: "scheduled", dueOn: today, answers: scoresOf(phq9, [1, 1, 1, 1, 1, 0, 0, 0, 0]) });
  await calmApi.checkIns.submit({ instrument: "gad7", occasion: "scheduled", dueOn: today, answers: scoresOf(gad7, [1, 1, 1, 0, 0, 0, 0]) });
  await (await portal(alerting)).checkIns.submit({ instrument: "phq9", occasion: "scheduled", dueOn: today, answers: scoresOf(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1]) });
  return { clinician, frontDesk, calm, alerting, quiet };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db, testDb.owner.db);
});
afterAll(() => testDb.drop());

const boardOf = async (who: typeof setup.clinician) =>
  (await createStaffCaller({ db: testDb.db, caller: await who.caller() }).roster.list()).rows;

describe("the compliance board's measures", () => {
  it("puts a client with an open safety alert first, flagged before every hours flag", async () => {
    const rows = await boardOf(setup.clinician);
    expect(rows[0]!.clientId).toBe(setup.alerting.client.id);
    expect(rows[0]!.flags[0]).toEqual({ kind: "safety_alert_open", count: 1, overdue: false });
  });

  it("shows the latest PHQ-9 and GAD-7 with their band and the change since baseline", async () => {
    const calm = (await boardOf(setup.clinician)).find((row) => row.clientId === setup.calm.client.id)!;
    expect(calm.scores).toEqual([
      { instrument: "phq9", shortName: "PHQ-9", latest: 5, bandLabel: "Mild", change: -13, reliably: "better" },
      { instrument: "gad7", shortName: "GAD-7", latest: 3, bandLabel: "Minimal", change: null, reliably: null },
    ]);
  });

  it("flags the check-ins a client left unanswered, and not those they answered", async () => {
    const rows = await boardOf(setup.clinician);
    const flagsOf = (clientId: string) => rows.find((row) => row.clientId === clientId)!.flags.map((flag) => flag.kind);
    expect(rows.find((row) => row.clientId === setup.quiet.client.id)!.flags).toContainEqual({ kind: "check_in_overdue", instruments: ["PHQ-9", "GAD-7"] });
    // Calm's last week GAD-7 went unanswered; their PHQ-9s were all answered.
    expect(rows.find((row) => row.clientId === setup.calm.client.id)!.flags).toContainEqual({ kind: "check_in_overdue", instruments: ["GAD-7"] });
    expect(flagsOf(setup.alerting.client.id)).toContain("safety_alert_open");
  });

  it("shows the front desk no scores and no alerts", async () => {
    const rows = await boardOf(setup.frontDesk);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.scores).toEqual([]);
      expect(row.flags.map((flag) => flag.kind)).not.toContain("safety_alert_open");
      expect(row.flags.map((flag) => flag.kind)).not.toContain("check_in_overdue");
    }
  });
});
