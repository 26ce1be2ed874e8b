import { auditEvents, enrollments, familySessionSignUps, outboxMessages } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, type DischargePlan } from "@stepwise/domain";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { releaseSeatsOfEndedConsents, releaseSeatsOfEndedConsentsAction } from "./index";
import { createStaffCaller } from "../staff/index";
import { familyFixtures, inHours } from "../test-support/family-fixtures";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const t = familyFixtures(db);
  const clinician = await t.staff("clinician", "Dana Reyes");
  const iop = await t.iopProgram();
  const alex = await t.enrolledClient(iop, clinician, { startsOn: addDays(t.today, -14), firstName: "Alex" });
  return { t, clinician, iop, alex };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const signUpsOf = (sessionId: string) =>
  testDb.db.select().from(familySessionSignUps).where(eq(familySessionSignUps.sessionId, sessionId)).orderBy(asc(familySessionSignUps.arrival));

const mailTo = (emails: string[]) => testDb.owner.db.select().from(outboxMessages).where(inArray(outboxMessages.toEmail, emails));

/** A place written straight into the table, as if taken earlier, while the person's consent was in force. */
async function placeTakenEarlier(sessionId: string, clientId: string, who: { user: { id: string }; member: { id: string } }, status: "confirmed" | "waitlisted") {
  const [row] = await testDb.db
    .insert(familySessionSignUps)
    .values({ sessionId, clientId, userId: who.user.id, familyMemberId: who.member.id, status })
    .returning();
  return row!;
}

describe("releaseSeatsOfEndedConsents (the daily maintenance step)", () => {
  it("gives up a seat whose consent ended yesterday in a session nobody touches, and promotes the first person waiting", async () => {
    const { t, alex } = setup;
    const session = await t.familySession(setup.iop, { startsAt: inHours(24 * 6), capacity: 1 });
    const kit = await t.familyMemberOf(alex.client, { name: "Kit Expired" });
    await t.consent(alex.client, kit.member, {
      scopes: ["family_sessions"],
      signedAt: new Date(Date.now() - 60 * 24 * 3_600_000),
      expiry: { kind: "date", on: addDays(t.today, -1) },
    });
    const lee = await t.familyMemberOf(alex.client, { name: "Lee Waiting" });
    await t.consent(alex.client, lee.member, { scopes: ["family_sessions"] });
    const kitsSeat = await placeTakenEarlier(session.id, alex.client.id, kit, "confirmed");
    const leesPlace = await placeTakenEarlier(session.id, alex.client.id, lee, "waitlisted");

    expect(await releaseSeatsOfEndedConsents(testDb.db, new Date())).toEqual({ released: 1, promoted: 1 });

    expect((await signUpsOf(session.id)).map((row) => [row.userId, row.status])).toEqual([
      [kit.user.id, "cancelled"],
      [lee.user.id, "confirmed"],
    ]);
    const mail = await mailTo([kit.user.email, lee.user.email]);
    expect(mail.map((row) => [row.toEmail, row.kind])).toEqual([[lee.user.email, "waitlist_promotion"]]);
    // One row for the run, without an actor, naming the family whose place was given up and filled.
    const jobRows = () =>
      testDb.db
        .select({ actor: auditEvents.actorUserId, subjects: auditEvents.subjectClientIds, detail: auditEvents.detail })
        .from(auditEvents)
        .where(eq(auditEvents.action, releaseSeatsOfEndedConsentsAction));
    expect(await jobRows()).toEqual([
      {
        actor: null,
        subjects: [alex.client.id],
        detail: {
          gaveUp: [{ signUpId: kitsSeat.id, sessionId: session.id, was: "confirmed", because: "consent_ended" }],
          promoted: [{ signUpId: leesPlace.id, sessionId: session.id, userId: lee.user.id }],
        },
      },
    ]);

    // Nothing left to give up: a second run changes nothing and mails nobody.
    expect(await releaseSeatsOfEndedConsents(testDb.db, new Date())).toEqual({ released: 0, promoted: 0 });
    expect(await mailTo([lee.user.email])).toHaveLength(1);
    expect(await jobRows()).toHaveLength(1);
  });
});

