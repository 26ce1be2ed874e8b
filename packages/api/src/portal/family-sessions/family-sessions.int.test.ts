import { randomUUID } from "node:crypto";
import { createDatabase } from "@stepwise/db/client";
import { auditEvents, consents, familySessionSignUps, outboxMessages, programSessions } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays } from "@stepwise/domain";
import { and, arrayContains, asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAuditTrail } from "../../core/audit";
import { releaseSeats } from "../../services/seats/release-seats";
import { familyFixtures, inHours } from "../../test-support/family-fixtures";
import { mondayInFixtureZone } from "../../test-support/fixtures";
import { requireScope } from "../../services/consent-access";
import { createPortalCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const t = familyFixtures(db);
  const now = new Date();
  const monday = mondayInFixtureZone(now);
  const clinician = await t.staff("clinician", "Dana Reyes");
  const iop = await t.iopProgram();
  const php = await t.phpProgram();
  const alex = await t.enrolledClient(iop, clinician, { startsOn: addDays(monday, -14), firstName: "Alex" });
  const blair = await t.enrolledClient(iop, clinician, { startsOn: addDays(monday, -14), firstName: "Blair" });

  // Fran is family to both Alex and Blair; Gil only sees Alex's schedule.
  const fran = await t.familyMemberOf(alex.client, { name: "Fran Both" });
  await t.consent(alex.client, fran.member, { scopes: ["family_sessions", "schedule"] });
  const franAtBlair = await t.familyMemberOf(blair.client, { name: "Fran Both", user: fran.user });
  await t.consent(blair.client, franAtBlair.member, { scopes: ["family_sessions"] });
  const gil = await t.familyMemberOf(alex.client, { name: "Gil Schedule" });
  await t.consent(alex.client, gil.member, { scopes: ["schedule"] });

  const sessions = {
    group: await t.familySession(iop, { startsAt: inHours(24 * 5, now), capacity: 2, title: "Multi-family group", videoUrl: "https://video.example/family" }),
    alexOnly: await t.familySession(iop, { startsAt: inHours(24 * 6, now), clientId: alex.client.id, capacity: 3, title: "Alex's family session" }),
    blairOnly: await t.familySession(iop, { startsAt: inHours(24 * 6, now), clientId: blair.client.id, capacity: 3 }),
    closingSoon: await t.familySession(iop, { startsAt: inHours(1, now), clientId: alex.client.id }),
    started: await t.familySession(iop, { startsAt: inHours(-0.5, now), clientId: alex.client.id }),
    cancelled: await t.familySession(iop, { startsAt: inHours(24 * 4, now), cancelled: true }),
    otherProgram: await t.familySession(php, { startsAt: inHours(24 * 4, now) }),
    noSignUps: await t.session(iop, { startsAt: inHours(24 * 3, now), kind: "family", title: "Family therapy", clientId: alex.client.id }),
  };
  return { t, now, iop, alex, blair, fran, gil, sessions };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

/** Another person consented by Alex to join family sessions. */
async function alexsFamily(name: string) {
  const linked = await setup.t.familyMemberOf(setup.alex.client, { name });
  const consent = await setup.t.consent(setup.alex.client, linked.member, { scopes: ["family_sessions"] });
  return { ...linked, consent };
}

const signUpsOf = (sessionId: string) =>
  testDb.db
    .select()
    .from(familySessionSignUps)
    .where(eq(familySessionSignUps.sessionId, sessionId))
    .orderBy(asc(familySessionSignUps.arrival));

describe("familySessions.eligible", () => {
  it("lists the upcoming sessions open to the caller's families, saying whose family each is for", async () => {
    const api = await setup.fran.api();
    const eligible = await api.familySessions.eligible();
    const { sessions, alex, blair } = setup;
    expect(eligible.map((session) => session.sessionId).sort()).toEqual(
      [sessions.group.id, sessions.alexOnly.id, sessions.blairOnly.id, sessions.closingSoon.id].sort(),
    );
    const group = eligible.find((session) => session.sessionId === sessions.group.id);
    expect(group).toMatchObject({
      title: "Multi-family group",
      format: "multi_family",
      place: "both",
      location: "Family room",
      timeZone: "America/New_York",
      capacity: 2,
      seatsTaken: 0,
      waitlistLength: 0,
      signUpsCloseAt: new Date(sessions.group.startsAt.getTime() - 120 * 60_000),
      closedReason: null,
      mySignUp: null,
    });
    expect(group?.forClients).toEqual(
      expect.arrayContaining([
        { clientId: alex.client.id, name: "Alex Fixture" },
        { clientId: blair.client.id, name: "Blair Fixture" },
      ]),
    );
    expect(eligible.find((session) => session.sessionId === sessions.blairOnly.id)?.forClients).toEqual([
      { clientId: blair.client.id, name: "Blair Fixture" },
    ]);
    expect(eligible.find((session) => session.sessionId === sessions.closingSoon.id)?.closedReason).toMatch(/Sign-ups for this session have closed/);
    expect(JSON.stringify(eligible)).not.toContain("video.example");
  });

  it("lists nothing without a consent to share family sessions, and audits each client read with the consent it was under", async () => {
    expect(await (await setup.gil.api()).familySessions.eligible()).toEqual([]);
    const rows = await testDb.db
      .select({ subject: auditEvents.subjectClientIds, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, setup.fran.user.id), eq(auditEvents.action, "familySessions.eligible")));
    expect(new Set(rows.flatMap((row) => row.subject))).toEqual(new Set([setup.alex.client.id, setup.blair.client.id]));
    const [atAlex] = await setup.t.consentsOf(setup.fran.member.id);
    expect(rows.at(-1)?.detail).toMatchObject({ scope: "family_sessions", consents: { [setup.alex.client.id]: [atAlex!.id] } });
  });
});

