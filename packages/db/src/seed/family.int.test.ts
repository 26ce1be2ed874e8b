import { hash } from "@node-rs/argon2";
import {
  addDays,
  consentStanding,
  type ConsentStanding,
  instantToZonedDate,
  instantToZonedTime,
  isoWeekdayOf,
  rightToRevokeStatement,
} from "@stepwise/domain";
import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client";
import * as schema from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createSeedContext } from "./center";
import { seedCenter } from "./center-data";
import { demoFamilyEmail, demoFamilyWithoutConsentEmail } from "./family-roster";
import { seedDemoData } from "./index";

// Cheap argon2 parameters: the test checks the data, not hashing strength.
const hashPassword = (plain: string) => hash(plain, { memoryCost: 1024, timeCost: 1 });
// A Wednesday in New York; the multi-family group meets on Tuesdays.
const today = new Date("2026-03-18T16:00:00Z");
const centerToday = "2026-03-18";
const zone = "America/New_York";

let testDb: TestDatabase;
let db: Database;
beforeAll(async () => {
  testDb = await createTestDatabase();
  // As the owner, as the start script seeds.
  db = testDb.owner.db;
  await seedDemoData(db, { hashPassword, today });
});
afterAll(() => testDb.drop());

async function familyAccountId(email: string): Promise<string> {
  const [user] = await db.select({ id: schema.users.id, kind: schema.users.kind }).from(schema.users).where(eq(schema.users.email, email));
  expect(user?.kind).toBe("family");
  return user?.id ?? "";
}

async function demoClient() {
  const [client] = await db
    .select({ id: schema.clients.id, firstName: schema.clients.firstName, lastName: schema.clients.lastName, userId: schema.clients.userId })
    .from(schema.clients)
    .innerJoin(schema.users, eq(schema.users.id, schema.clients.userId))
    .where(eq(schema.users.email, "client@stepwise.test"));
  if (!client) throw new Error("the demo client is missing");
  return client;
}

/** Every consent given to the account, with where it stands on the seed's day. */
async function consentsTo(email: string) {
  const rows = await db
    .select({ consent: schema.consents, clientId: schema.familyMembers.clientId })
    .from(schema.consents)
    .innerJoin(schema.familyMembers, eq(schema.familyMembers.id, schema.consents.familyMemberId))
    .innerJoin(schema.users, eq(schema.users.id, schema.familyMembers.userId))
    .where(eq(schema.users.email, email));
  const discharged = await db
    .select({ clientId: schema.enrollments.clientId })
    .from(schema.enrollments)
    .where(eq(schema.enrollments.status, "discharged"));
  const dischargedClients = new Set(discharged.map((row) => row.clientId));
  return rows.map(({ consent, clientId }) => ({
    ...consent,
    memberClientId: clientId,
    standing: consentStanding(
      {
        signedAt: consent.signedAt,
        revokedAt: consent.revokedAt,
        expiry: consent.expiresOn ? { kind: "date", on: consent.expiresOn } : { kind: "event", event: consent.expiresOnEvent ?? "end_of_treatment" },
      },
      { now: today, today: centerToday, treatmentEndedSinceSigning: dischargedClients.has(consent.clientId) },
    ) satisfies ConsentStanding,
  }));
}

async function familySessions() {
  const rows = await db
    .select({
      session: schema.programSessions,
      confirmed: sql<number>`(select count(*)::int from family_session_sign_ups s where s.session_id = program_sessions.id and s.status = 'confirmed')`,
      waitlisted: sql<number>`(select count(*)::int from family_session_sign_ups s where s.session_id = program_sessions.id and s.status = 'waitlisted')`,
    })
    .from(schema.programSessions)
    .where(eq(schema.programSessions.kind, "family"))
    .orderBy(schema.programSessions.startsAt);
  return rows;
}