describe("enrollments.discharge", () => {
  it("gives up the seats held under a consent 'until treatment ends' in the discharge's own transaction, and promotes", async () => {
    const { t, alex } = setup;
    const cleo = await t.enrolledClient(setup.iop, setup.clinician, { startsOn: addDays(t.today, -21), firstName: "Cleo" });
    const session = await t.familySession(setup.iop, { startsAt: inHours(24 * 7), capacity: 1 });
    const sid = await t.familyMemberOf(cleo.client, { name: "Sid Until Discharge" });
    await t.consent(cleo.client, sid.member, { scopes: ["family_sessions"], expiry: { kind: "event", event: "end_of_treatment" } });
    const tia = await t.familyMemberOf(alex.client, { name: "Tia Next" });
    await t.consent(alex.client, tia.member, { scopes: ["family_sessions"] });
    const sidsSeat = await (await sid.api()).familySessions.signUp({ sessionId: session.id, clientId: cleo.client.id });
    expect(sidsSeat).toMatchObject({ status: "confirmed" });
    await (await tia.api()).familySessions.signUp({ sessionId: session.id, clientId: alex.client.id });

    const plan: DischargePlan = {
      nextLevel: "outside_outpatient",
      nextProvider: { name: "Dr. Amy Lee", phone: "555-010-0142", frequency: "weekly", firstAppointmentOn: addDays(t.today, 7) },
      joinsAlumniGroup: true,
      crisisPlan: {
        warningSigns: ["Sleeping less than five hours"],
        copingStrategies: ["Call my sister"],
        peopleToContact: [{ name: "Sam (sister)", phone: "555-010-0177" }],
        professionalsToContact: [{ name: "Dr. Amy Lee", phone: "555-010-0142" }],
        makingTheEnvironmentSafe: ["Medication kept by my partner"],
      },
    };
    const staff = createStaffCaller({ db: testDb.db, caller: await setup.clinician.caller() });
    await staff.enrollments.discharge({ enrollmentId: cleo.enrollment.id, reason: "completed", lastDayOn: t.today, plan });

    const rows = await signUpsOf(session.id);
    expect(rows.map((row) => [row.userId, row.status])).toEqual([
      [sid.user.id, "cancelled"],
      [tia.user.id, "confirmed"],
    ]);
    const mail = await mailTo([sid.user.email, tia.user.email]);
    expect(mail.map((row) => [row.toEmail, row.kind])).toEqual([[tia.user.email, "waitlist_promotion"]]);

    // One transaction wrote the discharge, the release, the promotion and its mail: the rows share their xmin.
    const writers = await testDb.owner.db.execute<{ xmin: string }>(sql`
      select xmin::text from enrollments where id = ${cleo.enrollment.id}
      union all select xmin::text from family_session_sign_ups where session_id = ${session.id}
      union all select xmin::text from outbox_messages where id = ${mail[0]!.id}`);
    expect(writers).toHaveLength(4);
    expect(new Set(writers.map((row) => row.xmin)).size).toBe(1);
    // The discharge's one row names both families: the place given up and the one filled.
    const [discharged] = await testDb.db
      .select({ actor: auditEvents.actorUserId, subjects: auditEvents.subjectClientIds, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "enrollments.discharge"), eq(auditEvents.resourceId, cleo.enrollment.id)));
    expect(discharged).toMatchObject({
      actor: setup.clinician.user.id,
      subjects: [cleo.client.id, alex.client.id],
      detail: {
        gaveUp: [{ signUpId: sidsSeat.signUpId, sessionId: session.id, was: "confirmed", because: "consent_ended" }],
        promoted: [expect.objectContaining({ sessionId: session.id, userId: tia.user.id })],
      },
    });
    const [enrollment] = await testDb.db.select({ status: enrollments.status }).from(enrollments).where(eq(enrollments.id, cleo.enrollment.id));
    expect(enrollment?.status).toBe("discharged");
  });
});
