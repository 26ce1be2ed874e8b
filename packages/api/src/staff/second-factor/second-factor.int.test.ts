import { auditEvents, rateLimitWindows, recoveryCodes, totpFactors } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { rateLimits, rateLimitWindowStart, recoveryCodeCount } from "@stepwise/domain";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fixtures } from "../../test-support/fixtures";
import { codeAt, midStep, otherThan, passwordOnlySession, secretFromTyping } from "../../test-support/second-factor-sessions";
import { createStaffCaller } from "../index";
import { staffRouter } from "../router";

let testDb: TestDatabase;
let f: ReturnType<typeof fixtures>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  f = fixtures(testDb.db);
});
afterAll(() => testDb.drop());
afterEach(() => vi.useRealTimers());

/** Stops the clock (Date only) at `at`: the codes typed and the codes checked fall in known steps. */
const clockAt = (at: Date) => vi.useFakeTimers({ toFake: ["Date"], now: at });
const later = (seconds: number) => vi.setSystemTime(new Date(Date.now() + seconds * 1000));

/** A new staff member at their first sign-in: the session can only set up an authenticator. */
async function firstSignIn(role: Parameters<typeof f.staff>[0] = "clinician") {
  const member = await f.staff(role);
  const session = await passwordOnlySession(testDb.db, member.user.email, "staff");
  const api = async () => createStaffCaller({ db: testDb.db, caller: await session.caller() });
  return { member, session, api };
}

/** A staff member who has set up their app; the set-up session is over, and `signInAgain` starts a new one. */
async function setUp(role: Parameters<typeof f.staff>[0] = "clinician") {
  const first = await firstSignIn(role);
  const started = await (await first.api()).secondFactor.startSetUp();
  const secret = secretFromTyping(started.secretForTyping);
  const { recoveryCodes: codes } = await (await first.api()).secondFactor.confirmSetUp({ code: await codeAt(secret) });
  const signInAgain = async () => {
    const session = await passwordOnlySession(testDb.db, first.member.user.email, "staff");
    return { session, api: async () => createStaffCaller({ db: testDb.db, caller: await session.caller() }) };
  };
  return { ...first, secret, codes, signInAgain };
}

async function codeOf(attempt: Promise<unknown>) {
  return attempt.then(
    () => "OK",
    (error: { code?: string }) => error.code ?? "THREW",
  );
}

const auditOf = (userId: string, action: string) =>
  testDb.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorUserId, userId), eq(auditEvents.action, action)))
    .orderBy(asc(auditEvents.id));