describe("familySessions.signUp and cancel", () => {
  it("seats people while seats remain, then waitlists them in order; nobody twice", async () => {
    const { group } = setup.sessions;
    const fran = await setup.fran.api();
    expect(await fran.familySessions.signUp({ sessionId: group.id, clientId: setup.alex.client.id })).toMatchObject({
      status: "confirmed",
      waitlistPosition: null,
    });
    // Through another client makes no difference: one person holds one place per session.
    await expect(fran.familySessions.signUp({ sessionId: group.id, clientId: setup.blair.client.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You're already signed up for this session.",
    });

    const hana = await alexsFamily("Hana Second");
    const ivan = await alexsFamily("Ivan Third");
    const june = await alexsFamily("June Fourth");
    expect(await (await hana.api()).familySessions.signUp({ sessionId: group.id, clientId: setup.alex.client.id })).toMatchObject({ status: "confirmed" });
    expect(await (await ivan.api()).familySessions.signUp({ sessionId: group.id, clientId: setup.alex.client.id })).toMatchObject({
      status: "waitlisted",
      waitlistPosition: 1,
    });
    expect(await (await june.api()).familySessions.signUp({ sessionId: group.id, clientId: setup.alex.client.id })).toMatchObject({
      status: "waitlisted",
      waitlistPosition: 2,
    });

    const listed = (await fran.familySessions.eligible()).find((session) => session.sessionId === group.id);
    expect(listed).toMatchObject({ seatsTaken: 2, waitlistLength: 2, mySignUp: { status: "confirmed", waitlistPosition: null } });
    const juneSees = (await (await june.api()).familySessions.mine()).find((signUp) => signUp.sessionId === group.id);
    expect(juneSees).toMatchObject({ status: "waitlisted", waitlistPosition: 2, videoUrl: null, forClient: { name: "Alex Fixture" } });

    const rows = await signUpsOf(group.id);
    expect(rows.map((row) => [row.userId, row.status, row.familyMemberId, row.clientId])).toEqual([
      [setup.fran.user.id, "confirmed", setup.fran.member.id, setup.alex.client.id],
      [hana.user.id, "confirmed", hana.member.id, setup.alex.client.id],
      [ivan.user.id, "waitlisted", ivan.member.id, setup.alex.client.id],
      [june.user.id, "waitlisted", june.member.id, setup.alex.client.id],
    ]);

    // A seat given up goes to the first person waiting, who is told by mail, in the same transaction.
    const mine = await fran.familySessions.mine();
    const franSeat = mine.find((signUp) => signUp.sessionId === group.id)!;
    expect(franSeat).toMatchObject({ status: "confirmed", videoUrl: "https://video.example/family", cancelClosedReason: null });
    expect(await fran.familySessions.cancelSignUp({ signUpId: franSeat.signUpId })).toEqual({ signUpId: franSeat.signUpId, status: "cancelled" });

    const after = await signUpsOf(group.id);
    const byUser = new Map(after.map((row) => [row.userId, row]));
    expect(byUser.get(setup.fran.user.id)).toMatchObject({ status: "cancelled" });
    expect(byUser.get(setup.fran.user.id)?.cancelledAt).toBeInstanceOf(Date);
    expect(byUser.get(ivan.user.id)).toMatchObject({ status: "confirmed" });
    expect(byUser.get(ivan.user.id)?.promotedAt).toBeInstanceOf(Date);
    expect(byUser.get(june.user.id)?.status).toBe("waitlisted");
    expect((await (await june.api()).familySessions.mine()).find((signUp) => signUp.sessionId === group.id)?.waitlistPosition).toBe(1);

    const mail = await testDb.owner.db.select().from(outboxMessages).where(inArray(outboxMessages.toEmail, [ivan.user.email, june.user.email, setup.fran.user.email]));
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ kind: "waitlist_promotion", toEmail: ivan.user.email, sentAt: null });
    // The mail says as little as it can: the time, and the portal for the rest.
    expect(mail[0]?.subject).toBe("A seat has opened up for you");
    expect(mail[0]?.body).toContain("A seat has opened up, and it's yours");
    expect(mail[0]?.body).toMatch(/the session on \w+day, \w+ \d+ at \d+:\d\d [AP]M (EST|EDT)\./);
    expect(mail[0]?.body).toContain("Sign in to the portal for details.");
    expect(mail[0]?.body).not.toMatch(/Multi-family group|Family room|video\.example|Adult IOP/);

    // One transaction wrote the cancellation, the promotion and the mail: the rows share their xmin.
    const writers = await testDb.owner.db.execute<{ xmin: string }>(sql`
      select xmin::text from family_session_sign_ups where id in (${byUser.get(setup.fran.user.id)!.id}, ${byUser.get(ivan.user.id)!.id})
      union all select xmin::text from outbox_messages where id = ${mail[0]!.id}`);
    expect(writers).toHaveLength(3);
    expect(new Set(writers.map((row) => row.xmin)).size).toBe(1);

    // The cancellation's one row names the seat given up, the promotion it caused and the consent it was made under.
    const [franConsent] = await setup.t.consentsOf(setup.fran.member.id);
    const audited = await testDb.db
      .select({ subject: auditEvents.subjectClientIds, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, setup.fran.user.id), eq(auditEvents.action, "familySessions.cancelSignUp"), eq(auditEvents.resourceId, franSeat.signUpId)));
    expect(audited).toEqual([
      {
        subject: [setup.alex.client.id],
        detail: {
          gaveUp: [{ signUpId: franSeat.signUpId, sessionId: group.id, was: "confirmed", because: "cancelled" }],
          promoted: [{ signUpId: byUser.get(ivan.user.id)!.id, sessionId: group.id, userId: ivan.user.id }],
          scope: "family_sessions",
          consents: { [setup.alex.client.id]: [franConsent!.id] },
        },
      },
    ]);

    // Signing up again after cancelling is a fresh arrival: the back of the line.
    expect(await fran.familySessions.signUp({ sessionId: group.id, clientId: setup.blair.client.id })).toMatchObject({
      status: "waitlisted",
      waitlistPosition: 2,
    });
  });

  it("cancelling a waitlist place promotes nobody", async () => {
    const session = await setup.t.familySession(setup.iop, { startsAt: inHours(24 * 7), capacity: 1 });
    const kim = await alexsFamily("Kim Seat");
    const lou = await alexsFamily("Lou Wait");
    await (await kim.api()).familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id });
    const waiting = await (await lou.api()).familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id });
    await (await lou.api()).familySessions.cancelSignUp({ signUpId: waiting.signUpId });
    expect((await signUpsOf(session.id)).map((row) => row.status)).toEqual(["confirmed", "cancelled"]);
  });

  it("refuses, in plain words, sign-ups after the cutoff, for a session that started, and for a cancelled one", async () => {
    const fran = await setup.fran.api();
    const { closingSoon, started, cancelled } = setup.sessions;
    const alexId = setup.alex.client.id;
    await expect(fran.familySessions.signUp({ sessionId: closingSoon.id, clientId: alexId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Sign-ups for this session have closed. Please call the center if you'd like to join.",
    });
    await expect(fran.familySessions.signUp({ sessionId: started.id, clientId: alexId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This session has already started or taken place.",
    });
    await expect(fran.familySessions.signUp({ sessionId: cancelled.id, clientId: alexId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This session was cancelled, so sign-ups are closed.",
    });
    for (const session of [closingSoon, started, cancelled]) expect(await signUpsOf(session.id)).toEqual([]);
  });

  it("answers NOT_FOUND without a family_sessions consent, for another family's session, another program's group, or an unknown id", async () => {
    const fran = await setup.fran.api();
    const gil = await setup.gil.api();
    const { alexOnly, blairOnly, otherProgram, noSignUps } = setup.sessions;
    const alexId = setup.alex.client.id;
    const attempts = [
      () => gil.familySessions.signUp({ sessionId: alexOnly.id, clientId: alexId }),
      () => fran.familySessions.signUp({ sessionId: blairOnly.id, clientId: alexId }),
      () => fran.familySessions.signUp({ sessionId: otherProgram.id, clientId: alexId }),
      () => fran.familySessions.signUp({ sessionId: noSignUps.id, clientId: alexId }),
      () => fran.familySessions.signUp({ sessionId: randomUUID(), clientId: alexId }),
      () => fran.familySessions.signUp({ sessionId: alexOnly.id, clientId: randomUUID() }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that." });
    for (const session of [alexOnly, blairOnly, otherProgram, noSignUps]) expect(await signUpsOf(session.id)).toEqual([]);
    const denied = await testDb.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, setup.gil.user.id), eq(auditEvents.outcome, "denied"), arrayContains(auditEvents.subjectClientIds, [alexId])));
    expect(denied.map((row) => row.action)).toContain("familySessions.signUp");
  });

  it("cancels only the caller's own active sign-up, and only before the cutoff", async () => {
    const session = await setup.t.familySession(setup.iop, { startsAt: inHours(24 * 3), clientId: setup.alex.client.id });
    const mo = await alexsFamily("Mo Cancel");
    const mine = await (await mo.api()).familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id });
    const notMine = (await setup.fran.api()).familySessions.cancelSignUp({ signUpId: mine.signUpId });
    await expect(notMine).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Staff move the session to an hour from now: too late to cancel here.
    await testDb.db.update(programSessions).set({ startsAt: inHours(1), endsAt: inHours(2) }).where(eq(programSessions.id, session.id));
    const listed = (await (await mo.api()).familySessions.mine()).find((signUp) => signUp.signUpId === mine.signUpId);
    expect(listed?.cancelClosedReason).toBe("It's too close to the start to cancel here. Please call the center to let them know.");
    await expect((await mo.api()).familySessions.cancelSignUp({ signUpId: mine.signUpId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "It's too close to the start to cancel here. Please call the center to let them know.",
    });
    expect((await signUpsOf(session.id)).map((row) => row.status)).toEqual(["confirmed"]);

    await testDb.db.update(programSessions).set({ startsAt: inHours(24 * 3), endsAt: inHours(24 * 3 + 1) }).where(eq(programSessions.id, session.id));
    await (await mo.api()).familySessions.cancelSignUp({ signUpId: mine.signUpId });
    await expect((await mo.api()).familySessions.cancelSignUp({ signUpId: mine.signUpId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a client signing up for their own family", () => {
  async function clientWithOwnSession(firstName: string) {
    const clinician = await setup.t.staff("clinician", `${firstName} Clinician`);
    const client = await setup.t.clientInTreatment(setup.iop, clinician, firstName);
    const own = await setup.t.familySession(setup.iop, { startsAt: inHours(24 * 8), clientId: client.client.id, capacity: 2, title: `${firstName}'s family session` });
    return { ...client, own };
  }

  it("sees their own one-family sessions and their program's groups, and signs up as themselves, with no consent needed", async () => {
    const dee = await clientWithOwnSession("Dee");
    const group = await setup.t.familySession(setup.iop, { startsAt: inHours(24 * 9), capacity: 3, title: "Wednesday family group" });
    const eligible = await dee.api.familySessions.eligible();
    const ids = eligible.map((session) => session.sessionId);
    expect(ids).toEqual(expect.arrayContaining([dee.own.id, group.id, setup.sessions.group.id]));
    for (const other of [setup.sessions.alexOnly, setup.sessions.blairOnly, setup.sessions.otherProgram, setup.sessions.cancelled]) {
      expect(ids).not.toContain(other.id);
    }
    expect(eligible.find((session) => session.sessionId === dee.own.id)).toMatchObject({
      format: "single_family",
      forClients: [{ clientId: dee.client.id, name: "Dee Fixture" }],
      mySignUp: null,
    });

    expect(await dee.api.familySessions.signUp({ sessionId: dee.own.id, clientId: dee.client.id })).toEqual({
      signUpId: expect.any(String),
      status: "confirmed",
      waitlistPosition: null,
    });
    await dee.api.familySessions.signUp({ sessionId: group.id, clientId: dee.client.id });
    expect((await signUpsOf(dee.own.id)).map((row) => [row.userId, row.familyMemberId, row.clientId, row.status])).toEqual([
      [dee.user.id, null, dee.client.id, "confirmed"],
    ]);

    const mine = await dee.api.familySessions.mine();
    expect(mine.map((signUp) => [signUp.sessionId, signUp.status, signUp.forClient])).toEqual([
      [dee.own.id, "confirmed", { clientId: dee.client.id, name: "Dee Fixture" }],
      [group.id, "confirmed", { clientId: dee.client.id, name: "Dee Fixture" }],
    ]);
    const audited = await testDb.db
      .select({ action: auditEvents.action, subject: auditEvents.subjectClientIds })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, dee.user.id), eq(auditEvents.outcome, "allowed")));
    expect(audited).toEqual(
      expect.arrayContaining([
        { action: "familySessions.eligible", subject: [dee.client.id] },
        { action: "familySessions.signUp", subject: [dee.client.id] },
        { action: "familySessions.mine", subject: [dee.client.id] },
      ]),
    );

    // Their seat is theirs to give up, and the next person waiting takes it.
    const eve = await setup.t.familyMemberOf(dee.client, { name: "Eve Waiting" });
    await setup.t.consent(dee.client, eve.member, { scopes: ["family_sessions"] });
    const kin = await setup.t.familyMemberOf(dee.client, { name: "Kin Seated" });
    await setup.t.consent(dee.client, kin.member, { scopes: ["family_sessions"] });
    await (await kin.api()).familySessions.signUp({ sessionId: dee.own.id, clientId: dee.client.id });
    await (await eve.api()).familySessions.signUp({ sessionId: dee.own.id, clientId: dee.client.id });
    await dee.api.familySessions.cancelSignUp({ signUpId: mine[0]!.signUpId });
    expect((await signUpsOf(dee.own.id)).map((row) => [row.userId, row.status])).toEqual([
      [dee.user.id, "cancelled"],
      [kin.user.id, "confirmed"],
      [eve.user.id, "confirmed"],
    ]);
  });

  it("answers not found for another client's family, another family's session, or another program's group; a client not in a program gets no groups", async () => {
    const fay = await clientWithOwnSession("Fay");
    const alexId = setup.alex.client.id;
    const attempts = [
      () => fay.api.familySessions.signUp({ sessionId: fay.own.id, clientId: alexId }),
      () => fay.api.familySessions.signUp({ sessionId: setup.sessions.alexOnly.id, clientId: fay.client.id }),
      () => fay.api.familySessions.signUp({ sessionId: setup.sessions.alexOnly.id, clientId: alexId }),
      () => fay.api.familySessions.signUp({ sessionId: setup.sessions.otherProgram.id, clientId: fay.client.id }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that." });
    for (const session of [fay.own, setup.sessions.otherProgram]) expect(await signUpsOf(session.id)).toEqual([]);
    const denied = await testDb.db
      .select({ subject: auditEvents.subjectClientIds })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, fay.user.id), eq(auditEvents.action, "familySessions.signUp"), eq(auditEvents.outcome, "denied")));
    expect(denied.flatMap((row) => row.subject)).toEqual(expect.arrayContaining([alexId, fay.client.id]));

    const outside = await setup.t.clientNotInTreatment("Gus");
    expect(await outside.api.familySessions.eligible()).toEqual([]);
    await expect(outside.api.familySessions.signUp({ sessionId: setup.sessions.group.id, clientId: outside.client.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("familySessions.mine", () => {
  it("shows sign-ups only through clients whose family_sessions consent is still active", async () => {
    const nia = await setup.t.familyMemberOf(setup.alex.client, { name: "Nia Two" });
    const alexConsent = await setup.t.consent(setup.alex.client, nia.member, { scopes: ["family_sessions"] });
    const niaAtBlair = await setup.t.familyMemberOf(setup.blair.client, { name: "Nia Two", user: nia.user });
    await setup.t.consent(setup.blair.client, niaAtBlair.member, { scopes: ["family_sessions"] });
    const api = await nia.api();
    await api.familySessions.signUp({ sessionId: setup.sessions.alexOnly.id, clientId: setup.alex.client.id });
    await api.familySessions.signUp({ sessionId: setup.sessions.blairOnly.id, clientId: setup.blair.client.id });
    expect((await api.familySessions.mine()).map((signUp) => signUp.forClient.clientId).sort()).toEqual(
      [setup.alex.client.id, setup.blair.client.id].sort(),
    );

    await setup.t.revoke(alexConsent.id);
    const after = await api.familySessions.mine();
    expect(after.map((signUp) => [signUp.sessionId, signUp.forClient])).toEqual([
      [setup.sessions.blairOnly.id, { clientId: setup.blair.client.id, name: "Blair Fixture" }],
    ]);
  });
});

describe("releaseSeats", () => {
  it("cancels a person's future sign-ups through one client and fills their seats from the waitlists", async () => {
    const session = await setup.t.familySession(setup.iop, { startsAt: inHours(24 * 8), capacity: 1, title: "Evening family group" });
    const other = await setup.t.familySession(setup.iop, { startsAt: inHours(24 * 9), capacity: 2 });
    const otto = await alexsFamily("Otto Leaving");
    const pia = await alexsFamily("Pia Waiting");
    const quinn = await alexsFamily("Quinn Expired");
    const ottoApi = await otto.api();
    await ottoApi.familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id });
    await ottoApi.familySessions.signUp({ sessionId: other.id, clientId: setup.alex.client.id });
    // Quinn waits first, but their consent ends before the seat opens: Pia, next in line, gets it.
    await (await quinn.api()).familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id });
    await (await pia.api()).familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id });
    await setup.t.revoke(quinn.consent.id);

    await setup.t.revoke(otto.consent.id);
    const released = await testDb.db.transaction((tx) =>
      withAuditTrail(tx, "family.revokeConsent", { userId: setup.alex.user!.id, kind: "client" }, (audit) =>
        releaseSeats(tx, { userId: otto.user.id, clientId: setup.alex.client.id }, new Date(), audit),
      ),
    );
    expect(released.cancelled).toHaveLength(2);
    expect(released.promoted).toHaveLength(1);

    // Quinn's place is given up too, since their consent ended: nobody holds a place they aren't entitled to.
    const rows = await signUpsOf(session.id);
    expect(rows.map((row) => [row.userId, row.status])).toEqual([
      [otto.user.id, "cancelled"],
      [quinn.user.id, "cancelled"],
      [pia.user.id, "confirmed"],
    ]);
    expect((await signUpsOf(other.id)).map((row) => row.status)).toEqual(["cancelled"]);
    const mail = await testDb.owner.db.select().from(outboxMessages).where(inArray(outboxMessages.toEmail, [pia.user.email, quinn.user.email]));
    expect(mail.map((row) => [row.toEmail, row.kind])).toEqual([[pia.user.email, "waitlist_promotion"]]);
    expect(mail[0]?.body).not.toContain("Evening family group");
  });
});

/** A place written straight into the table, as if taken earlier, while the person's consent was in force. */
function placeTakenEarlier(sessionId: string, who: { user: { id: string }; member: { id: string } }, status: "confirmed" | "waitlisted", clientId = setup.alex.client.id) {
  return setup.t.placeTaken({ sessionId, clientId, userId: who.user.id, familyMemberId: who.member.id, status });
}

/** Someone whose consent from Alex to share family sessions ran out on a date that has passed. */
async function alexsFamilyWithExpiredConsent(name: string) {
  const linked = await setup.t.familyMemberOf(setup.alex.client, { name });
  await setup.t.consent(setup.alex.client, linked.member, {
    scopes: ["family_sessions"],
    signedAt: new Date(Date.now() - 60 * 24 * 3_600_000),
    expiry: { kind: "date", on: addDays(setup.t.today, -1) },
  });
  return linked;
}

/** The requests whose audit row says they gave up this place: who made them, what they were, and the entry. */
async function releases(signUpId: string) {
  const rows = await testDb.db
    .select({ actor: auditEvents.actorUserId, during: auditEvents.action, subjects: auditEvents.subjectClientIds, detail: auditEvents.detail })
    .from(auditEvents)
    .where(sql`${auditEvents.detail} -> 'gaveUp' @> ${JSON.stringify([{ signUpId }])}::jsonb`);
  return rows.map(({ detail, ...row }) => ({
    ...row,
    gaveUp: (detail as { gaveUp: { signUpId: string }[] }).gaveUp.find((entry) => entry.signUpId === signUpId),
  }));
}

describe("places held under a consent that has ended", () => {
  it("are given up, audited, before a sign-up counts the seats, and the seat goes to the first person waiting", async () => {
    const session = await setup.t.familySession(setup.iop, { startsAt: inHours(24 * 11), capacity: 1 });
    const kit = await alexsFamilyWithExpiredConsent("Kit Expired");
    const lee = await alexsFamily("Lee Waiting");
    const mo = await alexsFamily("Mo Arriving");
    const kitsSeat = await placeTakenEarlier(session.id, kit, "confirmed");
    await placeTakenEarlier(session.id, lee, "waitlisted");

    // Mo finds the seat given to Lee, who was waiting, and waits first in line.
    expect(await (await mo.api()).familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id })).toMatchObject({
      status: "waitlisted",
      waitlistPosition: 1,
    });
    const rows = await signUpsOf(session.id);
    expect(rows.map((row) => [row.userId, row.status])).toEqual([
      [kit.user.id, "cancelled"],
      [lee.user.id, "confirmed"],
      [mo.user.id, "waitlisted"],
    ]);
    expect(await releases(kitsSeat.id)).toEqual([
      {
        actor: mo.user.id,
        during: "familySessions.signUp",
        subjects: [setup.alex.client.id],
        gaveUp: { signUpId: kitsSeat.id, sessionId: session.id, was: "confirmed", because: "consent_ended" },
      },
    ]);
    const mail = await testDb.owner.db.select().from(outboxMessages).where(inArray(outboxMessages.toEmail, [kit.user.email, lee.user.email, mo.user.email]));
    expect(mail.map((row) => [row.toEmail, row.kind])).toEqual([[lee.user.email, "waitlist_promotion"]]);
  });

  it("let someone whose old place lost its consent sign up again through a client who still shares", async () => {
    const session = await setup.t.familySession(setup.iop, { startsAt: inHours(24 * 12), capacity: 4 });
    const nell = await alexsFamilyWithExpiredConsent("Nell Both");
    const nellAtBlair = await setup.t.familyMemberOf(setup.blair.client, { name: "Nell Both", user: nell.user });
    await setup.t.consent(setup.blair.client, nellAtBlair.member, { scopes: ["family_sessions"] });
    await placeTakenEarlier(session.id, nell, "confirmed");
    expect(await (await nell.api()).familySessions.signUp({ sessionId: session.id, clientId: setup.blair.client.id })).toMatchObject({
      status: "confirmed",
    });
    expect((await signUpsOf(session.id)).map((row) => [row.clientId, row.status])).toEqual([
      [setup.alex.client.id, "cancelled"],
      [setup.blair.client.id, "confirmed"],
    ]);
  });

  it("are given up when a seat is promoted, so a consent that ended with the client's treatment passes nobody a seat", async () => {
    const clinician = await setup.t.staff("clinician", "Kai Clinician");
    const cleo = await setup.t.enrolledClient(setup.iop, clinician, { startsOn: addDays(setup.t.today, -21), firstName: "Cleo" });
    const session = await setup.t.familySession(setup.iop, { startsAt: inHours(24 * 13), capacity: 1 });
    const rae = await alexsFamily("Rae Seated");
    const sid = await setup.t.familyMemberOf(cleo.client, { name: "Sid Until Discharge" });
    await setup.t.consent(cleo.client, sid.member, { scopes: ["family_sessions"], expiry: { kind: "event", event: "end_of_treatment" } });
    const tia = await alexsFamily("Tia Next");
    const raeSeat = await (await rae.api()).familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id });
    const sidPlace = await (await sid.api()).familySessions.signUp({ sessionId: session.id, clientId: cleo.client.id });
    await (await tia.api()).familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id });
    expect(sidPlace).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });

    await setup.t.recordDischarge(cleo.enrollment.id, setup.t.today);
    expect(await (await sid.api()).familySessions.mine()).toEqual([]);
    await (await rae.api()).familySessions.cancelSignUp({ signUpId: raeSeat.signUpId });

    expect((await signUpsOf(session.id)).map((row) => [row.userId, row.status])).toEqual([
      [rae.user.id, "cancelled"],
      [sid.user.id, "cancelled"],
      [tia.user.id, "confirmed"],
    ]);
    expect(await releases(sidPlace.signUpId)).toEqual([
      {
        actor: rae.user.id,
        during: "familySessions.cancelSignUp",
        subjects: [setup.alex.client.id, cleo.client.id],
        gaveUp: { signUpId: sidPlace.signUpId, sessionId: session.id, was: "waitlisted", because: "consent_ended" },
      },
    ]);
    const mail = await testDb.owner.db.select().from(outboxMessages).where(inArray(outboxMessages.toEmail, [sid.user.email, tia.user.email]));
    expect(mail.map((row) => [row.toEmail, row.kind])).toEqual([[tia.user.email, "waitlist_promotion"]]);
  });
});

