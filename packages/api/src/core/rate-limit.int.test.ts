import { auditEvents, familyInvitations, familyMembers, rateLimitWindows } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type RateLimitedAction, addDays, rateLimits, rateLimitWindowStart } from "@stepwise/domain";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createStaffCaller } from "../staff/index";
import { familyFixtures, inHours } from "../test-support/family-fixtures";
import { fixtureTotpSecret } from "../test-support/fixtures";
import { codeAt, otherThan, passwordOnlySession } from "../test-support/second-factor-sessions";
import { consumeRateLimit } from "./rate-limit";

let testDb: TestDatabase;
let t: ReturnType<typeof familyFixtures>;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange() {
  const clinician = await t.staff("clinician");
  const director = await t.staff("program_director");
  const iop = await t.iopProgram();
  return { clinician, director, iop };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  t = familyFixtures(testDb.db);
  setup = await arrange();
});
afterAll(() => testDb.drop());
afterEach(() => vi.useRealTimers());

const hour = 3_600_000;
const invitesPerHour = rateLimits["family.invite"].uses;

/** Stops the clock at `at`, for the rate limits' windows only (timers keep running). */
const clockAt = (at: Date) => vi.useFakeTimers({ toFake: ["Date"], now: at });

/** Half past the current hour: every use below falls in one window, whenever the test runs. */
const midWindow = () => new Date(rateLimitWindowStart({ uses: 1, windowSeconds: 3600 }, new Date()).getTime() + hour / 2);

async function refusalOf(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (thrown: unknown) => thrown as { code: string; message: string },
  );
  return error && { code: error.code, message: error.message };
}

const aClient = (firstName: string) => t.clientInTreatment(setup.iop, setup.clinician, firstName);
const invitation = (who: string) => ({ name: "Morgan Rivera", relationship: "parent" as const, email: t.email(who) });

async function invitationsAndMailTo(email: string) {
  const members = await testDb.db.select({ id: familyMembers.id }).from(familyMembers).where(eq(familyMembers.email, email));
  const invitations = members.length
    ? await testDb.db.select().from(familyInvitations).where(inArray(familyInvitations.familyMemberId, members.map((m) => m.id)))
    : [];
  return { members: members.length, invitations: invitations.length, mail: (await t.outboxTo(email)).length };
}

describe("family.invite's rate limit", () => {
  it(`refuses the ${invitesPerHour + 1}st invitation in an hour in plain words, writing no invitation and no mail, and audits the refusal`, async () => {
    clockAt(midWindow());
    const dana = await aClient("Dana");
    for (let i = 0; i < invitesPerHour; i++) await dana.api.family.invite(invitation(`allowed${i}`));

    const refused = invitation("refused");
    expect(await refusalOf(dana.api.family.invite(refused))).toEqual({
      code: "TOO_MANY_REQUESTS",
      message: "You've done this many times in a short while. Please try again in 30 minutes.",
    });
    expect(await invitationsAndMailTo(refused.email)).toEqual({ members: 0, invitations: 0, mail: 0 });
    const denied = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "family.invite"), eq(auditEvents.outcome, "denied"), eq(auditEvents.actorUserId, dana.user.id)));
    expect(denied).toHaveLength(1);
    expect(denied[0]!.detail).toEqual({ retryAfterSeconds: 1800 });
  });

  it("leaves another account's invitations alone", async () => {
    clockAt(midWindow());
    const eve = await aClient("Eve");
    const fay = await aClient("Fay");
    for (let i = 0; i <= invitesPerHour; i++) await eve.api.family.invite(invitation(`eve${i}`)).catch(() => null);
    expect(await refusalOf(eve.api.family.invite(invitation("eve-again")))).toMatchObject({ code: "TOO_MANY_REQUESTS" });

    const fays = invitation("fays");
    await fay.api.family.invite(fays);
    expect(await invitationsAndMailTo(fays.email)).toEqual({ members: 1, invitations: 1, mail: 1 });
  });

  it("allows again in the next window", async () => {
    const start = midWindow();
    clockAt(start);
    const gil = await aClient("Gil");
    for (let i = 0; i < invitesPerHour; i++) await gil.api.family.invite(invitation(`gil${i}`));
    expect(await refusalOf(gil.api.family.invite(invitation("gil-refused")))).toMatchObject({ code: "TOO_MANY_REQUESTS" });

    clockAt(new Date(start.getTime() + hour / 2));
    const later = invitation("gil-later");
    await gil.api.family.invite(later);
    expect(await invitationsAndMailTo(later.email)).toEqual({ members: 1, invitations: 1, mail: 1 });
  });

  it("counts requests that failed and rolled back, so failing is no way around the limit", async () => {
    clockAt(midWindow());
    const hal = await aClient("Hal");
    const ownEmail = { ...invitation("own"), email: hal.user.email };
    for (let i = 0; i < invitesPerHour; i++) expect(await refusalOf(hal.api.family.invite(ownEmail))).toMatchObject({ code: "BAD_REQUEST" });

    expect(await refusalOf(hal.api.family.invite(invitation("hal-valid")))).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const [window] = await testDb.db.select().from(rateLimitWindows).where(eq(rateLimitWindows.subject, hal.user.id));
    expect(window!.uses).toBe(invitesPerHour + 1);
  });
});

