import type { SessionUser } from "@stepwise/auth";
import { auditEvents, recoveryCodes, totpFactors, userSessions, users } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTotpSecret, fixtures } from "../../test-support/fixtures";
import { codeAt, otherThan, passwordOnlySession } from "../../test-support/second-factor-sessions";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let f: ReturnType<typeof fixtures>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  f = fixtures(testDb.db);
});
afterAll(() => testDb.drop());

/** The acting staff member's current code: every fixture staff member has the same app. */
const currentCode = () => codeAt(fixtureTotpSecret);

const staffApi = async (member: { caller: () => Promise<SessionUser> }) => createStaffCaller({ db: testDb.db, caller: await member.caller() });

async function codeOf(attempt: Promise<unknown>) {
  return attempt.then(
    () => "OK",
    (error: { code?: string }) => error.code ?? "THREW",
  );
}

describe("resetting a colleague's second factor", () => {
  it("removes their authenticator and recovery codes, ends their sessions, is audited, and their next sign-in sets up a new app", async () => {
    const director = await f.staff("program_director");
    const colleague = await f.staff("clinician");
    // Signed in (through the fixtures, so with an authenticator) on two devices.
    await colleague.caller();
    const open = await passwordOnlySession(testDb.db, colleague.user.email, "staff");
    await open.caller();
    await testDb.db.insert(recoveryCodes).values({ userId: colleague.user.id, codeHash: "a".repeat(64) });

    const api = await staffApi(director);
    const listed = await api.staffAccounts.list();
    expect(listed.find((row) => row.staffMemberId === colleague.member.id)).toMatchObject({ name: colleague.user.displayName, secondFactorSetUpAt: expect.any(Date), isYou: false });
    expect(listed.find((row) => row.staffMemberId === director.member.id)).toMatchObject({ isYou: true });

    expect(await api.staffAccounts.resetSecondFactor({ staffMemberId: colleague.member.id, code: await currentCode() })).toEqual({ staffMemberId: colleague.member.id, name: colleague.user.displayName });

    expect(await testDb.db.select().from(totpFactors).where(eq(totpFactors.userId, colleague.user.id))).toEqual([]);
    expect(await testDb.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, colleague.user.id))).toEqual([]);
    const live = await testDb.db.select().from(userSessions).where(and(eq(userSessions.userId, colleague.user.id), isNull(userSessions.endedAt)));
    expect(live).toEqual([]);
    // A session already open stops resolving at once, as if signed out.
    expect(await open.alive()).toBe(false);
    const next = await passwordOnlySession(testDb.db, colleague.user.email, "staff");
    expect((await next.caller()).secondFactor).toBe("set_up_needed");
    expect((await api.staffAccounts.list()).find((row) => row.staffMemberId === colleague.member.id)?.secondFactorSetUpAt).toBeNull();

    const [row] = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "staffAccounts.resetSecondFactor"), eq(auditEvents.actorUserId, director.user.id)));
    expect(row).toMatchObject({
      outcome: "allowed",
      resourceType: "user",
      resourceId: colleague.user.id,
      subjectClientIds: [],
      detail: { event: "second_factor_reset", staffMemberId: colleague.member.id, hadSecondFactor: true },
    });
  });

  it("is for directors and administrators only: the front desk and clinicians are refused, and nothing changes", async () => {
    const colleague = await f.staff("clinician");
    await colleague.caller();
    for (const role of ["front_desk", "clinician", "privacy_officer"] as const) {
      const api = await staffApi(await f.staff(role));
      expect(await codeOf(api.staffAccounts.resetSecondFactor({ staffMemberId: colleague.member.id, code: await currentCode() })), role).toBe("FORBIDDEN");
      expect(await codeOf(api.staffAccounts.list()), role).toBe("FORBIDDEN");
    }
    const administrator = await staffApi(await f.staff("administrator"));
    expect(await testDb.db.select().from(totpFactors).where(eq(totpFactors.userId, colleague.user.id))).toHaveLength(1);
    await administrator.staffAccounts.resetSecondFactor({ staffMemberId: colleague.member.id, code: await currentCode() });
    expect(await testDb.db.select().from(totpFactors).where(eq(totpFactors.userId, colleague.user.id))).toEqual([]);
  });

  it("needs a current code from the acting staff member's own app, as a change to their own does", async () => {
    const director = await f.staff("program_director");
    const colleague = await f.staff("clinician");
    await colleague.caller();
    const api = await staffApi(director);
    const left = () => testDb.db.select().from(totpFactors).where(eq(totpFactors.userId, colleague.user.id));
    expect(await codeOf(api.staffAccounts.resetSecondFactor({ staffMemberId: colleague.member.id } as never))).toBe("BAD_REQUEST");
    const wrong = await api.staffAccounts.resetSecondFactor({ staffMemberId: colleague.member.id, code: otherThan(await currentCode()) }).catch((error: unknown) => error);
    expect(wrong).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("That code didn't work.") });
    expect(await left()).toHaveLength(1);
    await api.staffAccounts.resetSecondFactor({ staffMemberId: colleague.member.id, code: await currentCode() });
    expect(await left()).toEqual([]);
  });

  it("never resets a disabled account's: it cannot sign in, and the list says it is not active", async () => {
    const director = await f.staff("program_director");
    const colleague = await f.staff("clinician");
    await colleague.caller();
    await testDb.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, colleague.user.id));
    const api = await staffApi(director);
    expect((await api.staffAccounts.list()).find((row) => row.staffMemberId === colleague.member.id)).toMatchObject({ active: false });
    const refusal = await api.staffAccounts.resetSecondFactor({ staffMemberId: colleague.member.id, code: await currentCode() }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("That account is disabled") });
    expect(await testDb.db.select().from(totpFactors).where(eq(totpFactors.userId, colleague.user.id))).toHaveLength(1);
  });

  it("never resets one's own, and answers an unknown staff member as not found", async () => {
    const director = await f.staff("program_director");
    const api = await staffApi(director);
    const refusal = await api.staffAccounts.resetSecondFactor({ staffMemberId: director.member.id, code: await currentCode() }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("can't reset your own") });
    expect(await testDb.db.select().from(totpFactors).where(eq(totpFactors.userId, director.user.id))).toHaveLength(1);
    expect(await codeOf(api.staffAccounts.resetSecondFactor({ staffMemberId: "6f1d7a3e-0000-4000-8000-000000000000", code: await currentCode() }))).toBe("NOT_FOUND");
    const denied = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "staffAccounts.resetSecondFactor"), eq(auditEvents.actorUserId, director.user.id), eq(auditEvents.outcome, "denied")));
    expect(denied).toHaveLength(2);
  });
});
