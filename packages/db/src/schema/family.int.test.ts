import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../client";
import { createTestDatabase, type TestDatabase } from "../testing";
import { insertClient, insertProgram } from "../testing/fixtures";
import { expectPgError, pgErrorFacts } from "../testing/pg-error";
import { consents, familyMembers, familySessionSignUps } from "./family";
import { users } from "./people";
import { programSessions } from "./program-sessions";

/**
 * Migration 0007's guards, exercised straight against the tables: what must hold whatever the
 * API does (consents keep their history, sign-ups are never removed, seats never overflow).
 */

let testDb: TestDatabase;
let db: Database;
let programId: string;
beforeAll(async () => {
  testDb = await createTestDatabase();
  // As the owner: the guards must hold for it too (the app may not even try a DELETE).
  db = testDb.owner.db;
  programId = (await insertProgram(db)).id;
});
afterAll(() => testDb.drop());

async function familyAccount() {
  const [user] = await db
    .insert(users)
    .values({ email: `family-${randomUUID()}@example.test`, passwordHash: "not-a-real-hash", kind: "family", displayName: "Test Family" })
    .returning();
  if (!user) throw new Error("no user row returned");
  return user;
}

/** A client, one family member who joined with an account, and a consent from the client to them. */
async function consentToFamilyMember() {
  const client = await insertClient(db);
  const user = await familyAccount();
  const [member] = await db
    .insert(familyMembers)
    .values({ clientId: client.id, userId: user.id, name: "Jordan", relationship: "parent", email: `${randomUUID()}@example.test`, joinedAt: new Date() })
    .returning();
  const [consent] = await db
    .insert(consents)
    .values({
      clientId: client.id,
      familyMemberId: member!.id,
      scopes: ["schedule", "family_sessions"],
      purpose: "So my mother can plan around my sessions",
      expiresOn: "2030-01-01",
      signedName: "Test Client",
      revocationStatement: "You can take back this consent at any time.",
    })
    .returning();
  return { client, user, member: member!, consent: consent! };
}

async function familySession(capacity: number) {
  const startsAt = new Date(Date.now() + 7 * 24 * 3_600_000);
  const [session] = await db
    .insert(programSessions)
    .values({
      programId,
      kind: "family",
      title: "Multi-family group",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      location: "Family room",
      capacity,
      signUpCutoffMinutes: 120,
    })
    .returning();
  if (!session) throw new Error("no session row returned");
  return session;
}

/** A person (with a client to sign up through) who can take a seat. */
async function signUpRow(sessionId: string, status: "confirmed" | "waitlisted") {
  const client = await insertClient(db);
  const user = await familyAccount();
  return { sessionId, clientId: client.id, userId: user.id, status };
}

const confirmedCount = async (sessionId: string) => {
  const rows = await db
    .select({ id: familySessionSignUps.id })
    .from(familySessionSignUps)
    .where(and(eq(familySessionSignUps.sessionId, sessionId), eq(familySessionSignUps.status, "confirmed")));
  return rows.length;
};