describe("the families in the demo", () => {
  it("gives the demo family member one consent in force from the demo client, after one that was taken back", async () => {
    const client = await demoClient();
    await familyAccountId(demoFamilyEmail);
    const fromClient = (await consentsTo(demoFamilyEmail)).filter((consent) => consent.clientId === client.id);
    expect(fromClient.map((consent) => consent.standing).sort()).toEqual(["active", "revoked"]);

    const active = fromClient.find((consent) => consent.standing === "active");
    expect(active?.scopes.sort()).toEqual(["attendance_summary", "family_sessions", "plan_summary", "schedule"]);
    expect(active?.purpose).toBe("To support my recovery at home");
    expect(active?.expiresOn).toBe(addDays(centerToday, 182));
    for (const consent of fromClient) {
      expect(consent.signedName).toBe(`${client.firstName} ${client.lastName}`);
      expect(consent.revocationStatement).toBe(rightToRevokeStatement);
      expect(consent.memberClientId).toBe(consent.clientId);
      expect(consent.signedAt.getTime()).toBeLessThanOrEqual(today.getTime());
    }
    const revoked = fromClient.find((consent) => consent.standing === "revoked");
    expect(revoked!.revokedAt!.getTime()).toBeLessThan(active!.signedAt.getTime());
  });

  it("links the demo family account to a second client, who shares only her schedule", async () => {
    const client = await demoClient();
    const userId = await familyAccountId(demoFamilyEmail);
    const links = await db.select().from(schema.familyMembers).where(eq(schema.familyMembers.userId, userId));
    expect(links).toHaveLength(2);
    const other = links.find((link) => link.clientId !== client.id);
    const fromOther = (await consentsTo(demoFamilyEmail)).filter((consent) => consent.clientId === other?.clientId);
    expect(fromOther.map(({ scopes, standing }) => ({ scopes, standing }))).toEqual([{ scopes: ["schedule"], standing: "active" }]);
  });

  it("has a family member who joined but to whom nothing is shared", async () => {
    const client = await demoClient();
    const userId = await familyAccountId(demoFamilyWithoutConsentEmail);
    const [member] = await db.select().from(schema.familyMembers).where(eq(schema.familyMembers.userId, userId));
    expect(member?.clientId).toBe(client.id);
    expect(member?.joinedAt).not.toBeNull();
    const given = await consentsTo(demoFamilyWithoutConsentEmail);
    expect(given.length).toBeGreaterThan(0);
    expect(given.filter((consent) => consent.standing === "active")).toEqual([]);
  });

  it("shows the demo client one invitation still waiting to be accepted", async () => {
    const client = await demoClient();
    const pending = await db
      .select({ member: schema.familyMembers, invitation: schema.familyInvitations })
      .from(schema.familyMembers)
      .innerJoin(schema.familyInvitations, eq(schema.familyInvitations.familyMemberId, schema.familyMembers.id))
      .where(and(eq(schema.familyMembers.clientId, client.id), isNull(schema.familyMembers.userId)));
    expect(pending).toHaveLength(1);
    expect(pending[0]?.invitation.usedAt).toBeNull();
    expect(pending[0]!.invitation.expiresAt.getTime()).toBeGreaterThan(today.getTime());
    expect(pending[0]?.invitation.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    // Nobody accepted an invitation after it ran out.
    const accepted = await db.select().from(schema.familyInvitations).where(sql`${schema.familyInvitations.usedAt} is not null`);
    for (const invitation of accepted) expect(invitation.usedAt!.getTime()).toBeLessThanOrEqual(invitation.expiresAt.getTime());
  });

  it("schedules a weekly multi-family group for four weeks and one session for the demo client's family", async () => {
    const client = await demoClient();
    const [program] = await db
      .select({ id: schema.enrollments.programId })
      .from(schema.enrollments)
      .where(and(eq(schema.enrollments.clientId, client.id), eq(schema.enrollments.status, "active")));
    const sessions = (await familySessions()).map(({ session }) => session);
    for (const session of sessions) {
      expect(session).toMatchObject({ programId: program?.id, scheduleOptionId: null, signUpCutoffMinutes: 120, cancelledAt: null });
      expect(session.startsAt.getTime()).toBeGreaterThan(today.getTime());
    }
    const groups = sessions.filter((session) => session.clientId === null);
    expect(groups.map((session) => instantToZonedDate(session.startsAt, zone))).toEqual(["2026-03-24", "2026-03-31", "2026-04-07", "2026-04-14"]);
    for (const group of groups) {
      expect(isoWeekdayOf(instantToZonedDate(group.startsAt, zone))).toBe(2);
      expect([instantToZonedTime(group.startsAt, zone), instantToZonedTime(group.endsAt, zone)]).toEqual(["18:00", "19:30"]);
      expect(group.capacity).toBe(8);
    }
    const single = sessions.filter((session) => session.clientId !== null);
    expect(single.map(({ clientId, capacity }) => ({ clientId, capacity }))).toEqual([{ clientId: client.id, capacity: 4 }]);
    expect(instantToZonedDate(single[0]!.startsAt, zone)).toBe("2026-03-27");
  });

  it("keeps every session within its seats, with one full and waitlisted and one nearly full", async () => {
    const sessions = await familySessions();
    for (const { session, confirmed } of sessions) expect(confirmed).toBeLessThanOrEqual(session.capacity ?? 0);
    expect(sessions.filter(({ session, confirmed, waitlisted }) => confirmed === session.capacity && waitlisted === 2)).toHaveLength(1);
    expect(sessions.filter(({ session, confirmed }) => confirmed === (session.capacity ?? 0) - 1)).toHaveLength(1);

    // The waitlist is served in arrival order, so it must come after the seats it waits for.
    const full = sessions.find(({ waitlisted }) => waitlisted > 0)!.session;
    const signUps = await db
      .select()
      .from(schema.familySessionSignUps)
      .where(eq(schema.familySessionSignUps.sessionId, full.id))
      .orderBy(schema.familySessionSignUps.arrival);
    expect(signUps.map((signUp) => signUp.status)).toEqual([...Array<string>(8).fill("confirmed"), "waitlisted", "waitlisted"]);
  });

  it("gives the demo family member one seat, with more sessions still open to them", async () => {
    const userId = await familyAccountId(demoFamilyEmail);
    const theirs = await db.select().from(schema.familySessionSignUps).where(eq(schema.familySessionSignUps.userId, userId));
    expect(theirs.map((signUp) => signUp.status)).toEqual(["confirmed"]);

    const open = (await familySessions()).filter(
      ({ session, confirmed }) =>
        confirmed < (session.capacity ?? 0) &&
        session.startsAt.getTime() - (session.signUpCutoffMinutes ?? 0) * 60_000 > today.getTime() &&
        !theirs.some((signUp) => signUp.sessionId === session.id),
    );
    expect(open.length).toBeGreaterThanOrEqual(2);
  });

  it("only signs up people the client allowed: consented family members, or the client themselves", async () => {
    const signUps = await db
      .select({ signUp: schema.familySessionSignUps, member: schema.familyMembers, clientUserId: schema.clients.userId })
      .from(schema.familySessionSignUps)
      .innerJoin(schema.clients, eq(schema.clients.id, schema.familySessionSignUps.clientId))
      .leftJoin(schema.familyMembers, eq(schema.familyMembers.id, schema.familySessionSignUps.familyMemberId));
    expect(signUps.length).toBeGreaterThan(20);
    const consentsByMember = new Map<string, Awaited<ReturnType<typeof consentsTo>>>();
    for (const { signUp, member, clientUserId } of signUps) {
      expect(signUp.signedUpAt.getTime()).toBeLessThanOrEqual(today.getTime());
      if (member === null) {
        expect(signUp.userId).toBe(clientUserId);
        continue;
      }
      expect(member.clientId).toBe(signUp.clientId);
      expect(member.userId).toBe(signUp.userId);
      const [account] = await db.select({ email: schema.users.email }).from(schema.users).where(eq(schema.users.id, member.userId ?? ""));
      const given = consentsByMember.get(member.id) ?? (await consentsTo(account?.email ?? ""));
      consentsByMember.set(member.id, given);
      const allowing = given.filter(
        (consent) => consent.familyMemberId === member.id && consent.standing === "active" && consent.scopes.includes("family_sessions"),
      );
      expect(allowing).toHaveLength(1);
    }
  });
});

describe("a demo database made before family involvement", () => {
  it("gains the families on the next seed, once", async () => {
    const earlier = await createTestDatabase();
    try {
      await earlier.owner.db.transaction((tx) => seedCenter(createSeedContext(tx, hashPassword, today)).then(() => undefined));
      const [before] = await earlier.owner.db.select({ n: sql<number>`count(*)::int` }).from(schema.familyMembers);
      expect(before?.n).toBe(0);

      const upgrade = await seedDemoData(earlier.owner.db, { hashPassword, today });
      expect(upgrade.seeded).toBe(true);
      expect(upgrade.counts).toMatchObject({ clients: 0, attendance: 0, familySessions: 5 });
      expect(upgrade.counts.familyMembers).toBeGreaterThan(10);

      const again = await seedDemoData(earlier.owner.db, { hashPassword, today });
      expect(again.seeded).toBe(false);
      const [after] = await earlier.owner.db.select({ n: sql<number>`count(*)::int` }).from(schema.familyMembers);
      expect(after?.n).toBe(upgrade.counts.familyMembers);
    } finally {
      await earlier.drop();
    }
  });
});
