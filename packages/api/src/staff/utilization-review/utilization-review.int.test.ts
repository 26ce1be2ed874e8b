import { attendance, auditEvents, payerAuthorizations } from "@stepwise/db/schema";
import { createTestDatabase, ownerOf, type TestDatabase } from "@stepwise/db/testing";
import { type CalendarDate, type LocRatings, addDays, consentScopes, locDimensions, mondayOf, zonedWallClockToInstant } from "@stepwise/domain";
import type { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../../core/errors";
import { createStaffCaller } from "../index";
import { countingDatabase } from "../../test-support/counting-database";
import { familyFixtures } from "../../test-support/family-fixtures";
import { fixtureTimeZone } from "../../test-support/fixtures";
import { phq9AnswersTotalling, planWords, samplePlanContent } from "../../test-support/treatment-plan-fixtures";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

/** Words staff wrote that a payer's packet must never carry. */
const attendanceNote = "UR-NOTE-4c1e: talked about the divorce in detail";
const assessmentNote = "UR-NOTE-9b2d: disclosed a past overdose";

const ratingsOf = (each: number, changes: Partial<LocRatings> = {}): LocRatings =>
  ({ ...Object.fromEntries(locDimensions.map((dimension) => [dimension, each])), ...changes }) as LocRatings;

async function arrange(db: TestDatabase["db"]) {
  const f = familyFixtures(db);
  const clinician = await f.staff("clinician", "Casey Clinician");
  const frontDesk = await f.staff("front_desk", "Frankie Desk");
  const iop = await f.iopProgram();
  const alex = await f.clientInTreatment(iop, clinician, "Alex");
  const jordan = await f.familyMemberOf(alex.client, { name: "Jordan Partner" });
  await f.consent(alex.client, jordan.member, { scopes: [...consentScopes] });
  const api = async (member: typeof clinician) => createStaffCaller({ db, caller: await member.caller() });
  return { f, today: f.today, clinician, frontDesk, iop, alex, jordan, clinicianApi: await api(clinician), frontDeskApi: await api(frontDesk) };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
}, 60_000);
afterAll(() => testDb.drop());

/** A session attended in full, with a note on the record when `note` is given. */
async function attendedAt(clientId: string, on: CalendarDate, startTime: string, minutes: number, note: string | null = null) {
  const session = await setup.f.session(setup.iop, { startsAt: zonedWallClockToInstant(on, startTime, fixtureTimeZone), minutes, clientId, kind: "individual", title: "Individual session" });
  await ownerOf(testDb.db).insert(attendance).values({ sessionId: session.id, clientId, status: "present", minutesAttended: minutes, note });
}

async function errorOf(attempt: Promise<unknown>): Promise<TRPCError> {
  return attempt.then(
    () => {
      throw new Error("expected the call to be refused");
    },
    (error: TRPCError) => error,
  );
}

const authorization = (enrollmentId: string, startsOn: CalendarDate, endsOn: CalendarDate, unitsApproved = 20) => ({
  enrollmentId,
  payer: "Blue Harbor Health",
  number: `AUTH-${startsOn}`,
  unitsApproved,
  startsOn,
  endsOn,
});