describe("consents keep their history", () => {
  it("can be revoked once, and never un-revoked or revoked again", async () => {
    const { consent } = await consentToFamilyMember();
    const revokedAt = new Date();
    await db.update(consents).set({ revokedAt }).where(eq(consents.id, consent.id));
    const [stored] = await db.select().from(consents).where(eq(consents.id, consent.id));
    expect(stored?.revokedAt?.getTime()).toBe(revokedAt.getTime());

    const again = await expectPgError(db.update(consents).set({ revokedAt: new Date() }).where(eq(consents.id, consent.id)));
    expect(again.message).toContain("a consent can only be revoked, once");
    const undone = await expectPgError(db.update(consents).set({ revokedAt: null }).where(eq(consents.id, consent.id)));
    expect(undone.message).toContain("a consent can only be revoked, once");
  });

  it("never changes what was signed, not even alongside a revocation", async () => {
    const { consent } = await consentToFamilyMember();
    const widened = await expectPgError(
      db.update(consents).set({ scopes: ["schedule", "attendance_summary", "plan_summary", "family_sessions"] }).where(eq(consents.id, consent.id)),
    );
    expect(widened.message).toContain("a consent can only be revoked, once");
    const sneaky = await expectPgError(
      db.update(consents).set({ revokedAt: new Date(), expiresOn: "2031-01-01" }).where(eq(consents.id, consent.id)),
    );
    expect(sneaky.message).toContain("a consent can only be revoked, once");
    const [stored] = await db.select().from(consents).where(eq(consents.id, consent.id));
    expect(stored).toMatchObject({ scopes: ["schedule", "family_sessions"], expiresOn: "2030-01-01", revokedAt: null });
  });

  it("is never deleted, revoked or not", async () => {
    const { consent } = await consentToFamilyMember();
    const whileActive = await expectPgError(db.delete(consents).where(eq(consents.id, consent.id)));
    expect(whileActive.message).toContain("consents keep history: DELETE is not allowed");
    await db.update(consents).set({ revokedAt: new Date() }).where(eq(consents.id, consent.id));
    const afterRevoking = await expectPgError(db.delete(consents).where(eq(consents.id, consent.id)));
    expect(afterRevoking.message).toContain("DELETE is not allowed");
    expect(await db.select().from(consents).where(eq(consents.id, consent.id))).toHaveLength(1);
  });

  it("can't name another client's family member", async () => {
    const { member } = await consentToFamilyMember();
    const otherClient = await insertClient(db);
    const error = await expectPgError(
      db.insert(consents).values({
        clientId: otherClient.id,
        familyMemberId: member.id,
        scopes: ["schedule"],
        purpose: "Borrowed family member",
        expiresOn: "2030-01-01",
        signedName: "Other Client",
        revocationStatement: "You can take back this consent at any time.",
      }),
    );
    expect(error.code).toBe("23503");
    expect(error.constraint).toBe("consents_family_member_of_client");
  });
});

describe("family session sign-ups", () => {
  it("are never deleted, cancelled or not", async () => {
    const session = await familySession(4);
    const [row] = await db.insert(familySessionSignUps).values(await signUpRow(session.id, "confirmed")).returning();
    const error = await expectPgError(db.delete(familySessionSignUps).where(eq(familySessionSignUps.id, row!.id)));
    expect(error.code).toBe("23001");
    expect(error.message).toContain("family_session_sign_ups keeps history");
    await db.update(familySessionSignUps).set({ status: "cancelled", cancelledAt: new Date() }).where(eq(familySessionSignUps.id, row!.id));
    await expectPgError(db.delete(familySessionSignUps).where(eq(familySessionSignUps.id, row!.id)));
    expect(await db.select().from(familySessionSignUps).where(eq(familySessionSignUps.id, row!.id))).toHaveLength(1);
  });

  it("can't take a seat in one client's name as another client's family member", async () => {
    const session = await familySession(4);
    const { client, user, member } = await consentToFamilyMember();
    const otherClient = await insertClient(db);
    const error = await expectPgError(
      db.insert(familySessionSignUps).values({ sessionId: session.id, clientId: otherClient.id, familyMemberId: member.id, userId: user.id, status: "confirmed" }),
    );
    expect(error.code).toBe("23503");
    expect(error.constraint).toBe("family_session_sign_ups_family_member_of_client");
    await db.insert(familySessionSignUps).values({ sessionId: session.id, clientId: client.id, familyMemberId: member.id, userId: user.id, status: "confirmed" });
    expect(await confirmedCount(session.id)).toBe(1);
  });

  it("hold one active sign-up per person per session; a cancelled one leaves room for a new one", async () => {
    const session = await familySession(4);
    const first = await signUpRow(session.id, "confirmed");
    const [row] = await db.insert(familySessionSignUps).values(first).returning();
    const twice = await expectPgError(db.insert(familySessionSignUps).values({ ...first, status: "waitlisted" }));
    expect(twice.code).toBe("23505");
    expect(twice.constraint).toBe("family_session_sign_ups_one_per_person");

    await db.update(familySessionSignUps).set({ status: "cancelled", cancelledAt: new Date() }).where(eq(familySessionSignUps.id, row!.id));
    await db.insert(familySessionSignUps).values(first);
    const rows = await db.select().from(familySessionSignUps).where(eq(familySessionSignUps.userId, first.userId));
    expect(rows.map((r) => r.status).sort()).toEqual(["cancelled", "confirmed"]);
  });

  it("date every cancellation, and only cancellations", async () => {
    const session = await familySession(4);
    const undated = await expectPgError(db.insert(familySessionSignUps).values({ ...(await signUpRow(session.id, "confirmed")), status: "cancelled" }));
    expect(undated.constraint).toBe("family_session_sign_ups_cancelled_dated");
    const datedButActive = await expectPgError(
      db.insert(familySessionSignUps).values({ ...(await signUpRow(session.id, "confirmed")), cancelledAt: new Date() }),
    );
    expect(datedButActive.constraint).toBe("family_session_sign_ups_cancelled_dated");
  });
});

