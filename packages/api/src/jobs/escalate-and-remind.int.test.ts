import { auditEvents, outboxMessages, safetyAlertEvents } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, phq9 } from "@stepwise/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escalateOverdueAlerts, escalateOverdueAlertsAction, remindCheckIns, remindCheckInsAction } from "./index";
import { createStaffCaller } from "../staff/index";
import { familyFixtures } from "../test-support/family-fixtures";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const t = familyFixtures(db);
  const clinician = await t.staff("clinician", "Dana Reyes");
  const director = await t.staff("program_director", "Devon Director");
  const iop = await t.iopProgram();
  const clinicianApi = createStaffCaller({ db, caller: await clinician.caller() });
  return { t, clinician, director, iop, clinicianApi };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const minutes = (count: number, from: Date) => new Date(from.getTime() + count * 60_000);

/** A client in care for a week whose paper PHQ-9 of today has question 9 at 1: the alert it opened, with its deadline. */
async function openAlert(firstName: string) {
  const { client } = await setup.t.enrolledClient(setup.iop, setup.clinician, { startsOn: addDays(setup.t.today, -7), firstName });
  const answers = Object.fromEntries(phq9.items.map((item, index) => [item.id, index === 8 ? 1 : 0]));
  const { alertId } = await setup.clinicianApi.measures.record({ clientId: client.id, instrument: "phq9", occasion: "scheduled", dueOn: setup.t.today, answers });
  const { alert } = await setup.clinicianApi.alerts.detail({ alertId: alertId! });
  return { clientId: client.id, alertId: alertId!, deadline: alert.deadline };
}

const escalationMail = () =>
  testDb.owner.db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.kind, "safety_alert_escalation"), eq(outboxMessages.toEmail, setup.director.user.email)));
const escalationsOf = (alertId: string) =>
  testDb.db.select().from(safetyAlertEvents).where(and(eq(safetyAlertEvents.alertId, alertId), eq(safetyAlertEvents.kind, "escalated")));

describe("escalateOverdueAlerts", () => {
  it("does nothing up to the deadline, escalates once after it, mails the director with no details, and audits the client", async () => {
    const { alertId, clientId, deadline } = await openAlert("Alex");
    expect(await escalateOverdueAlerts(testDb.db, minutes(-1, deadline))).toEqual({ escalated: 0, mailed: 0 });
    expect(await escalateOverdueAlerts(testDb.db, deadline)).toEqual({ escalated: 0, mailed: 0 });
    expect(await escalationsOf(alertId)).toEqual([]);

    expect(await escalateOverdueAlerts(testDb.db, minutes(1, deadline))).toEqual({ escalated: 1, mailed: 1 });
    expect(await escalationsOf(alertId)).toHaveLength(1);
    const mail = await escalationMail();
    expect(mail).toHaveLength(1);
    expect(`${mail[0]!.subject}\n${mail[0]!.body}`).not.toMatch(/Alex|PHQ|question 9/);
    const rows = await testDb.db.select().from(auditEvents).where(eq(auditEvents.action, escalateOverdueAlertsAction));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorUserId: null, subjectClientIds: [clientId], outcome: "allowed" });

    // Later runs find it escalated already.
    expect(await escalateOverdueAlerts(testDb.db, minutes(600, deadline))).toEqual({ escalated: 0, mailed: 0 });
    expect(await escalationMail()).toHaveLength(1);
  });

  it("escalates once and mails once when two runs overlap", async () => {
    const { alertId, deadline } = await openAlert("Blair");
    const before = (await escalationMail()).length;
    const runs = await Promise.all([escalateOverdueAlerts(testDb.db, minutes(5, deadline)), escalateOverdueAlerts(testDb.db, minutes(5, deadline))]);
    expect(runs.map((run) => run.escalated).sort()).toEqual([0, 1]);
    expect(await escalationsOf(alertId)).toHaveLength(1);
    expect((await escalationMail()).length - before).toBe(1);
  });

  it("never escalates an alert someone acknowledged", async () => {
    const { alertId, deadline } = await openAlert("Casey");
    await setup.clinicianApi.alerts.acknowledge({ alertId, action: "contacted_client" });
    expect(await escalateOverdueAlerts(testDb.db, minutes(24 * 60, deadline))).toEqual({ escalated: 0, mailed: 0 });
    expect(await escalationsOf(alertId)).toEqual([]);
  });
});

describe("remindCheckIns", () => {
  it("mails a client whose check-in's reminder day is today once a day, naming no measure, and not one whose check-in is newly due", async () => {
    const reminded = await setup.t.enrolledClient(setup.iop, setup.clinician, { startsOn: addDays(setup.t.today, -9), firstName: "Drew" });
    const notYet = await setup.t.enrolledClient(setup.iop, setup.clinician, { startsOn: addDays(setup.t.today, -7), firstName: "Emery" });
    const reminders = (email: string) =>
      testDb.owner.db.select().from(outboxMessages).where(and(eq(outboxMessages.kind, "check_in_reminder"), eq(outboxMessages.toEmail, email)));
    const now = new Date();

    expect(await remindCheckIns(testDb.db, now)).toEqual({ reminded: 1 });
    const mail = await reminders(reminded.user!.email);
    expect(mail).toHaveLength(1);
    expect(`${mail[0]!.subject}\n${mail[0]!.body}`).not.toMatch(/PHQ|GAD|Drew/);
    expect(await reminders(notYet.user!.email)).toEqual([]);
    const [row] = await testDb.db.select().from(auditEvents).where(eq(auditEvents.action, remindCheckInsAction));
    expect(row!.subjectClientIds).toEqual([reminded.client.id]);

    // The same day again: nothing more.
    expect(await remindCheckIns(testDb.db, minutes(30, now))).toEqual({ reminded: 0 });
    expect(await reminders(reminded.user!.email)).toHaveLength(1);
  });
});
