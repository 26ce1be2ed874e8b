import { signInAttempts, userSessions, users } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "./sign-in";
import { signInThrottle } from "./sign-in-throttle";
import { createAccount, uniqueAddress } from "./test-support/accounts";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.drop());

async function attemptsFor(email: string) {
  return testDb.db.select().from(signInAttempts).where(eq(signInAttempts.email, email));
}

async function userRow(userId: string) {
  const [row] = await testDb.db.select().from(users).where(eq(users.id, userId));
  if (!row) throw new Error("user missing");
  return row;
}

describe("signIn", () => {
  it("signs a client into the portal, opens a session row and records the success", async () => {
    const { db } = testDb;
    const account = await createAccount(db, "client");
    const address = uniqueAddress();

    const result = await signIn(db, { email: account.email, password: account.password, app: "portal", address });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user).toEqual({
      userId: account.userId,
      sessionId: result.sessionId,
      kind: "client",
      displayName: "Test client",
      email: account.email,
      clientId: account.clientId,
      staff: null,
      secondFactor: "not_needed",
    });
    expect(result.sessionVersion).toBe(1);
    const [session] = await db.select().from(userSessions).where(eq(userSessions.id, result.sessionId));
    expect(session).toMatchObject({ userId: account.userId, app: "portal", endedAt: null });
    expect(await attemptsFor(account.email)).toEqual([
      expect.objectContaining({ email: account.email, address, app: "portal", succeeded: true }),
    ]);
    const user = await userRow(account.userId);
    expect(user.lastSignInAt).toBeInstanceOf(Date);
    expect(user.failedSignInCount).toBe(0);
  });

  it("refuses an email carrying a NUL as it refuses a wrong password, and still records and counts the attempt", async () => {
    const account = await createAccount(testDb.db, "client");
    const [local, domain] = account.email.split("@");
    const typed = `${local}\u0000@${domain}`;

    const result = await signIn(testDb.db, { email: typed, password: account.password, app: "portal", address: uniqueAddress() });

    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(await attemptsFor(`${local}\uFFFD@${domain}`)).toEqual([expect.objectContaining({ succeeded: false })]);
  });

  it("trims and lowercases the email", async () => {
    const account = await createAccount(testDb.db, "family");
    const result = await signIn(testDb.db, {
      email: `  ${account.email.toUpperCase()} `,
      password: account.password,
      app: "portal",
      address: uniqueAddress(),
    });
    expect(result).toMatchObject({ ok: true, user: { kind: "family", clientId: null, staff: null } });
  });

  it("answers a wrong password and an unknown email in exactly the same way, and records both", async () => {
    const { db } = testDb;
    const account = await createAccount(db, "client");
    const unknownEmail = `nobody-${randomUUID().slice(0, 8)}@example.org`;

    const wrong = await signIn(db, { email: account.email, password: "not the password at all", app: "portal", address: uniqueAddress() });
    const unknown = await signIn(db, { email: unknownEmail, password: account.password, app: "portal", address: uniqueAddress() });

    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    expect(await attemptsFor(account.email)).toEqual([expect.objectContaining({ succeeded: false })]);
    expect(await attemptsFor(unknownEmail)).toEqual([expect.objectContaining({ succeeded: false })]);
    expect((await userRow(account.userId)).failedSignInCount).toBe(1);
  });


  it("refuses a client's correct credentials in the staff app exactly like a wrong password", async () => {
    const { db } = testDb;
    const account = await createAccount(db, "client");
    const result = await signIn(db, { email: account.email, password: account.password, app: "staff", address: uniqueAddress() });
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(await db.select().from(userSessions).where(eq(userSessions.userId, account.userId))).toEqual([]);
    expect(await attemptsFor(account.email)).toEqual([expect.objectContaining({ app: "staff", succeeded: false })]);
  });

  it("refuses staff in the portal, and signs staff into the staff app with their role", async () => {
    const { db } = testDb;
    const account = await createAccount(db, "staff", { role: "program_director" });
    const inPortal = await signIn(db, { email: account.email, password: account.password, app: "portal", address: uniqueAddress() });
    const inStaff = await signIn(db, { email: account.email, password: account.password, app: "staff", address: uniqueAddress() });
    expect(inPortal).toEqual({ ok: false, reason: "invalid" });
    expect(inStaff).toMatchObject({
      ok: true,
      // Staff always need a second factor; this account has none yet, so it starts by setting one up.
      user: { kind: "staff", clientId: null, staff: { staffMemberId: account.staffMemberId, role: "program_director" }, secondFactor: "set_up_needed" },
    });
  });

  it("refuses a disabled account with the same answer", async () => {
    const { db } = testDb;
    const account = await createAccount(db, "client", { disabled: true });
    const result = await signIn(db, { email: account.email, password: account.password, app: "portal", address: uniqueAddress() });
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(await db.select().from(userSessions).where(eq(userSessions.userId, account.userId))).toEqual([]);
  });

  it("throttles an account after too many failures, even with the right password, and records every attempt", async () => {
    const { db } = testDb;
    const account = await createAccount(db, "client");
    for (let i = 0; i < signInThrottle.maxFailuresPerAccount; i++) {
      const failed = await signIn(db, { email: account.email, password: `wrong guess ${i}`, app: "portal", address: uniqueAddress() });
      expect(failed).toEqual({ ok: false, reason: "invalid" });
    }

    const result = await signIn(db, { email: account.email, password: account.password, app: "portal", address: uniqueAddress() });

    expect(result).toEqual({ ok: false, reason: "throttled" });
    const attempts = await attemptsFor(account.email);
    expect(attempts).toHaveLength(signInThrottle.maxFailuresPerAccount + 1);
    expect(attempts.every((attempt) => !attempt.succeeded)).toBe(true);
    expect(await db.select().from(userSessions).where(eq(userSessions.userId, account.userId))).toEqual([]);
    const user = await userRow(account.userId);
    expect(user.failedSignInCount).toBe(signInThrottle.maxFailuresPerAccount);
    expect(user.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it("throttles an unknown email the same way, so throttling does not reveal which emails exist", async () => {
    const email = `nobody-${randomUUID().slice(0, 8)}@example.org`;
    for (let i = 0; i < signInThrottle.maxFailuresPerAccount; i++) {
      await signIn(testDb.db, { email, password: `wrong guess ${i}`, app: "portal", address: uniqueAddress() });
    }
    const result = await signIn(testDb.db, { email, password: "wrong again", app: "portal", address: uniqueAddress() });
    expect(result).toEqual({ ok: false, reason: "throttled" });
  });

  it("forgets an account's earlier failures once the right password is given", async () => {
    const { db } = testDb;
    const account = await createAccount(db, "client");
    const attempt = (password: string) => signIn(db, { email: account.email, password, app: "portal", address: uniqueAddress() });
    for (let i = 0; i < signInThrottle.maxFailuresPerAccount - 1; i++) await attempt(`wrong guess ${i}`);
    expect((await attempt(account.password)).ok).toBe(true);
    expect((await userRow(account.userId)).failedSignInCount).toBe(0);
    for (let i = 0; i < signInThrottle.maxFailuresPerAccount - 1; i++) await attempt(`wrong again ${i}`);
    expect((await attempt(account.password)).ok).toBe(true);
  });

  it("throttles one address spraying many emails, even for a real account's right password", async () => {
    const { db } = testDb;
    const sprayer = uniqueAddress();
    for (let i = 0; i < signInThrottle.maxFailuresPerAddress; i++) {
      const failed = await signIn(db, {
        email: `spray-${i}-${randomUUID().slice(0, 8)}@example.org`,
        password: "Winter2024!",
        app: "portal",
        address: sprayer,
      });
      expect(failed).toEqual({ ok: false, reason: "invalid" });
    }
    const account = await createAccount(db, "client");

    const fromSprayer = await signIn(db, { email: account.email, password: account.password, app: "portal", address: sprayer });
    const fromElsewhere = await signIn(db, { email: account.email, password: account.password, app: "portal", address: uniqueAddress() });

    expect(fromSprayer).toEqual({ ok: false, reason: "throttled" });
    expect(fromElsewhere.ok).toBe(true);
    const fromSprayerRows = await db.select().from(signInAttempts).where(eq(signInAttempts.address, sprayer));
    expect(fromSprayerRows).toHaveLength(signInThrottle.maxFailuresPerAddress + 1);
  });

  it("does not let parallel guesses slip under the account limit together", async () => {
    const { db } = testDb;
    const account = await createAccount(db, "client");
    const guesses = Array.from({ length: 12 }, (_, i) =>
      signIn(db, { email: account.email, password: `parallel guess ${i}`, app: "portal", address: uniqueAddress() }),
    );
    const results = await Promise.all(guesses);
    const checked = results.filter((result) => !result.ok && result.reason === "invalid");
    // Each attempt counts the others' rows before checking a password, so at most the limit get checked.
    expect(checked.length).toBeLessThanOrEqual(signInThrottle.maxFailuresPerAccount);
    expect(await attemptsFor(account.email)).toHaveLength(12);
  });
});