describe("cancelling under a consent that has ended", () => {
  it("answers not found, audited, even with another client still sharing, and leaves the place and the session unread", async () => {
    const session = await setup.t.familySession(setup.iop, { startsAt: inHours(24 * 14), capacity: 2 });
    const uma = await alexsFamilyWithExpiredConsent("Uma Lapsed");
    // Blair still shares family sessions with Uma, but the old place was taken through Alex.
    const umaAtBlair = await setup.t.familyMemberOf(setup.blair.client, { name: "Uma Lapsed", user: uma.user });
    await setup.t.consent(setup.blair.client, umaAtBlair.member, { scopes: ["family_sessions"] });
    const oldPlace = await placeTakenEarlier(session.id, uma, "confirmed");

    await expect((await uma.api()).familySessions.cancelSignUp({ signUpId: oldPlace.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "We couldn't find that.",
    });
    expect((await signUpsOf(session.id)).map((row) => row.status)).toEqual(["confirmed"]);
    const audited = await testDb.db
      .select({ action: auditEvents.action, outcome: auditEvents.outcome, subject: auditEvents.subjectClientIds })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, uma.user.id), eq(auditEvents.resourceId, oldPlace.id)));
    expect(audited).toEqual([{ action: "familySessions.cancelSignUp", outcome: "denied", subject: [setup.alex.client.id] }]);
  });
});

