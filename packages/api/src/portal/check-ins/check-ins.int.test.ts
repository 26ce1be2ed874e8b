import { auditEvents, measureCheckInDrafts, measureResponses, outboxMessages, safetyAlertEvents, safetyAlerts } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, instantToZonedDate, phq9 } from "@stepwise/domain";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { fixtureTimeZone } from "../../test-support/fixtures";
import { portalTestData } from "../../test-support/portal-fixtures";
import { createPortalCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

const answersOf = (scores: number[]) => Object.fromEntries(phq9.items.map((item, index) => [item.id, scores[index] ?? 0]));

async function arrange(db: TestDatabase["db"]) {
  const t = portalTestData(db);
  const today = instantToZonedDate(new Date(), fixtureTimeZone);
  const clinician = await t.staff("clinician");
  const setting = await t.iopProgram();
  // Admitted a week ago: the intake check-ins have closed, the first weekly ones are due today.
  const alex = await t.enrolledClient(setting, clinician, { startsOn: addDays(today, -7), firstName: "Alex" });
  const blair = await t.enrolledClient(setting, clinician, { startsOn: addDays(today, -7), firstName: "Blair" });
  const casey = await t.enrolledClient(setting, clinician, { startsOn: addDays(today, -7), firstName: "Casey" });
  const api = async (who: typeof alex) => createPortalCaller({ db, caller: await who.caller() });
  return { today, clinician, alex, blair, casey, alexApi: await api(alex), blairApi: await api(blair), caseyApi: await api(casey) };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const weekly = () => ({ instrument: "phq9", occasion: "scheduled", dueOn: addDays(setup.today, 0) }) as const;

function issuesOf(error: unknown): string[] {
  return ((error as { cause: z.ZodError }).cause.issues ?? []).map((issue) => issue.message);
}

describe("portal checkIns", () => {
  it("lists the check-ins open today, and not the ones that have closed", async () => {
    const { due } = await setup.alexApi.checkIns.due();
    expect(due.map(({ instrument, occasion, dueOn }) => ({ instrument, occasion, dueOn }))).toEqual([
      { instrument: "phq9", occasion: "scheduled", dueOn: setup.today },
      { instrument: "gad7", occasion: "scheduled", dueOn: setup.today },
    ]);
    expect(due[0]).toMatchObject({ questionCount: 9, started: false, expiresOn: addDays(setup.today, 3) });
  });

  it("opens an open check-in with its published questions, and answers a closed one as not found", async () => {
    const form = await setup.alexApi.checkIns.form(weekly());
    expect(form.questionnaire.questions).toHaveLength(9);
    expect(form.questionnaire.questions[8]).toMatchObject({ number: 9, text: phq9.items[8]!.text });
    expect(form.answers).toEqual({});
    const intake = { instrument: "phq9", occasion: "intake", dueOn: addDays(setup.today, -7) } as const;
    await expect(setup.alexApi.checkIns.form(intake)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps the answers so far, so the client can come back to them", async () => {
    const partial = { [phq9.items[0]!.id]: 2, [phq9.items[1]!.id]: 1 };
    await setup.blairApi.checkIns.saveDraft({ ...weekly(), answers: partial });
    expect((await setup.blairApi.checkIns.form(weekly())).answers).toEqual(partial);
    expect((await setup.blairApi.checkIns.due()).due[0]!.started).toBe(true);
    // Another client's form of the same check-in is their own, and empty.
    expect((await setup.caseyApi.checkIns.form(weekly())).answers).toEqual({});
  });

  it("refuses a check-in with a question left out, naming it, and keeps nothing", async () => {
    const { [phq9.items[4]!.id]: _skipped, ...answers } = answersOf([1, 1, 1, 1, 1, 1, 1, 1, 0]);
    const error = await setup.alexApi.checkIns.submit({ ...weekly(), answers }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(issuesOf(error)).toEqual(["Please answer question 5."]);
    const kept = await testDb.db.select().from(measureResponses).where(eq(measureResponses.clientId, setup.alex.client.id));
    expect(kept).toEqual([]);
  });

  it("keeps a check-in without a safety answer, and answers in plain words", async () => {
    const result = await setup.blairApi.checkIns.submit({ ...weekly(), answers: answersOf([2, 2, 1, 1, 1, 1, 0, 0, 0]) });
    expect(result.needsSupportNow).toBe(false);
    expect(result.words).toMatch(/^Thank you for checking in\./);
    expect(result.words).not.toMatch(/\b8\b|mild/i);
    const [kept] = await testDb.db.select().from(measureResponses).where(eq(measureResponses.clientId, setup.blair.client.id));
    expect(kept).toMatchObject({ instrument: "phq9", total: 8, bandKey: "mild", enteredByUserId: null, supersedesId: null });
    const drafts = await testDb.db.select().from(measureCheckInDrafts).where(eq(measureCheckInDrafts.clientId, setup.blair.client.id));
    expect(drafts).toEqual([]);
    expect(await testDb.db.select().from(safetyAlerts).where(eq(safetyAlerts.clientId, setup.blair.client.id))).toEqual([]);
    // Sent once: the second time is a conflict in kind words, and nothing more is kept.
    await expect(setup.blairApi.checkIns.submit({ ...weekly(), answers: answersOf([0]) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You've already sent this check-in. Thank you.",
    });
    expect((await setup.blairApi.checkIns.due()).due.map((checkIn) => checkIn.instrument)).toEqual(["gad7"]);
  });

  it("opens a safety alert for question 9 above 0 whatever the total, and tells the care team with no details", async () => {
    const result = await setup.alexApi.checkIns.submit({ ...weekly(), answers: answersOf([0, 0, 0, 0, 0, 0, 0, 0, 1]) });
    expect(result.needsSupportNow).toBe(true);
    const [alert] = await testDb.db.select().from(safetyAlerts).where(eq(safetyAlerts.clientId, setup.alex.client.id));
    expect(alert).toMatchObject({ reason: "safety_item", detail: phq9.items[8]!.id });
    expect(alert!.acknowledgeBy.getTime() - alert!.openedAt.getTime()).toBe(60 * 60_000);
    const steps = await testDb.db.select().from(safetyAlertEvents).where(eq(safetyAlertEvents.alertId, alert!.id)).orderBy(asc(safetyAlertEvents.id));
    expect(steps.map((step) => step.kind)).toEqual(["opened", "notified"]);
    const mail = await testDb.owner.db.select().from(outboxMessages).where(eq(outboxMessages.kind, "safety_alert"));
    expect(mail.map((message) => message.toEmail)).toEqual([setup.clinician.user.email]);
    const text = `${mail[0]!.subject}\n${mail[0]!.body}`;
    expect(text).toContain("A client on your care team needs follow-up.");
    for (const detail of ["Alex", setup.alex.client.lastName, "PHQ", "question 9", "suicid"]) expect(text).not.toContain(detail);
  });

  it("keeps neither the response nor its alert when the transaction fails after them", async () => {
    const owner = testDb.owner.db;
    await owner.execute(sql`create function refuse_alert_mail() returns trigger language plpgsql as $$ begin raise exception 'mail refused'; end $$`);
    await owner.execute(sql`create trigger refuse_alert_mail before insert on outbox_messages for each row execute function refuse_alert_mail()`);
    try {
      await expect(setup.caseyApi.checkIns.submit({ ...weekly(), answers: answersOf([3, 3, 3, 3, 3, 3, 3, 3, 2]) })).rejects.toMatchObject({
        code: "INTERNAL_SERVER_ERROR",
      });
    } finally {
      await owner.execute(sql`drop trigger refuse_alert_mail on outbox_messages`);
      await owner.execute(sql`drop function refuse_alert_mail()`);
    }
    expect(await testDb.db.select().from(measureResponses).where(eq(measureResponses.clientId, setup.casey.client.id))).toEqual([]);
    expect(await testDb.db.select().from(safetyAlerts).where(eq(safetyAlerts.clientId, setup.casey.client.id))).toEqual([]);
    expect((await setup.caseyApi.checkIns.due()).due).toHaveLength(2);
  });

  it("shows the client their own trend, oldest first, in the bands' plain words", async () => {
    const { trends } = await setup.blairApi.checkIns.results();
    expect(trends).toHaveLength(1);
    expect(trends[0]).toMatchObject({ instrument: "phq9", sinceYouStarted: null, points: [{ dueOn: setup.today, total: 8 }] });
    expect(trends[0]!.points[0]!.words).toBe(phq9.bands.find((band) => band.key === "mild")!.clientWords);
  });

  it("audits every read and write, naming the client", async () => {
    const rows = await testDb.db
      .select({ action: auditEvents.action, clients: auditEvents.subjectClientIds })
      .from(auditEvents)
      .where(sql`${setup.blair.client.id} = any(${auditEvents.subjectClientIds})`);
    const actions = new Set(rows.map((row) => row.action));
    for (const action of ["checkIns.due", "checkIns.form", "checkIns.saveDraft", "checkIns.submit", "checkIns.results"]) expect(actions).toContain(action);
  });
});
