import type { SessionUser } from "@stepwise/auth";
import { auditEvents, familySessionSignUps, outboxMessages, programSessions } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type FamilyRelationship, type SignUpStatus, addDays, instantToZonedDate, zonedWallClockToInstant } from "@stepwise/domain";
import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { familyFixtures } from "../../test-support/family-fixtures";
import { fixtures, fixtureTimeZone } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const family = familyFixtures(db);
  const director = await f.staff("program_director", "Dana Director");
  const clinician = await f.staff("clinician", "Casey Clinician");
  const frontDesk = await f.staff("front_desk", "Frankie Desk");
  const administrator = await f.staff("administrator", "Avery Admin");
  const iop = await f.iopProgram();
  const php = await f.phpProgram();
  const alex = await f.enrolledClient(iop, clinician, { startsOn: "2026-01-05", firstName: "Alex" });
  const blake = await f.enrolledClient(iop, clinician, { startsOn: "2026-01-05", firstName: "Blake" });
  // Enrolled in the PHP program only: not a family for an IOP one-family session.
  const casey = await f.enrolledClient(php, clinician, { startsOn: "2026-01-05", firstName: "Casey" });
  return {
    f,
    family,
    iop,
    php,
    alex,
    blake,
    casey,
    staff: { director, clinician, frontDesk },
    callers: {
      director: await director.caller(),
      clinician: await clinician.caller(),
      frontDesk: await frontDesk.caller(),
      administrator: await administrator.caller(),
    },
  };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const api = (caller: SessionUser) => createStaffCaller({ db: testDb.db, caller });
const today = () => instantToZonedDate(new Date(), fixtureTimeZone);
const missingId = "00000000-0000-4000-8000-000000000000";

const multiFamily = (overrides: Record<string, unknown> = {}) => ({
  programId: setup.iop.program.id,
  format: "multi_family" as const,
  title: "Multi-family group",
  date: addDays(today(), 7),
  startTime: "17:00",
  endTime: "18:30",
  capacity: 8,
  facilitatorStaffId: setup.staff.clinician.member.id,
  location: "Family room",
  ...overrides,
});

const oneFamily = (clientId: string, overrides: Record<string, unknown> = {}) => ({
  ...multiFamily(),
  format: "single_family" as const,
  clientId,
  title: "Family session",
  capacity: 4,
  signUpCutoffMinutes: 24 * 60,
  location: undefined,
  videoUrl: "https://video.example.org/family",
  ...overrides,
});

async function sessionCount() {
  const [row] = await testDb.db.select({ sessions: count() }).from(programSessions).where(eq(programSessions.kind, "family"));
  return row?.sessions ?? 0;
}

/** The message of each invalid field, as the form shows them. */
async function fieldErrorsOf(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toMatchObject({ code: "BAD_REQUEST" });
  return z.flattenError((error as { cause: z.ZodError }).cause).fieldErrors;
}

/**
 * A person in the client's family with an account of their own, whom the client consented to
 * share family sessions with: until 2099, or, when `consent` is "ended", until yesterday.
 */
async function familyMember(
  client: { id: string; firstName: string; lastName: string },
  name: string,
  relationship: FamilyRelationship = "parent",
  consent: "active" | "ended" = "active",
) {
  const linked = await setup.family.familyMemberOf(client, { name, relationship });
  await setup.family.consent(client, linked.member, {
    scopes: ["family_sessions"],
    signedAt: new Date(Date.now() - 30 * 24 * 3_600_000),
    ...(consent === "ended" ? { expiry: { kind: "date" as const, on: addDays(today(), -1) } } : {}),
  });
  return linked;
}

/** A sign-up written straight into the table, as the portal would; `arrival` follows insertion. */
async function signUp(
  sessionId: string,
  who: { clientId: string; userId: string; familyMemberId?: string },
  status: SignUpStatus,
  extra: { signedUpAt?: Date; promotedAt?: Date } = {},
) {
  const [row] = await testDb.db
    .insert(familySessionSignUps)
    .values({
      sessionId,
      clientId: who.clientId,
      userId: who.userId,
      familyMemberId: who.familyMemberId ?? null,
      status,
      cancelledAt: status === "cancelled" ? new Date() : null,
      ...extra,
    })
    .returning();
  return row!;
}