describe("a client revoking consent", () => {
  it("gives up the seats that person held in the client's name, in the same transaction, unless another consent still shares family sessions", async () => {
    const session = await setup.t.familySession(setup.iop, { startsAt: inHours(24 * 10), capacity: 1, title: "Sunday family group" });
    const sam = await alexsFamily("Sam Seated");
    const tess = await alexsFamily("Tess Waiting");
    await (await sam.api()).familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id });
    await (await tess.api()).familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id });
    const alexApi = createPortalCaller({ db: testDb.db, caller: await setup.alex.caller() });

    // A second consent that still shares family sessions keeps Sam's seat when the first is revoked.
    const second = await setup.t.consent(setup.alex.client, sam.member, { scopes: ["family_sessions", "schedule"] });
    await alexApi.family.revokeConsent({ consentId: sam.consent.id });
    expect((await signUpsOf(session.id)).map((row) => row.status)).toEqual(["confirmed", "waitlisted"]);

    await alexApi.family.revokeConsent({ consentId: second.id });
    const rows = await signUpsOf(session.id);
    expect(rows.map((row) => [row.userId, row.status])).toEqual([
      [sam.user.id, "cancelled"],
      [tess.user.id, "confirmed"],
    ]);
    const mail = await testDb.owner.db.select().from(outboxMessages).where(eq(outboxMessages.toEmail, tess.user.email));
    expect(mail.map((row) => row.kind)).toEqual(["waitlist_promotion"]);
    const [audit] = await testDb.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "family.revokeConsent"), eq(auditEvents.resourceId, second.id)));
    expect(audit?.detail).toMatchObject({ seatsReleased: 1 });
  });
});

describe("a sign-up in flight and a revocation", () => {
  it("holds the consent rows for share while a sign-up is in flight: a revocation meanwhile waits for the lock (here it times out) and changes nothing", async () => {
    const rae = await alexsFamily("Rae Racing");
    const other = createDatabase(testDb.url, { max: 1, applicationName: "stepwise-test-revocation" });
    try {
      await testDb.db.transaction(async (tx) => {
        const client = await requireScope(tx, { userId: rae.user.id, clientId: setup.alex.client.id, scope: "family_sessions", lock: true }, new Date());
        expect("clientId" in client).toBe(true);
        const revoking = other.db.transaction(async (revocation) => {
          await revocation.execute(sql`set local lock_timeout = '300ms'`);
          await revocation.update(consents).set({ revokedAt: new Date() }).where(eq(consents.id, rae.consent.id));
        });
        const error = await revoking.then(
          () => null,
          (failure: { cause?: { code?: string } }) => failure.cause?.code,
        );
        expect(error).toBe("55P03");
      });
    } finally {
      await other.close();
    }
    const [stored] = await testDb.db.select({ revokedAt: consents.revokedAt }).from(consents).where(eq(consents.id, rae.consent.id));
    expect(stored?.revokedAt).toBeNull();
  });
});