describe("a burst of failing requests", () => {
  it("gets no more tries than the limit: each use is counted, and seen by the next request, before the request's work", async () => {
    const codeLimit = rateLimits["secondFactor.code"];
    clockAt(new Date(rateLimitWindowStart(codeLimit, new Date()).getTime() + (codeLimit.windowSeconds * 1000) / 2));
    const member = await t.staff("clinician");
    await member.caller(); // gives the account its authenticator
    const session = await passwordOnlySession(testDb.db, member.user.email, "staff");
    const staff = createStaffCaller({ db: testDb.db, caller: await session.caller() });
    const wrong = otherThan(await codeAt(fixtureTotpSecret));

    const burst = 30;
    const answers = await Promise.all(
      Array.from({ length: burst }, () => staff.secondFactor.verify({ method: "app", code: wrong }).then(() => "OK", (error: { code: string }) => error.code)),
    );
    expect({ checked: answers.filter((code) => code === "BAD_REQUEST").length, refused: answers.filter((code) => code === "TOO_MANY_REQUESTS").length }).toEqual({
      checked: codeLimit.uses,
      refused: burst - codeLimit.uses,
    });
    const [window] = await testDb.db
      .select()
      .from(rateLimitWindows)
      .where(and(eq(rateLimitWindows.action, "secondFactor.code"), eq(rateLimitWindows.subject, member.user.id)));
    expect(window!.uses).toBe(burst);
    const denied = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "secondFactor.verify"), eq(auditEvents.outcome, "denied"), eq(auditEvents.actorUserId, member.user.id)));
    expect(denied).toHaveLength(burst);
  });
});

describe("consumeRateLimit", () => {
  it("counts concurrent uses one by one: exactly the limit is allowed", async () => {
    const at = midWindow();
    const decisions = await Promise.all(Array.from({ length: invitesPerHour + 5 }, () => consumeRateLimit(testDb.db, "family.invite", "concurrent-subject", at)));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(invitesPerHour);
    expect(decisions.find((decision) => !decision.allowed)).toEqual({ allowed: false, retryAfterSeconds: 1800 });
  });
});

describe("every procedure that sends mail or reads much is limited under its own path", () => {
  /** Fills the account's window for `action`, this one and the next, so the next call is over the limit whenever it runs. */
  async function exhaust(action: RateLimitedAction, userId: string) {
    const limit = rateLimits[action];
    const now = new Date();
    const windows = [now, new Date(now.getTime() + limit.windowSeconds * 1000)].map((at) => rateLimitWindowStart(limit, at));
    await testDb.db.insert(rateLimitWindows).values(windows.map((windowStart) => ({ action, subject: userId, windowStart, uses: limit.uses })));
  }

  const cases: { action: RateLimitedAction; call: () => Promise<{ userId: string; attempt: () => Promise<unknown> }> }[] = [
    {
      action: "family.invite",
      call: async () => {
        const client = await aClient("Ivy");
        return { userId: client.user.id, attempt: () => client.api.family.invite(invitation("ivy")) };
      },
    },
    {
      action: "family.resendInvitation",
      call: async () => {
        const client = await aClient("Jay");
        const { member } = await t.invitedFamilyMember(client.client, { name: "Jo Parent" });
        return { userId: client.user.id, attempt: () => client.api.family.resendInvitation({ familyMemberId: member.id }) };
      },
    },
    {
      action: "familySessions.cancelSignUp",
      call: async () => {
        const client = await aClient("Kim");
        return { userId: client.user.id, attempt: () => client.api.familySessions.cancelSignUp({ signUpId: "5f0c8f7e-1d2b-4c3a-8e9f-0a1b2c3d4e5f" }) };
      },
    },
    ...(["roster.list", "clients.list", "clients.create", "clients.setupLink", "familySessions.cancel"] as const).map((action) => ({
      action,
      call: async () => {
        const caller = await setup.director.caller();
        const staff = createStaffCaller({ db: testDb.db, caller });
        const client = await aClient("Lee");
        const session = await t.familySession(setup.iop, { startsAt: inHours(72) });
        const attempts = {
          "roster.list": () => staff.roster.list(),
          "clients.list": () => staff.clients.list({ query: "Lee" }),
          "clients.create": () =>
            staff.clients.create({ firstName: "Mo", lastName: "Fixture", dateOfBirth: "1990-01-01", programId: setup.iop.program.id, plannedStartOn: addDays(t.today, 7) }),
          "clients.setupLink": () => staff.clients.setupLink({ clientId: client.client.id }),
          "familySessions.cancel": () => staff.familySessions.cancel({ sessionId: session.id, reason: "Snow day" }),
        };
        return { userId: caller.userId, attempt: attempts[action] };
      },
    })),
  ];

  it.each(cases)("$action", async ({ action, call }) => {
    const { userId, attempt } = await call();
    await exhaust(action, userId);
    expect(await refusalOf(attempt())).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const [denied] = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.outcome, "denied"), eq(auditEvents.actorUserId, userId)));
    expect(denied?.detail).toMatchObject({ retryAfterSeconds: expect.any(Number) });
  });
});