describe("familySessions.create", () => {
  it("schedules a one-family session in the program's time zone, with its client, cutoff and place", async () => {
    const input = oneFamily(setup.alex.client.id);
    const { sessionId } = await api(setup.callers.clinician).familySessions.create(input);
    const [row] = await testDb.db.select().from(programSessions).where(eq(programSessions.id, sessionId));
    expect(row).toMatchObject({
      kind: "family",
      programId: setup.iop.program.id,
      clientId: setup.alex.client.id,
      scheduleOptionId: null,
      title: "Family session",
      capacity: 4,
      signUpCutoffMinutes: 1440,
      facilitatorStaffId: setup.staff.clinician.member.id,
      location: null,
      videoUrl: "https://video.example.org/family",
      cancelledAt: null,
    });
    expect(row!.startsAt).toEqual(zonedWallClockToInstant(input.date, "17:00", fixtureTimeZone));
    expect(row!.endsAt).toEqual(zonedWallClockToInstant(input.date, "18:30", fixtureTimeZone));
    const audits = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "familySessions.create"), eq(auditEvents.resourceId, sessionId)));
    expect(audits).toEqual([expect.objectContaining({ outcome: "allowed", subjectClientIds: [setup.alex.client.id], actorUserId: setup.callers.clinician.userId })]);
  });

  it("schedules a multi-family group for the whole program, closing sign-ups two hours before by default", async () => {
    const { sessionId } = await api(setup.callers.director).familySessions.create(multiFamily({ facilitatorStaffId: setup.staff.director.member.id }));
    const [row] = await testDb.db.select().from(programSessions).where(eq(programSessions.id, sessionId));
    expect(row).toMatchObject({ clientId: null, capacity: 8, signUpCutoffMinutes: 120, location: "Family room", facilitatorStaffId: setup.staff.director.member.id });
  });

  it("refuses a past date, a client not enrolled in that program, and a facilitator from the front desk, writing nothing", async () => {
    const director = api(setup.callers.director);
    const before = await sessionCount();
    await expect(director.familySessions.create(multiFamily({ date: addDays(today(), -1) }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("The date is in the past"),
    });
    await expect(director.familySessions.create(oneFamily(setup.casey.client.id))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("This client isn't currently enrolled in Adult IOP"),
    });
    await expect(director.familySessions.create(multiFamily({ facilitatorStaffId: setup.staff.frontDesk.member.id }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("The facilitator must be a clinician or program director"),
    });
    // Every reason at once, not only the first.
    const all = director.familySessions.create(
      oneFamily(setup.casey.client.id, { date: addDays(today(), -3), facilitatorStaffId: setup.staff.frontDesk.member.id }),
    );
    await expect(all).rejects.toThrow(/in the past[\s\S]*clinician or program director[\s\S]*isn't currently enrolled/);
    await expect(director.familySessions.create(multiFamily({ programId: missingId }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await sessionCount()).toBe(before);
  });

  it("refuses a session whose sign-ups would open already closed, in plain words, writing nothing", async () => {
    const director = api(setup.callers.director);
    const before = await sessionCount();
    // A week from now, with sign-ups closing two weeks before: nobody could ever sign up.
    await expect(director.familySessions.create(multiFamily({ signUpCutoffMinutes: 14 * 24 * 60 }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Sign-ups would already be closed: they close 14 days before the start. Choose a later start or a shorter sign-up cutoff."),
    });
    expect(await sessionCount()).toBe(before);
    // The same session with a cutoff that leaves time to sign up is scheduled.
    await expect(director.familySessions.create(multiFamily({ signUpCutoffMinutes: 24 * 60 }))).resolves.toMatchObject({ sessionId: expect.any(String) });
  });

  it("answers invalid input with a plain message beside each field", async () => {
    const director = api(setup.callers.director);
    expect(await fieldErrorsOf(director.familySessions.create(multiFamily({ clientId: setup.alex.client.id })))).toMatchObject({
      clientId: ["A multi-family group is open to every family in the program; don't choose a client."],
    });
    expect(await fieldErrorsOf(director.familySessions.create(oneFamily(setup.alex.client.id, { clientId: undefined })))).toMatchObject({
      clientId: ["Choose the client whose family this session is for."],
    });
    expect(await fieldErrorsOf(director.familySessions.create(multiFamily({ startTime: "18:00", endTime: "17:00" })))).toMatchObject({
      endTime: ["The end time must be after the start time."],
    });
    expect(await fieldErrorsOf(director.familySessions.create(multiFamily({ location: undefined })))).toMatchObject({
      location: ["Give a place or a video link (or both)."],
    });
    expect(await fieldErrorsOf(director.familySessions.create(multiFamily({ capacity: 0, title: " " })))).toMatchObject({
      capacity: ["A session has at least 1 seat."],
      title: ["Give the session a title."],
    });
  });
});

describe("who may use family sessions", () => {
  it("refuses the front desk and administrators every procedure, and shows them no names", async () => {
    const { sessionId } = await api(setup.callers.director).familySessions.create(oneFamily(setup.blake.client.id));
    for (const caller of [setup.callers.frontDesk, setup.callers.administrator]) {
      const staff = api(caller);
      await expect(staff.familySessions.options()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(staff.familySessions.create(multiFamily())).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(staff.familySessions.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(staff.familySessions.detail({ sessionId })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(staff.familySessions.cancel({ sessionId, reason: "Room double-booked" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(staff.clients.consents({ clientId: setup.blake.client.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const [row] = await testDb.db.select().from(programSessions).where(eq(programSessions.id, sessionId));
    expect(row!.cancelledAt).toBeNull();
  });
});

describe("familySessions.options", () => {
  it("offers active programs, clinicians and directors only, and each program's clients in current care", async () => {
    const options = await api(setup.callers.clinician).familySessions.options();
    expect(options.programs.map((program) => program.id)).toEqual(expect.arrayContaining([setup.iop.program.id, setup.php.program.id]));
    const facilitatorIds = options.facilitators.map((person) => person.id);
    expect(facilitatorIds).toEqual(expect.arrayContaining([setup.staff.clinician.member.id, setup.staff.director.member.id]));
    expect(facilitatorIds).not.toContain(setup.staff.frontDesk.member.id);
    expect(options.clients).toEqual(
      expect.arrayContaining([
        { clientId: setup.alex.client.id, name: "Fixture, Alex", programId: setup.iop.program.id },
        { clientId: setup.casey.client.id, name: "Fixture, Casey", programId: setup.php.program.id },
      ]),
    );
  });
});

describe("familySessions.list and detail", () => {
  it("count confirmed seats and the waitlist, list by start, and keep the waitlist in arrival order", async () => {
    const director = api(setup.callers.director);
    // Created later but starting sooner: the list follows the start.
    const later = await director.familySessions.create(multiFamily({ date: addDays(today(), 21), title: "Later group" }));
    const sooner = await director.familySessions.create(multiFamily({ date: addDays(today(), 20), title: "Sooner group", capacity: 2 }));
    const mom = await familyMember(setup.alex.client, "Maria Fixture", "parent");
    const brother = await familyMember(setup.alex.client, "Ben Fixture", "sibling");
    const partner = await familyMember(setup.blake.client, "Pat Partner", "spouse_or_partner");
    const sessionId = sooner.sessionId;
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await signUp(sessionId, { clientId: setup.alex.client.id, userId: mom.user.id, familyMemberId: mom.member.id }, "confirmed", { signedUpAt: minutesAgo(50) });
    const leftEarly = await signUp(sessionId, { clientId: setup.blake.client.id, userId: setup.blake.user!.id }, "cancelled", { signedUpAt: minutesAgo(40) });
    // The waitlist is served by arrival, whatever the times written on the rows say.
    const firstWaiting = await signUp(sessionId, { clientId: setup.alex.client.id, userId: brother.user.id, familyMemberId: brother.member.id }, "waitlisted", {
      signedUpAt: minutesAgo(10),
    });
    const secondWaiting = await signUp(sessionId, { clientId: setup.blake.client.id, userId: partner.user.id, familyMemberId: partner.member.id }, "waitlisted", {
      signedUpAt: minutesAgo(30),
    });
    const promotedAt = minutesAgo(5);
    const promoted = await signUp(sessionId, { clientId: setup.alex.client.id, userId: setup.alex.user!.id }, "confirmed", { signedUpAt: minutesAgo(45), promotedAt });

    const listed = await director.familySessions.list();
    const ids = listed.map((session) => session.id);
    expect(ids.indexOf(sooner.sessionId)).toBeLessThan(ids.indexOf(later.sessionId));
    expect(listed.map((session) => session.startsAt.getTime())).toEqual([...listed.map((session) => session.startsAt.getTime())].sort((a, b) => a - b));
    expect(listed.find((session) => session.id === sessionId)).toMatchObject({
      title: "Sooner group",
      format: "multi_family",
      client: null,
      program: { id: setup.iop.program.id, name: "Adult IOP" },
      capacity: 2,
      confirmedCount: 2,
      waitlistCount: 2,
      cancelled: null,
      facilitator: { id: setup.staff.clinician.member.id, name: "Casey Clinician" },
    });
    expect(listed.find((session) => session.id === later.sessionId)).toMatchObject({ confirmedCount: 0, waitlistCount: 0 });

    const detail = await director.familySessions.detail({ sessionId });
    expect(detail.confirmed.map((entry) => entry.signedUpBy)).toEqual([
      { kind: "family_member", name: "Maria Fixture", relationship: "parent" },
      { kind: "client" },
    ]);
    expect(detail.confirmed[1]).toMatchObject({ id: promoted.id, client: { id: setup.alex.client.id, name: "Fixture, Alex" }, promotedAt });
    expect(detail.waitlist.map((entry) => entry.id)).toEqual([firstWaiting.id, secondWaiting.id]);
    expect(detail.waitlist[1]).toMatchObject({ client: { name: "Fixture, Blake" }, signedUpBy: { name: "Pat Partner", relationship: "spouse_or_partner" } });
    expect(detail.cancelledSignUps.map((entry) => entry.id)).toEqual([leftEarly.id]);

    const audited = await testDb.db
      .select({ subject: auditEvents.subjectClientIds })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "familySessions.detail"), eq(auditEvents.resourceId, sessionId), eq(auditEvents.outcome, "allowed")));
    expect(audited.map((row) => [...row.subject].sort())).toEqual([[setup.alex.client.id, setup.blake.client.id].sort()]);
  });

  it("names the family's client of a one-family session in the list, and audits that", async () => {
    const clinician = api(setup.callers.clinician);
    const { sessionId } = await clinician.familySessions.create(oneFamily(setup.alex.client.id, { date: addDays(today(), 9) }));
    const listed = await clinician.familySessions.list();
    expect(listed.find((session) => session.id === sessionId)).toMatchObject({
      format: "single_family",
      client: { id: setup.alex.client.id, name: "Fixture, Alex" },
    });
    // The list's one row names every family's client it shows.
    const audited = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "familySessions.list"), eq(auditEvents.actorUserId, setup.callers.clinician.userId)));
    expect(audited).toHaveLength(1);
    expect(audited[0]?.subjectClientIds).toContain(setup.alex.client.id);
  });

  it("answers not found for a session that isn't a family session, or doesn't exist, and audits the attempt", async () => {
    const director = api(setup.callers.director);
    const group = await setup.f.groupSession(setup.iop, addDays(today(), 3));
    await expect(director.familySessions.detail({ sessionId: group.id })).rejects.toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that." });
    await expect(director.familySessions.detail({ sessionId: missingId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(director.familySessions.cancel({ sessionId: group.id, reason: "Snow day" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const denied = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "familySessions.detail"), eq(auditEvents.resourceId, group.id), eq(auditEvents.outcome, "denied")));
    expect(denied).toHaveLength(1);
    const [row] = await testDb.db.select().from(programSessions).where(eq(programSessions.id, group.id));
    expect(row!.cancelledAt).toBeNull();
  });
});

describe("familySessions.cancel", () => {
  async function outboxFor(emails: string[]) {
    return testDb.owner.db.select().from(outboxMessages).where(inArray(outboxMessages.toEmail, emails));
  }

  it("cancels with the reason and queues one mail to each person confirmed or waitlisted", async () => {
    const director = api(setup.callers.director);
    const { sessionId } = await director.familySessions.create(multiFamily({ capacity: 1, title: "Evening family group" }));
    const aunt = await familyMember(setup.blake.client, "Ann Aunt", "other_relative");
    const friend = await familyMember(setup.blake.client, "Fran Friend", "friend");
    const gone = await familyMember(setup.alex.client, "Gil Gone", "other");
    await signUp(sessionId, { clientId: setup.blake.client.id, userId: aunt.user.id, familyMemberId: aunt.member.id }, "confirmed");
    await signUp(sessionId, { clientId: setup.blake.client.id, userId: friend.user.id, familyMemberId: friend.member.id }, "waitlisted");
    await signUp(sessionId, { clientId: setup.alex.client.id, userId: gone.user.id, familyMemberId: gone.member.id }, "cancelled");

    const result = await director.familySessions.cancel({ sessionId, reason: "Facilitator ill" });
    expect(result).toEqual({ sessionId, notified: 2 });
    const [row] = await testDb.db.select().from(programSessions).where(eq(programSessions.id, sessionId));
    expect(row).toMatchObject({ cancellationReason: "Facilitator ill" });
    expect(row!.cancelledAt).not.toBeNull();

    const mail = await outboxFor([aunt.user.email, friend.user.email, gone.user.email]);
    expect(mail.map((message) => message.toEmail).sort()).toEqual([aunt.user.email, friend.user.email].sort());
    for (const message of mail) {
      expect(message).toMatchObject({ kind: "family_session_cancelled", subject: "A session you signed up for was cancelled", sentAt: null });
      // The time and the portal; no title, program or place.
      expect(message.body).toMatch(/The session on \w+day, \w+ \d+ at \d+:\d\d [AP]M (EST|EDT) has been cancelled\./);
      expect(message.body).toContain("Sign in to the portal for details.");
      expect(message.body).not.toMatch(/Evening family group|Adult IOP|Family room/);
      expect(message.body).toMatch(/^Hello (Ann Aunt|Fran Friend),/);
      // The staff reason stays with the session, out of people's inboxes.
      expect(message.body).not.toContain("Facilitator ill");
    }
    const audits = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "familySessions.cancel"), eq(auditEvents.resourceId, sessionId)));
    expect(audits).toEqual([expect.objectContaining({ outcome: "allowed", detail: { reason: "Facilitator ill", notified: 2 } })]);

    const detail = await director.familySessions.detail({ sessionId });
    expect(detail.cancelled).toMatchObject({ reason: "Facilitator ill" });

    // Cancelling again is refused, and nobody is mailed twice.
    await expect(director.familySessions.cancel({ sessionId, reason: "Facilitator ill" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await outboxFor([aunt.user.email, friend.user.email])).toHaveLength(2);
  });

  it("mails the clients and the family members whose consent still stands; the detail marks places held under one that ended", async () => {
    const director = api(setup.callers.director);
    const { sessionId } = await director.familySessions.create(multiFamily({ capacity: 2, title: "Thursday family group" }));
    const lapsed = await familyMember(setup.alex.client, "Lia Lapsed", "sibling", "ended");
    const cousin = await familyMember(setup.blake.client, "Cy Cousin", "other_relative");
    await signUp(sessionId, { clientId: setup.alex.client.id, userId: setup.alex.user!.id }, "confirmed");
    await signUp(sessionId, { clientId: setup.alex.client.id, userId: lapsed.user.id, familyMemberId: lapsed.member.id }, "confirmed");
    await signUp(sessionId, { clientId: setup.blake.client.id, userId: cousin.user.id, familyMemberId: cousin.member.id }, "waitlisted");

    const detail = await director.familySessions.detail({ sessionId });
    expect(detail.confirmed.map((entry) => [entry.signedUpBy.kind, entry.consentEnded])).toEqual([
      ["client", false],
      ["family_member", true],
    ]);
    expect(detail.waitlist.map((entry) => entry.consentEnded)).toEqual([false]);

    expect(await director.familySessions.cancel({ sessionId, reason: "Facilitator ill" })).toEqual({ sessionId, notified: 2 });
    const mail = await outboxFor([setup.alex.user!.email, lapsed.user.email, cousin.user.email]);
    expect(mail.map((message) => message.toEmail).sort()).toEqual([setup.alex.user!.email, cousin.user.email].sort());
  });

  it("refuses a session that has started, or a reason too short, and mails nobody", async () => {
    const startsAt = new Date(Date.now() - 10 * 60_000);
    const [started] = await testDb.db
      .insert(programSessions)
      .values({
        programId: setup.iop.program.id,
        kind: "family",
        title: "Started family group",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60_000),
        capacity: 6,
        signUpCutoffMinutes: 120,
        location: "Family room",
      })
      .returning();
    const uncle = await familyMember(setup.alex.client, "Hugo Uncle", "other_relative");
    await signUp(started!.id, { clientId: setup.alex.client.id, userId: uncle.user.id, familyMemberId: uncle.member.id }, "confirmed");
    const director = api(setup.callers.director);
    await expect(director.familySessions.cancel({ sessionId: started!.id, reason: "Facilitator ill" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This family session has already started, so it can't be cancelled.",
    });
    const upcoming = await director.familySessions.create(multiFamily());
    await signUp(upcoming.sessionId, { clientId: setup.alex.client.id, userId: uncle.user.id, familyMemberId: uncle.member.id }, "confirmed");
    expect(await fieldErrorsOf(director.familySessions.cancel({ sessionId: upcoming.sessionId, reason: "x" }))).toMatchObject({
      reason: [expect.stringContaining("Say briefly why")],
    });
    expect(await outboxFor([uncle.user.email])).toEqual([]);
    const rows = await testDb.db.select().from(programSessions).where(inArray(programSessions.id, [started!.id, upcoming.sessionId]));
    expect(rows.map((row) => row.cancelledAt)).toEqual([null, null]);
  });
});