describe("staff authorizations", () => {
  it("refuses an authorization that ends before it starts, or starts before the enrollment, in words", async () => {
    const { enrollment } = setup.alex;
    const backwards = await errorOf(setup.clinicianApi.authorizations.record(authorization(enrollment.id, setup.today, addDays(setup.today, -1))));
    expect(backwards.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(backwards)).toMatchObject({ endsOn: ["The end date can't be before the start date."] });
    const early = await errorOf(setup.clinicianApi.authorizations.record(authorization(enrollment.id, addDays(enrollment.startsOn, -1), addDays(setup.today, 10))));
    expect(early).toMatchObject({ code: "BAD_REQUEST", message: "An authorization covers days of this enrollment." });
    expect(fieldErrorsOf(early)).toEqual({ startsOn: ["Choose a start on or after the enrollment's first day."] });
    expect(await testDb.db.select().from(payerAuthorizations).where(eq(payerAuthorizations.clientId, setup.alex.client.id))).toEqual([]);
  });

  it("counts one unit per attended day within the period at IOP, and says when one ends within a week", async () => {
    const { client, enrollment } = setup.alex;
    // Before the period; two sessions on one day; one more day; all before today.
    await attendedAt(client.id, addDays(setup.today, -13), "10:00", 60);
    await attendedAt(client.id, addDays(setup.today, -10), "10:00", 60, attendanceNote);
    await attendedAt(client.id, addDays(setup.today, -10), "18:00", 180);
    await attendedAt(client.id, addDays(setup.today, -8), "18:00", 180);
    const first = await setup.clinicianApi.authorizations.record(authorization(enrollment.id, addDays(setup.today, -12), addDays(setup.today, 5)));
    await setup.clinicianApi.authorizations.record(authorization(enrollment.id, addDays(setup.today, 6), addDays(setup.today, 40), 30));
    const [row] = await testDb.db.select().from(payerAuthorizations).where(eq(payerAuthorizations.id, first.authorizationId));
    expect(row).toMatchObject({ enrollmentId: enrollment.id, payer: "Blue Harbor Health", unitsApproved: 20, recordedByStaffId: setup.clinician.member.id });

    const { enrollmentId, authorizations } = await setup.clinicianApi.authorizations.ofClient({ clientId: client.id });
    expect(enrollmentId).toBe(enrollment.id);
    expect(authorizations!.unit).toBe("attended_day");
    const byStart = Object.fromEntries(authorizations!.all.map((one) => [one.startsOn, one.standing]));
    expect(byStart[addDays(setup.today, -12)]).toMatchObject({ unitsUsed: 2, unitsRemaining: 18, daysLeft: 5, endingSoon: true, exhaustedSoon: false, current: true, expired: false });
    expect(byStart[addDays(setup.today, 6)]).toMatchObject({ unitsUsed: 0, endingSoon: false, current: false });
    expect(authorizations!.current).toMatchObject({ id: first.authorizationId, standing: { unitsUsed: 2 } });
  });

  it("refuses the front desk both authorizations procedures and the packet by its role", async () => {
    const { client, enrollment } = setup.alex;
    await expect(setup.frontDeskApi.authorizations.ofClient({ clientId: client.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setup.frontDeskApi.authorizations.record(authorization(enrollment.id, setup.today, addDays(setup.today, 10)))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setup.frontDeskApi.utilizationReview.packet({ clientId: client.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.db.select().from(payerAuthorizations).where(eq(payerAuthorizations.clientId, client.id))).toHaveLength(2);
  });
});

describe("staff utilizationReview.packet", () => {
  it("holds the weeks, trends, latest assessment, plan and authorizations, and no care team, family or notes", async () => {
    const { client, enrollment } = setup.alex;
    const written = await setup.clinicianApi.plans.write({ enrollmentId: enrollment.id, reason: "initial", content: samplePlanContent(setup.clinician.member.id, setup.today) });
    // The packet gives the plan in force, the newest the care team signed: none before that.
    expect((await setup.clinicianApi.utilizationReview.packet({ clientId: client.id })).packet!.plan).toBeNull();
    await setup.clinicianApi.plans.sign({ clientId: client.id, versionId: written.versionId });
    await setup.clinicianApi.measures.record({ clientId: client.id, instrument: "phq9", occasion: "scheduled", dueOn: setup.today, answers: phq9AnswersTotalling(12) });
    await setup.clinicianApi.levelOfCare.assess({ clientId: client.id, ratings: ratingsOf(1) });
    const latest = await setup.clinicianApi.levelOfCare.assess({ clientId: client.id, ratings: ratingsOf(2, { risk_of_harm: 3 }), note: assessmentNote });

    const { packet } = await setup.clinicianApi.utilizationReview.packet({ clientId: client.id });
    expect(packet).not.toBeNull();
    expect(packet!.enrollment).toMatchObject({ level: "iop", admittedOn: enrollment.startsOn, weeklyBand: { min: 540, max: 900 } });
    // Every week at this level, oldest first, this week's still in progress; a week with nothing
    // attended reads 0, so a reviewer sees the gaps too (two sessions on one day are one day).
    const weekStarts: string[] = [];
    for (let week = mondayOf(enrollment.startsOn); week <= mondayOf(setup.today); week = addDays(week, 7)) weekStarts.push(week);
    expect(packet!.weeks.map((week) => week.weekStart)).toEqual(weekStarts);
    expect(packet!.weeks.reduce((sum, week) => sum + week.minutes, 0)).toBe(60 + 60 + 180 + 180);
    expect(packet!.weeks.reduce((sum, week) => sum + week.daysAttended, 0)).toBe(3);
    const attendedWeeks = new Set([-13, -10, -8].map((days) => mondayOf(addDays(setup.today, days))));
    for (const week of packet!.weeks) {
      const inProgress = week.weekStart === mondayOf(setup.today);
      expect(week).toMatchObject({ inProgress, weekEnd: addDays(week.weekStart, 6), standing: inProgress ? null : expect.anything() });
      if (!attendedWeeks.has(week.weekStart)) expect(week).toMatchObject({ minutes: 0, daysAttended: 0 });
    }
    expect(packet!.attendance.present).toBe(4);
    expect(packet!.trends).toEqual([expect.objectContaining({ instrument: "phq9", latest: expect.objectContaining({ total: 12 }) })]);
    expect(packet!.assessment).toMatchObject({ id: latest.assessmentId, recommended: latest.recommended });
    expect(packet!.assessment!.reasons.length).toBeGreaterThan(0);
    expect(packet!.plan).toMatchObject({ version: 1, goals: [{ key: "back-to-work" }, { key: "sleep" }] });
    expect(packet!.plan!.objectives.map((objective) => objective.key)).toEqual(["phq9-under", "weekly-hours", "relapse-plan"]);
    expect(packet!.authorizations.map((one) => one.standing.unitsUsed)).toEqual(expect.arrayContaining([2, 0]));
    expect(packet!.unit).toBe("attended_day");

    const text = JSON.stringify(packet);
    // The care team (the plan's interventions name them), family, and what staff wrote about sessions.
    const staffIds = [setup.clinician.member.id, setup.clinician.user.id, setup.clinician.user.email, "responsible", "interventions"];
    const family = [setup.jordan.member.name, setup.jordan.user.email, setup.jordan.member.id];
    const notes = [attendanceNote, planWords.problemClinician, planWords.problemClient];
    for (const forbidden of [...staffIds, ...family, ...notes]) expect(text, `the packet holds "${forbidden}"`).not.toContain(forbidden);
  });

  // The payer reads the ratings, the recommendation and its reasons, never staff's words or names.
  it("holds neither the assessment's note nor the name of the clinician who assessed", async () => {
    const { packet } = await setup.clinicianApi.utilizationReview.packet({ clientId: setup.alex.client.id });
    const text = JSON.stringify(packet);
    expect(text).not.toContain(assessmentNote);
    expect(text).not.toContain(setup.clinician.user.displayName);
  });

  it("is audited once, naming the client, as utilizationReview.packet", async () => {
    const [before] = await testDb.db.select({ last: sql<number>`coalesce(max(${auditEvents.id}), 0)` }).from(auditEvents);
    await setup.clinicianApi.utilizationReview.packet({ clientId: setup.alex.client.id });
    const rows = await testDb.db.select().from(auditEvents).where(sql`${auditEvents.id} > ${before!.last}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "utilizationReview.packet", outcome: "allowed", actorUserId: setup.clinician.user.id, subjectClientIds: [setup.alex.client.id], resourceType: "utilization_review_packet" });
  });

  it("answers null for a client not in care, and not found for an unknown one", async () => {
    const referred = await setup.f.referredClient(setup.iop, setup.clinician, { plannedStartOn: addDays(setup.today, 7) });
    expect(await setup.clinicianApi.utilizationReview.packet({ clientId: referred.client.id })).toEqual({ packet: null });
    await expect(setup.clinicianApi.utilizationReview.packet({ clientId: crypto.randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reads the packet in the same number of statements for a week of history as for eight", async () => {
    const prepared = async (weeksAgo: number, firstName: string) => {
      const { client, enrollment } = await setup.f.enrolledClient(setup.iop, setup.clinician, { startsOn: addDays(setup.today, -7 * weeksAgo), firstName });
      await setup.clinicianApi.plans.write({ enrollmentId: enrollment.id, reason: "initial", content: samplePlanContent(setup.clinician.member.id, setup.today) });
      await setup.clinicianApi.levelOfCare.assess({ clientId: client.id, ratings: ratingsOf(2) });
      await setup.clinicianApi.measures.record({ clientId: client.id, instrument: "phq9", occasion: "scheduled", dueOn: setup.today, answers: phq9AnswersTotalling(9) });
      for (let week = 1; week <= weeksAgo; week += 1) await attendedAt(client.id, addDays(setup.today, -7 * week + 1), "18:00", 180);
      await setup.clinicianApi.authorizations.record(authorization(enrollment.id, enrollment.startsOn, addDays(setup.today, 20)));
      if (weeksAgo > 1) await setup.clinicianApi.authorizations.record(authorization(enrollment.id, addDays(setup.today, 21), addDays(setup.today, 50)));
      return client.id;
    };
    const oneWeek = await prepared(1, "Uma");
    const eightWeeks = await prepared(8, "Vic");
    const counting = countingDatabase(testDb.url);
    try {
      const api = createStaffCaller({ db: counting.db, caller: await setup.clinician.caller() });
      const few = await counting.count(() => api.utilizationReview.packet({ clientId: oneWeek }));
      const many = await counting.count(() => api.utilizationReview.packet({ clientId: eightWeeks }));
      const { packet } = await api.utilizationReview.packet({ clientId: eightWeeks });
      // Eight weeks back and this one: every week at this level.
      expect(packet!.weeks).toHaveLength(9);
      expect(few).toBeGreaterThan(0);
      expect(many).toBe(few);
    } finally {
      await counting.close();
    }
  });
});

describe("the audit of authorizations", () => {
  it("names the client for recording and reading them", async () => {
    const rows = await testDb.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(sql`${setup.alex.client.id} = any(${auditEvents.subjectClientIds})`, eq(auditEvents.outcome, "allowed")));
    const actions = new Set(rows.map((row) => row.action));
    for (const action of ["authorizations.record", "authorizations.ofClient", "utilizationReview.packet"]) expect(actions).toContain(action);
  });
});