describe("setting up the authenticator at a staff member's first sign-in", () => {
  it("shows the secret as a QR code and in groups, confirms it with a first code, and hands over the recovery codes once", async () => {
    clockAt(midStep());
    const { member, session, api } = await firstSignIn();
    expect((await session.caller()).secondFactor).toBe("set_up_needed");

    const started = await (await api()).secondFactor.startSetUp();
    expect(started.secretForTyping).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(new URL(started.otpauthUri).searchParams.get("secret")).toBe(secretFromTyping(started.secretForTyping));
    expect(started.qrCodeSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Started again (the button pressed twice), it is a new secret: the first is never shown again.
    const restarted = await (await api()).secondFactor.startSetUp();
    expect(restarted.secretForTyping).not.toBe(started.secretForTyping);
    const secret = secretFromTyping(restarted.secretForTyping);
    // The secret is kept sealed, never as typed.
    const [stored] = await testDb.db.select().from(totpFactors).where(eq(totpFactors.userId, member.user.id));
    expect(stored).toMatchObject({ confirmedAt: null });
    expect(stored!.encryptedSecret).not.toContain(secret);

    const { recoveryCodes: codes } = await (await api()).secondFactor.confirmSetUp({ code: await codeAt(secret) });
    expect(codes).toHaveLength(recoveryCodeCount);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    const kept = await testDb.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, member.user.id));
    expect(kept.map((row) => row.codeHash).some((hash) => codes.some((code) => hash.includes(code)))).toBe(false);
    expect(kept).toHaveLength(recoveryCodeCount);

    // This session proved the code: it reaches the staff member's work now.
    expect((await session.caller()).secondFactor).toBe("verified");
    await expect((await api()).programs.list()).resolves.toBeInstanceOf(Array);
    // And the set-up cannot be started over once confirmed.
    expect(await codeOf((await api()).secondFactor.startSetUp())).toBe("BAD_REQUEST");

    const events = [...(await auditOf(member.user.id, "secondFactor.startSetUp")), ...(await auditOf(member.user.id, "secondFactor.confirmSetUp"))];
    expect(events.map((row) => [row.outcome, (row.detail as { event: string }).event])).toEqual([
      ["allowed", "set_up_started"],
      ["allowed", "set_up_started"],
      ["denied", "set_up_refused"],
      ["allowed", "set_up"],
    ]);
  });

  it("never shows a waiting secret to another session, and the confirming session ends every other one", async () => {
    clockAt(midStep());
    // Someone with the password alone signs in first and starts the set-up, then leaves it.
    const { member, session: intruder, api: intruderApi } = await firstSignIn();
    const seen = secretFromTyping((await (await intruderApi()).secondFactor.startSetUp()).secretForTyping);
    // The owner signs in later and is given a secret of their own.
    const owner = await passwordOnlySession(testDb.db, member.user.email, "staff");
    const ownerApi = async () => createStaffCaller({ db: testDb.db, caller: await owner.caller() });
    const secret = secretFromTyping((await (await ownerApi()).secondFactor.startSetUp()).secretForTyping);
    expect(secret).not.toBe(seen);
    // The secret seen first no longer confirms anything, in either session.
    expect(await codeOf((await ownerApi()).secondFactor.confirmSetUp({ code: await codeAt(seen) }))).toBe("BAD_REQUEST");
    expect(await codeOf((await intruderApi()).secondFactor.confirmSetUp({ code: await codeAt(seen) }))).toBe("BAD_REQUEST");

    await (await ownerApi()).secondFactor.confirmSetUp({ code: await codeAt(secret) });
    expect((await owner.caller()).secondFactor).toBe("verified");
    expect(await intruder.alive()).toBe(false);
    const [confirmed] = (await auditOf(member.user.id, "secondFactor.confirmSetUp")).filter((row) => row.outcome === "allowed");
    expect(confirmed?.detail).toMatchObject({ event: "set_up", otherSessionsEnded: 1 });
  });

  it("refuses a wrong first code in plain words, audited, and leaves the session at set-up", async () => {
    clockAt(midStep());
    const { member, session, api } = await firstSignIn();
    const secret = secretFromTyping((await (await api()).secondFactor.startSetUp()).secretForTyping);
    const stale = await codeAt(secret, -60);
    const refusal = await (await api()).secondFactor.confirmSetUp({ code: stale }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("That code didn't work.") });
    expect((await session.caller()).secondFactor).toBe("set_up_needed");
    const [denied] = await auditOf(member.user.id, "secondFactor.confirmSetUp");
    expect(denied).toMatchObject({ outcome: "denied", detail: { event: "set_up_wrong_code" } });
  });
});

