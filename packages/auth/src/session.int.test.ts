import { staffMembers, userSessions, users } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  endAllSessions,
  endSession,
  resolveSession,
  sessionAbsoluteLifetimeMs,
  sessionIdleTimeoutMs,
} from "./session";
import type { AuthApp } from "./session-user";
import { signIn } from "./sign-in";
import { createAccount, uniqueAddress } from "./test-support/accounts";
import type { AccountKind, StaffRole } from "@stepwise/domain";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.drop());

const minutes = (n: number) => n * 60 * 1000;

/** Signs a fresh account in and returns what its cookie would carry, plus the row's times. */
async function signedIn(kind: AccountKind, app: AuthApp, role?: StaffRole) {
  const { db } = testDb;
  const account = await createAccount(db, kind, role ? { role } : {});
  const result = await signIn(db, { email: account.email, password: account.password, app, address: uniqueAddress() });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  const [row] = await db.select().from(userSessions).where(eq(userSessions.id, result.sessionId));
  if (!row) throw new Error("session row missing");
  const claims = { sessionId: result.sessionId, userId: account.userId, sessionVersion: result.sessionVersion, app };
  return { account, claims, row };
}

async function sessionRow(sessionId: string) {
  const [row] = await testDb.db.select().from(userSessions).where(eq(userSessions.id, sessionId));
  return row;
}

describe("resolveSession", () => {
  it("returns the user with client id for a live portal session", async () => {
    const { account, claims } = await signedIn("client", "portal");
    expect(await resolveSession(testDb.db, claims)).toEqual({
      userId: account.userId,
      sessionId: claims.sessionId,
      kind: "client",
      displayName: "Test client",
      email: account.email,
      clientId: account.clientId,
      staff: null,
      secondFactor: "not_needed",
    });
  });

  it("keeps a session alive within the idle timeout and moves last_seen_at forward", async () => {
    const { claims, row } = await signedIn("client", "portal");
    const now = new Date(row.lastSeenAt.getTime() + sessionIdleTimeoutMs - minutes(1));
    expect(await resolveSession(testDb.db, { ...claims, now })).not.toBeNull();
    expect((await sessionRow(claims.sessionId))?.lastSeenAt.getTime()).toBe(now.getTime());
  });

  it("writes last_seen_at at most once a minute", async () => {
    const { claims, row } = await signedIn("client", "portal");
    const now = new Date(row.lastSeenAt.getTime() + 30 * 1000);
    expect(await resolveSession(testDb.db, { ...claims, now })).not.toBeNull();
    expect((await sessionRow(claims.sessionId))?.lastSeenAt.getTime()).toBe(row.lastSeenAt.getTime());
  });

  it("ends a session idle for more than 30 minutes", async () => {
    const { claims, row } = await signedIn("client", "portal");
    const now = new Date(row.lastSeenAt.getTime() + sessionIdleTimeoutMs + minutes(1));
    expect(await resolveSession(testDb.db, { ...claims, now })).toBeNull();
    expect((await sessionRow(claims.sessionId))?.endedAt?.getTime()).toBe(now.getTime());
    // Ended for good: coming back within the idle window of "now" does not revive it.
    expect(await resolveSession(testDb.db, { ...claims, now: new Date(now.getTime() + 1000) })).toBeNull();
  });

  it("ends a session older than 12 hours even when it was used a moment ago", async () => {
    const { db } = testDb;
    const { claims, row } = await signedIn("staff", "staff");
    const now = new Date(row.createdAt.getTime() + sessionAbsoluteLifetimeMs + minutes(1));
    await db.update(userSessions).set({ lastSeenAt: new Date(now.getTime() - minutes(1)) }).where(eq(userSessions.id, claims.sessionId));
    expect(await resolveSession(db, { ...claims, now })).toBeNull();
    // Just inside the lifetime the same session still works.
    const { claims: other, row: otherRow } = await signedIn("staff", "staff");
    const almost = new Date(otherRow.createdAt.getTime() + sessionAbsoluteLifetimeMs - minutes(1));
    await db.update(userSessions).set({ lastSeenAt: new Date(almost.getTime() - minutes(1)) }).where(eq(userSessions.id, other.sessionId));
    expect(await resolveSession(db, { ...other, now: almost })).not.toBeNull();
  });

  it("refuses a cookie whose session version is older than the account's", async () => {
    const { account, claims } = await signedIn("family", "portal");
    await endAllSessions(testDb.db, account.userId);
    expect(await resolveSession(testDb.db, claims)).toBeNull();
    // Even a cookie claiming the new version does not revive the ended row.
    expect(await resolveSession(testDb.db, { ...claims, sessionVersion: claims.sessionVersion + 1 })).toBeNull();
    const [user] = await testDb.db.select().from(users).where(eq(users.id, account.userId));
    expect(user?.sessionVersion).toBe(claims.sessionVersion + 1);
  });

  it("refuses a signed-out session", async () => {
    const { claims } = await signedIn("client", "portal");
    await endSession(testDb.db, claims.sessionId);
    expect(await resolveSession(testDb.db, claims)).toBeNull();
    expect((await sessionRow(claims.sessionId))?.endedAt).toBeInstanceOf(Date);
  });

  it("reads the staff role fresh, so a role change applies on the next request", async () => {
    const { db } = testDb;
    const { account, claims } = await signedIn("staff", "staff", "clinician");
    expect((await resolveSession(db, claims))?.staff).toEqual({ staffMemberId: account.staffMemberId, role: "clinician" });
    // A director's change, made outside the app (which may not change staff records).
    await testDb.owner.db.update(staffMembers).set({ role: "front_desk" }).where(eq(staffMembers.userId, account.userId));
    expect((await resolveSession(db, claims))?.staff).toEqual({ staffMemberId: account.staffMemberId, role: "front_desk" });
  });

  it("refuses a session once the account is disabled", async () => {
    const { db } = testDb;
    const { account, claims } = await signedIn("client", "portal");
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, account.userId));
    expect(await resolveSession(db, claims)).toBeNull();
  });

  it("refuses a portal session presented to the staff app", async () => {
    const { claims } = await signedIn("client", "portal");
    expect(await resolveSession(testDb.db, { ...claims, app: "staff" })).toBeNull();
  });

  it("refuses a session id that belongs to someone else", async () => {
    const { claims } = await signedIn("client", "portal");
    const { account: other } = await signedIn("client", "portal");
    expect(await resolveSession(testDb.db, { ...claims, userId: other.userId })).toBeNull();
  });

  it("answers null, without a database error, for malformed or unknown ids", async () => {
    const { claims } = await signedIn("client", "portal");
    expect(await resolveSession(testDb.db, { ...claims, sessionId: "not-a-uuid" })).toBeNull();
    expect(await resolveSession(testDb.db, { ...claims, sessionId: randomUUID() })).toBeNull();
  });
});
