import { auditEvents, measureResponses, outboxMessages, safetyAlerts } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, phq9 } from "@stepwise/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffCaller } from "../index";
import { familyFixtures } from "../../test-support/family-fixtures";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

const answersOf = (scores: number[]) => Object.fromEntries(phq9.items.map((item, index) => [item.id, scores[index] ?? 0]));

async function arrange(db: TestDatabase["db"]) {
  const f = familyFixtures(db);
  const clinician = await f.staff("clinician", "Casey Clinician");
  const frontDesk = await f.staff("front_desk", "Frankie Desk");
  const iop = await f.iopProgram();
  // Admitted two weeks ago: the intake and last week's check-ins have expired unanswered, this week's are due today.
  const alex = await f.enrolledClient(iop, clinician, { startsOn: addDays(f.today, -14), firstName: "Alex" });
  const blair = await f.enrolledClient(iop, clinician, { startsOn: addDays(f.today, -14), firstName: "Blair" });
  const api = async (member: typeof clinician) => createStaffCaller({ db, caller: await member.caller() });
  return { f, today: f.today, clinician, frontDesk, alex, blair, clinicianApi: await api(clinician), frontDeskApi: await api(frontDesk) };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const weekly = () => ({ instrument: "phq9", occasion: "scheduled", dueOn: setup.today }) as const;
const intake = () => ({ instrument: "phq9", occasion: "intake", dueOn: addDays(setup.today, -14) }) as const;

describe("staff measures", () => {
  it("refuses the front desk every measures procedure by its role", async () => {
    const { frontDeskApi: api, alex } = setup;
    const clientId = alex.client.id;
    await expect(api.measures.list({ clientId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.measures.record({ clientId, ...weekly(), answers: answersOf([]) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      api.measures.correct({ clientId, responseId: crypto.randomUUID(), answers: answersOf([]), reason: "Typo" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("records a paper check-in that expired unanswered, with who entered it, and refuses one answered already", async () => {
    const recorded = await setup.clinicianApi.measures.record({ clientId: setup.alex.client.id, ...intake(), answers: answersOf([2, 2, 2, 2, 2, 2, 2, 2, 0]) });
    expect(recorded).toMatchObject({ total: 16, bandKey: "moderately_severe", alertId: null });
    const [kept] = await testDb.db.select().from(measureResponses).where(eq(measureResponses.id, recorded.responseId));
    expect(kept).toMatchObject({ enteredByUserId: setup.clinician.user.id, occasion: "intake", supersedesId: null });
    await expect(
      setup.clinicianApi.measures.record({ clientId: setup.alex.client.id, ...intake(), answers: answersOf([]) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // A check-in the cadence never asked answers as not found.
    await expect(
      setup.clinicianApi.measures.record({ clientId: setup.alex.client.id, instrument: "phq9", occasion: "scheduled", dueOn: addDays(setup.today, -3), answers: answersOf([]) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("opens a safety alert for a paper entry of question 9 at 1, and tells the care team", async () => {
    const recorded = await setup.clinicianApi.measures.record({ clientId: setup.alex.client.id, ...weekly(), answers: answersOf([0, 0, 0, 0, 0, 0, 0, 0, 1]) });
    expect(recorded.alertId).not.toBeNull();
    const [alert] = await testDb.db.select().from(safetyAlerts).where(eq(safetyAlerts.id, recorded.alertId!));
    expect(alert).toMatchObject({ clientId: setup.alex.client.id, reason: "safety_item", detail: phq9.items[8]!.id, responseId: recorded.responseId });
    const mail = await testDb.owner.db.select().from(outboxMessages).where(eq(outboxMessages.kind, "safety_alert"));
    expect(mail.map((message) => message.toEmail)).toContain(setup.clinician.user.email);
  });

  it("lists the client's responses with answers, the trend from baseline, their alerts and their check-ins", async () => {
    const { responses, trends, alerts, checkIns } = await setup.clinicianApi.measures.list({ clientId: setup.alex.client.id });
    expect(responses.map((response) => [response.occasion, response.total])).toEqual([
      ["intake", 16],
      ["scheduled", 1],
    ]);
    const latest = responses[1]!;
    expect(latest.safetyFlags).toEqual([phq9.items[8]!.id]);
    expect(latest.answers[8]).toMatchObject({ number: 9, score: 1, text: phq9.items[8]!.text });
    expect(latest.enteredBy).toBe("Casey Clinician");
    expect(responses[0]!.caseness).toBe(true);
    expect(trends).toHaveLength(1);
    expect(trends[0]).toMatchObject({ instrument: "phq9", baseline: { total: 16 }, latest: { total: 1 } });
    expect(trends[0]!.changeFromBaseline).toMatchObject({ difference: -15, reliableImprovement: true, response: true, remission: true, reliableRecovery: true });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ state: "open", overdue: false, reasonWords: expect.stringContaining("question 9") });
    const states = Object.fromEntries(checkIns!.checkIns.map((checkIn) => [`${checkIn.instrument} ${checkIn.occasion} ${checkIn.dueOn}`, checkIn.state]));
    expect(states[`phq9 intake ${addDays(setup.today, -14)}`]).toBe("answered");
    expect(states[`phq9 scheduled ${addDays(setup.today, -7)}`]).toBe("expired");
    expect(states[`gad7 scheduled ${setup.today}`]).toBe("due");
  });

  it("corrects a response with a reason: a new one supersedes it, and the old one is kept", async () => {
    const { responses } = await setup.clinicianApi.measures.list({ clientId: setup.alex.client.id });
    const wrong = responses.find((response) => response.occasion === "intake")!;
    const corrected = await setup.clinicianApi.measures.correct({
      clientId: setup.alex.client.id,
      responseId: wrong.id,
      answers: answersOf([3, 2, 2, 2, 2, 2, 2, 2, 0]),
      reason: "Question 1 read from the wrong column",
    });
    expect(corrected.total).toBe(17);
    const after = await setup.clinicianApi.measures.list({ clientId: setup.alex.client.id });
    expect(after.responses.map((response) => response.id)).not.toContain(wrong.id);
    expect(after.responses.find((response) => response.id === corrected.responseId)!.correction).toEqual({
      supersedesId: wrong.id,
      reason: "Question 1 read from the wrong column",
    });
    expect(await testDb.db.select().from(measureResponses).where(eq(measureResponses.id, wrong.id))).toHaveLength(1);
    // Corrected once: correcting the old one again answers as an unknown id.
    const again = setup.clinicianApi.measures.correct({ clientId: setup.alex.client.id, responseId: wrong.id, answers: answersOf([]), reason: "Again" });
    await expect(again).rejects.toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that." });
  });

  it("answers another client's response id exactly like an unknown one, and refuses a reason left empty or answers of another questionnaire", async () => {
    const { responses } = await setup.clinicianApi.measures.list({ clientId: setup.alex.client.id });
    const alexs = responses[0]!.id;
    const asBlair = await setup.clinicianApi.measures
      .correct({ clientId: setup.blair.client.id, responseId: alexs, answers: answersOf([]), reason: "Typo" })
      .catch((error: unknown) => error);
    const unknown = await setup.clinicianApi.measures
      .correct({ clientId: setup.blair.client.id, responseId: crypto.randomUUID(), answers: answersOf([]), reason: "Typo" })
      .catch((error: unknown) => error);
    expect(asBlair).toMatchObject({ code: "NOT_FOUND" });
    expect({ code: (asBlair as { code: string }).code, message: (asBlair as Error).message }).toEqual({
      code: (unknown as { code: string }).code,
      message: (unknown as Error).message,
    });
    await expect(
      setup.clinicianApi.measures.correct({ clientId: setup.alex.client.id, responseId: alexs, answers: answersOf([]), reason: "   " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      setup.clinicianApi.measures.correct({ clientId: setup.alex.client.id, responseId: alexs, answers: { gad7_1: 1 }, reason: "Typo" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("keeps one of two corrections of a response made at once, and answers the other as a conflict", async () => {
    const { responseId } = await setup.clinicianApi.measures.record({ clientId: setup.blair.client.id, ...weekly(), answers: answersOf([1]) });
    const correct = (score: number) =>
      setup.clinicianApi.measures.correct({ clientId: setup.blair.client.id, responseId, answers: answersOf([score]), reason: `Question 1 was ${score}` });
    const outcomes = await Promise.allSettled([correct(2), correct(3)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const [refused] = outcomes.filter((outcome) => outcome.status === "rejected");
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: expect.stringMatching(/^(CONFLICT|NOT_FOUND)$/) });
    const superseding = await testDb.db.select().from(measureResponses).where(eq(measureResponses.supersedesId, responseId));
    expect(superseding).toHaveLength(1);
  });

  it("audits every read and write, naming the client", async () => {
    const rows = await testDb.db
      .select({ action: auditEvents.action, outcome: auditEvents.outcome })
      .from(auditEvents)
      .where(sql`${setup.alex.client.id} = any(${auditEvents.subjectClientIds})`);
    const allowed = new Set(rows.filter((row) => row.outcome === "allowed").map((row) => row.action));
    for (const action of ["measures.list", "measures.record", "measures.correct"]) expect(allowed).toContain(action);
    // Refusals once the client was loaded name them too: a check-in never asked, a response corrected already.
    expect(rows.filter((row) => row.outcome === "denied").map((row) => row.action)).toEqual(expect.arrayContaining(["measures.record", "measures.correct"]));
    const frontDesk = await testDb.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(sql`${auditEvents.actorUserId} = ${setup.frontDesk.user.id} and ${auditEvents.outcome} = 'denied'`);
    expect(frontDesk.map((row) => row.action).sort()).toEqual(["measures.correct", "measures.list", "measures.record"]);
  });
});