describe("the code step at every sign-in after", () => {
  it("accepts the current code once: the same code again, in a new session, is refused", async () => {
    clockAt(midStep());
    const staff = await setUp();
    later(30);
    const code = await codeAt(staff.secret);
    const first = await staff.signInAgain();
    expect((await first.session.caller()).secondFactor).toBe("code_needed");
    await (await first.api()).secondFactor.verify({ method: "app", code });
    expect((await first.session.caller()).secondFactor).toBe("verified");

    const second = await staff.signInAgain();
    const replay = await (await second.api()).secondFactor.verify({ method: "app", code }).catch((error: unknown) => error);
    expect(replay).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("That code didn't work.") });
    expect((await second.session.caller()).secondFactor).toBe("code_needed");
    // The next step's code works.
    later(30);
    await (await second.api()).secondFactor.verify({ method: "app", code: await codeAt(staff.secret) });
    expect((await second.session.caller()).secondFactor).toBe("verified");
  });

  it("refuses a wrong code, and a code from two steps ago, and audits each try", async () => {
    clockAt(midStep());
    const staff = await setUp();
    later(90);
    const { session, api } = await staff.signInAgain();
    const right = await codeAt(staff.secret);
    const wrong = otherThan(right);
    expect(await codeOf((await api()).secondFactor.verify({ method: "app", code: wrong }))).toBe("BAD_REQUEST");
    expect(await codeOf((await api()).secondFactor.verify({ method: "app", code: await codeAt(staff.secret, -60) }))).toBe("BAD_REQUEST");
    expect((await session.caller()).secondFactor).toBe("code_needed");
    await (await api()).secondFactor.verify({ method: "app", code: right });
    const rows = await auditOf(staff.member.user.id, "secondFactor.verify");
    expect(rows.map((row) => [row.outcome, (row.detail as { event: string }).event])).toEqual([
      ["denied", "wrong_code"],
      ["denied", "wrong_code"],
      ["allowed", "verified"],
    ]);
    expect(rows[2]!.detail).toEqual({ event: "verified", method: "app", recoveryCodesLeft: recoveryCodeCount });
  });

  it("takes a recovery code instead, each one once only", async () => {
    clockAt(midStep());
    const staff = await setUp();
    const [code] = staff.codes;
    const first = await staff.signInAgain();
    // Typed lower-case, with a space for the hyphen.
    const answer = await (await first.api()).secondFactor.verify({ method: "recovery_code", code: code!.toLowerCase().replace("-", " ") });
    expect(answer).toEqual({ recoveryCodesLeft: recoveryCodeCount - 1 });
    expect((await first.session.caller()).secondFactor).toBe("verified");

    const second = await staff.signInAgain();
    const again = await (await second.api()).secondFactor.verify({ method: "recovery_code", code: code! }).catch((error: unknown) => error);
    expect(again).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("That recovery code didn't work.") });
    expect((await second.session.caller()).secondFactor).toBe("code_needed");
    const rows = await auditOf(staff.member.user.id, "secondFactor.verify");
    expect(rows.map((row) => row.detail)).toEqual([
      { event: "verified", method: "recovery_code", recoveryCodesLeft: recoveryCodeCount - 1 },
      { event: "wrong_code", method: "recovery_code" },
    ]);
  });

  it("gives one recovery code to only one of two requests sent at the same moment", async () => {
    clockAt(midStep());
    const staff = await setUp();
    const [a, b] = [await staff.signInAgain(), await staff.signInAgain()];
    const [apiA, apiB] = [await a.api(), await b.api()];
    const results = await Promise.all([apiA, apiB].map((api) => codeOf(api.secondFactor.verify({ method: "recovery_code", code: staff.codes[1]! }))));
    expect(results.sort()).toEqual(["BAD_REQUEST", "OK"]);
  });

  it(`refuses every try past ${rateLimits["secondFactor.code"].uses} in a quarter hour, the right code too, in plain words`, async () => {
    // The middle of a quarter hour: every try below falls in one window.
    const window = rateLimitWindowStart(rateLimits["secondFactor.code"], new Date()).getTime();
    clockAt(new Date(window + 7.5 * 60_000 + 10_000 - ((window + 7.5 * 60_000) % 30_000)));
    const staff = await setUp();
    const { session, api } = await staff.signInAgain();
    const right = await codeAt(staff.secret, 30);
    const wrong = otherThan(right);
    // Setting up the app was a right code: it gave its try back.
    for (let i = 0; i < rateLimits["secondFactor.code"].uses; i++) {
      expect(await codeOf((await api()).secondFactor.verify({ method: "app", code: wrong }))).toBe("BAD_REQUEST");
    }
    const refused = await (await api()).secondFactor.verify({ method: "app", code: right }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS", message: expect.stringMatching(/Please try again in \d+ minutes\./) });
    expect(await codeOf((await api()).secondFactor.verify({ method: "recovery_code", code: staff.codes[0]! }))).toBe("TOO_MANY_REQUESTS");
    expect((await session.caller()).secondFactor).toBe("code_needed");
    // Another staff member's tries are their own.
    const other = await setUp();
    const otherSession = await other.signInAgain();
    await (await otherSession.api()).secondFactor.verify({ method: "recovery_code", code: other.codes[0]! });
    // The next window lets the right code in.
    later(10 * 60);
    await (await api()).secondFactor.verify({ method: "app", code: await codeAt(staff.secret) });
    expect((await session.caller()).secondFactor).toBe("verified");
  });

  it(`counts only wrong codes: ${rateLimits["secondFactor.code"].uses + 1} right sign-ins in a quarter hour all go through`, async () => {
    const window = rateLimitWindowStart(rateLimits["secondFactor.code"], new Date()).getTime();
    clockAt(new Date(window + 60_000 + 10_000 - ((window + 60_000) % 30_000)));
    const staff = await setUp();
    const wrong = otherThan(await codeAt(staff.secret));
    const mistyped = await staff.signInAgain();
    expect(await codeOf((await mistyped.api()).secondFactor.verify({ method: "app", code: wrong }))).toBe("BAD_REQUEST");
    for (let i = 0; i <= rateLimits["secondFactor.code"].uses; i++) {
      // A new step for each sign-in: a step's code works once.
      later(30);
      const { session, api } = await staff.signInAgain();
      await (await api()).secondFactor.verify({ method: "app", code: await codeAt(staff.secret) });
      expect((await session.caller()).secondFactor).toBe("verified");
    }
    // The one wrong code is all the window holds.
    const [counted] = await testDb.db
      .select({ uses: rateLimitWindows.uses })
      .from(rateLimitWindows)
      .where(and(eq(rateLimitWindows.action, "secondFactor.code"), eq(rateLimitWindows.subject, staff.member.user.id)));
    expect(counted?.uses).toBe(1);
  });
});