describe("the capacity trigger", () => {
  it("refuses a confirmed sign-up beyond capacity, and lets the waitlist grow", async () => {
    const session = await familySession(2);
    await db.insert(familySessionSignUps).values([await signUpRow(session.id, "confirmed"), await signUpRow(session.id, "confirmed")]);
    const full = await expectPgError(db.insert(familySessionSignUps).values(await signUpRow(session.id, "confirmed")));
    expect(full.code).toBe("23514");
    expect(full.constraint).toBe("family_session_sign_ups_within_capacity");
    await db.insert(familySessionSignUps).values(await signUpRow(session.id, "waitlisted"));
    expect(await confirmedCount(session.id)).toBe(2);
  });

  it("refuses promoting a waitlisted sign-up into a full session, and allows it once a seat frees up", async () => {
    const session = await familySession(1);
    const [seated] = await db.insert(familySessionSignUps).values(await signUpRow(session.id, "confirmed")).returning();
    const [waiting] = await db.insert(familySessionSignUps).values(await signUpRow(session.id, "waitlisted")).returning();
    const promote = () =>
      db.update(familySessionSignUps).set({ status: "confirmed", promotedAt: new Date() }).where(eq(familySessionSignUps.id, waiting!.id));

    const full = await expectPgError(promote());
    expect(full.constraint).toBe("family_session_sign_ups_within_capacity");

    await db.update(familySessionSignUps).set({ status: "cancelled", cancelledAt: new Date() }).where(eq(familySessionSignUps.id, seated!.id));
    await promote();
    expect(await confirmedCount(session.id)).toBe(1);
  });

  it("refuses confirmed seats in a session that has no capacity", async () => {
    const [individual] = await db
      .insert(programSessions)
      .values({ programId, kind: "individual", title: "Individual", startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000) })
      .returning();
    const error = await expectPgError(db.insert(familySessionSignUps).values(await signUpRow(individual!.id, "confirmed")));
    expect(error.constraint).toBe("family_session_sign_ups_within_capacity");
  });

  it("keeps simultaneous confirmed inserts within capacity even when the code takes no lock", async () => {
    const capacity = 5;
    const attempts = 24;
    const session = await familySession(capacity);
    const rows = await Promise.all(Array.from({ length: attempts }, () => signUpRow(session.id, "confirmed")));

    // A pool of its own, wide enough that the inserts really run side by side on separate connections.
    const pool = createDatabase(testDb.url, { max: attempts, applicationName: "stepwise-test-capacity" });
    try {
      // Each in its own transaction that pauses after the insert, so all are in flight at once.
      const outcomes = await Promise.allSettled(
        rows.map((row) =>
          pool.db.transaction(async (tx) => {
            await tx.insert(familySessionSignUps).values(row);
            await tx.execute(sql`select pg_sleep(0.05)`);
          }),
        ),
      );
      const refused = outcomes.filter((outcome) => outcome.status === "rejected");
      expect(outcomes.length - refused.length).toBe(capacity);
      for (const outcome of refused) {
        expect(pgErrorFacts((outcome as PromiseRejectedResult).reason).constraint).toBe("family_session_sign_ups_within_capacity");
      }
    } finally {
      await pool.close();
    }
    expect(await confirmedCount(session.id)).toBe(capacity);
  });
});
