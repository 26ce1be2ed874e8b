import { auditEvents, safetyAlertEvents } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, phq9 } from "@stepwise/domain";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffCaller } from "../index";
import { familyFixtures } from "../../test-support/family-fixtures";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

const withItem9 = (score: number) => Object.fromEntries(phq9.items.map((item, index) => [item.id, index === 8 ? score : 0]));

async function arrange(db: TestDatabase["db"]) {
  const f = familyFixtures(db);
  const clinician = await f.staff("clinician", "Casey Clinician");
  const director = await f.staff("program_director", "Devon Director");
  const frontDesk = await f.staff("front_desk", "Frankie Desk");
  const iop = await f.iopProgram();
  const api = async (member: typeof clinician) => createStaffCaller({ db, caller: await member.caller() });
  return { f, clinician, director, frontDesk, iop, clinicianApi: await api(clinician), directorApi: await api(director), frontDeskApi: await api(frontDesk) };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

/** A client in care for a week whose paper PHQ-9 of today has question 9 at 1: their id and the alert it opened. */
async function alertFor(firstName: string) {
  const { client } = await setup.f.enrolledClient(setup.iop, setup.clinician, { startsOn: addDays(setup.f.today, -7), firstName });
  const { alertId } = await setup.clinicianApi.measures.record({ clientId: client.id, instrument: "phq9", occasion: "scheduled", dueOn: setup.f.today, answers: withItem9(1) });
  return { clientId: client.id, alertId: alertId! };
}

const stepsOf = (alertId: string) => testDb.db.select().from(safetyAlertEvents).where(eq(safetyAlertEvents.alertId, alertId)).orderBy(asc(safetyAlertEvents.id));

describe("staff alerts", () => {
  it("refuses the front desk every alerts procedure by its role", async () => {
    const { alertId } = await alertFor("Frankie");
    const api = setup.frontDeskApi.alerts;
    await expect(api.queue()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.detail({ alertId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.acknowledge({ alertId, action: "contacted_client" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.followUp({ alertId, action: "could_not_reach" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.resolve({ alertId, note: "Done" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await stepsOf(alertId)).map((step) => step.kind)).toEqual(["opened", "notified"]);
  });

  it("lists the open alerts, the unacknowledged before the acknowledged, with the client's name and the reason in staff words", async () => {
    const first = await alertFor("Avery");
    const second = await alertFor("Bailey");
    await setup.clinicianApi.alerts.acknowledge({ alertId: first.alertId, action: "contacted_client" });
    const { alerts } = await setup.clinicianApi.alerts.queue();
    const ours = alerts.filter((alert) => [first.alertId, second.alertId].includes(alert.id));
    expect(ours.map((alert) => alert.id)).toEqual([second.alertId, first.alertId]);
    expect(ours[0]).toMatchObject({ state: "open", overdue: false, clientName: expect.stringContaining("Bailey"), reasonWords: expect.stringContaining("question 9") });
    expect(ours[1]!.state).toBe("acknowledged");
    expect(ours[0]!.deadline.getTime() - ours[0]!.openedAt.getTime()).toBe(60 * 60_000);
    // Every client shown is named on the request's audit row.
    const [row] = await testDb.db.select().from(auditEvents).where(eq(auditEvents.action, "alerts.queue")).orderBy(sql`${auditEvents.id} desc`).limit(1);
    expect([...row!.subjectClientIds].sort()).toEqual([...new Set(alerts.map((alert) => alert.clientId))].sort());
  });

  it("keeps every acknowledgement and follow-up, by whoever took it, and resolves once with a note", async () => {
    const { alertId } = await alertFor("Casey");
    await setup.clinicianApi.alerts.acknowledge({ alertId, action: "could_not_reach", note: "No answer, left a message" });
    await setup.directorApi.alerts.acknowledge({ alertId, action: "contacted_client", note: "" });
    const followed = await setup.clinicianApi.alerts.followUp({ alertId, action: "could_not_reach", note: "Could not reach: retried" });
    expect(followed.alert.steps.map((step) => [step.kind, step.by])).toEqual([
      ["opened", null],
      ["notified", null],
      ["acknowledged", "Casey Clinician"],
      ["acknowledged", "Devon Director"],
      ["follow_up", "Casey Clinician"],
    ]);
    expect(followed.alert.steps[3]!.note).toBeNull();
    expect(followed.alert.steps[4]!.actionLabel).toBe("Could not reach: will retry");

    await expect(setup.clinicianApi.alerts.resolve({ alertId, note: "  " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const resolved = await setup.directorApi.alerts.resolve({ alertId, note: "Seen in clinic; safety plan updated" });
    expect(resolved.alert.state).toBe("resolved");
    await expect(setup.clinicianApi.alerts.resolve({ alertId, note: "Also settled" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Someone has already resolved this alert.",
    });
    await expect(setup.clinicianApi.alerts.acknowledge({ alertId, action: "contacted_client" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await stepsOf(alertId)).map((step) => step.kind)).toEqual(["opened", "notified", "acknowledged", "acknowledged", "follow_up", "resolved"]);
    const { alerts } = await setup.clinicianApi.alerts.queue();
    expect(alerts.map((alert) => alert.id)).not.toContain(alertId);
    // Still on the client's record, with every step.
    expect((await setup.clinicianApi.alerts.detail({ alertId })).alert.steps).toHaveLength(6);
  });

  it("keeps one of two resolutions made at once, and tells the other", async () => {
    const { alertId } = await alertFor("Dale");
    const outcomes = await Promise.allSettled([
      setup.clinicianApi.alerts.resolve({ alertId, note: "Settled by phone" }),
      setup.directorApi.alerts.resolve({ alertId, note: "Settled in person" }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT", message: "Someone has already resolved this alert." } });
    expect(await testDb.db.select().from(safetyAlertEvents).where(and(eq(safetyAlertEvents.alertId, alertId), eq(safetyAlertEvents.kind, "resolved")))).toHaveLength(1);
  });

  it("answers an unknown alert as not found, in the words of any record out of reach", async () => {
    await expect(setup.clinicianApi.alerts.detail({ alertId: crypto.randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that." });
  });

  it("audits every read and write, naming the client", async () => {
    const { alertId, clientId } = await alertFor("Eden");
    await setup.clinicianApi.alerts.detail({ alertId });
    await setup.clinicianApi.alerts.acknowledge({ alertId, action: "contacted_client" });
    await setup.clinicianApi.alerts.followUp({ alertId, action: "safety_plan_reviewed" });
    await setup.clinicianApi.alerts.queue();
    await setup.clinicianApi.alerts.resolve({ alertId, note: "Settled" });
    const rows = await testDb.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(sql`${clientId} = any(${auditEvents.subjectClientIds}) and ${auditEvents.outcome} = 'allowed'`);
    expect(new Set(rows.map((row) => row.action))).toEqual(new Set(["measures.record", "alerts.detail", "alerts.acknowledge", "alerts.followUp", "alerts.queue", "alerts.resolve"]));
  });
});