describe("new recovery codes", () => {
  it("need a proven session and a current code; the old codes stop working", async () => {
    clockAt(midStep());
    const staff = await setUp();
    later(30);
    const { api } = await staff.signInAgain();
    // Still at the sign-in step: answered as signed out.
    expect(await codeOf((await api()).secondFactor.newRecoveryCodes({ code: await codeAt(staff.secret) }))).toBe("UNAUTHORIZED");
    await (await api()).secondFactor.verify({ method: "recovery_code", code: staff.codes[0]! });
    const { recoveryCodes: fresh } = await (await api()).secondFactor.newRecoveryCodes({ code: await codeAt(staff.secret) });
    expect(fresh).toHaveLength(recoveryCodeCount);
    expect(fresh).not.toContain(staff.codes[1]);
    const next = await staff.signInAgain();
    expect(await codeOf((await next.api()).secondFactor.verify({ method: "recovery_code", code: staff.codes[1]! }))).toBe("BAD_REQUEST");
    await (await next.api()).secondFactor.verify({ method: "recovery_code", code: fresh[0]! });
  });
});

/** Calls the procedure at `path` (say "clients.detail") with `input`, answering its outcome's code. */
async function answerOf(api: ReturnType<typeof createStaffCaller>, path: string, input: unknown) {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as (input: unknown) => Promise<unknown>;
  return codeOf(procedure(input));
}

describe("a session at the second-factor step", () => {
  it("reaches no staff procedure a signed-out person cannot, other than the second-factor ones", async () => {
    clockAt(midStep());
    const setUpNeeded = await firstSignIn("program_director");
    const codeNeeded = await (await setUp("program_director")).signInAgain();
    const signedOut = createStaffCaller({ db: testDb.db, caller: null });
    const paths = Object.keys(staffRouter._def.procedures);
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) {
      const outsider = await answerOf(signedOut, path, {});
      for (const pending of [await setUpNeeded.api(), await codeNeeded.api()]) {
        const answer = await answerOf(pending, path, {});
        if (path.startsWith("secondFactor.")) {
          expect(outsider, path).toBe("UNAUTHORIZED");
          // Reached: answered, or refused for what it was sent ({} is no code).
          expect(answer, path).not.toBe("UNAUTHORIZED");
        } else {
          expect(answer, path).toBe(outsider);
        }
      }
    }
  });
});
