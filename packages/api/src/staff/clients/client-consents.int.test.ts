import type { SessionUser } from "@stepwise/auth";
import { auditEvents, consents, familyInvitations, familyMembers } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type ConsentScope, addDays, rightToRevokeStatement } from "@stepwise/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consentToday } from "../../consents";
import { fixtures } from "../../test-support/fixtures";
import { createStaffCaller, staffRouter } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000);

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const clinician = await f.staff("clinician");
  const setting = await f.iopProgram();
  const client = await f.enrolledClient(setting, clinician, { startsOn: "2026-01-05", firstName: "Alex" });
  const other = await f.enrolledClient(setting, clinician, { startsOn: "2026-01-05", firstName: "Blake" });
  const motherAccount = await f.account("family", "Maria Fixture");
  const [mother] = await db
    .insert(familyMembers)
    .values({
      clientId: client.client.id,
      userId: motherAccount.id,
      name: "Maria Fixture",
      relationship: "parent",
      email: motherAccount.email,
      joinedAt: hoursAgo(200),
    })
    .returning();
  const [brother] = await db
    .insert(familyMembers)
    .values({ clientId: client.client.id, name: "Ben Fixture", relationship: "sibling", email: "ben@fixture.test" })
    .returning();
  const [partner] = await db
    .insert(familyMembers)
    .values({ clientId: client.client.id, name: "Pat Partner", relationship: "spouse_or_partner", email: "pat@fixture.test" })
    .returning();
  // Ben's link still works; Pat's lapsed without being used.
  await db.insert(familyInvitations).values([
    { familyMemberId: brother!.id, tokenHash: "ben-token-hash", expiresAt: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000) },
    { familyMemberId: partner!.id, tokenHash: "pat-token-hash", createdAt: hoursAgo(24 * 9), expiresAt: hoursAgo(24 * 2) },
  ]);
  const consent = (values: { scopes: ConsentScope[]; signedAt: Date; expiresOn?: string; revokedAt?: Date; purpose: string }) => ({
    clientId: client.client.id,
    familyMemberId: mother!.id,
    scopes: values.scopes,
    purpose: values.purpose,
    expiresOn: values.expiresOn ?? null,
    expiresOnEvent: values.expiresOn ? null : ("end_of_treatment" as const),
    signedName: "Alex Fixture",
    signedAt: values.signedAt,
    revocationStatement: rightToRevokeStatement,
    revokedAt: values.revokedAt ?? null,
  });
  const today = consentToday(new Date());
  const [expired, revoked, active, untilTreatmentEnds] = await db
    .insert(consents)
    .values([
      consent({ scopes: ["schedule"], signedAt: hoursAgo(190), expiresOn: addDays(today, -1), purpose: "Rides to group" }),
      consent({ scopes: ["attendance_summary", "plan_summary"], signedAt: hoursAgo(150), expiresOn: addDays(today, 30), revokedAt: hoursAgo(100), purpose: "Support" }),
      consent({ scopes: ["schedule", "family_sessions"], signedAt: hoursAgo(50), expiresOn: addDays(today, 60), purpose: "Rides and family sessions" }),
      consent({ scopes: ["plan_summary"], signedAt: hoursAgo(10), purpose: "Knowing my plan" }),
    ])
    .returning();
  return {
    client,
    other,
    members: { mother: mother!, brother: brother!, partner: partner! },
    consents: { expired: expired!, revoked: revoked!, active: active!, untilTreatmentEnds: untilTreatmentEnds! },
    caller: await clinician.caller(),
    today,
  };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const api = (caller: SessionUser) => createStaffCaller({ db: testDb.db, caller });

describe("clients.consents", () => {
  it("lists each family member with their standing and every consent, newest first, with where it stands", async () => {
    const { familyMembers: members } = await api(setup.caller).clients.consents({ clientId: setup.client.client.id });
    expect(members.map((member) => [member.name, member.standing, member.email])).toEqual([
      ["Ben Fixture", "invited", "ben@fixture.test"],
      ["Maria Fixture", "joined", expect.stringContaining("@fixture.test")],
      ["Pat Partner", "invitation_expired", "pat@fixture.test"],
    ]);
    const mother = members.find((member) => member.id === setup.members.mother.id)!;
    expect(mother.relationship).toBe("parent");
    expect(mother.consents.map((consent) => [consent.id, consent.standing])).toEqual([
      [setup.consents.untilTreatmentEnds.id, "active"],
      [setup.consents.active.id, "active"],
      [setup.consents.revoked.id, "revoked"],
      [setup.consents.expired.id, "expired"],
    ]);
    expect(mother.consents[0]).toMatchObject({ expiry: { kind: "event", event: "end_of_treatment" }, scopes: ["plan_summary"], purpose: "Knowing my plan", signedName: "Alex Fixture" });
    expect(mother.consents[1]).toMatchObject({ expiry: { kind: "date", on: addDays(setup.today, 60) }, scopes: ["schedule", "family_sessions"], revokedAt: null });
    expect(mother.consents[2]!.revokedAt).toEqual(setup.consents.revoked.revokedAt);
    expect(members.find((member) => member.name === "Ben Fixture")!.consents).toEqual([]);
  });

  it("audits the read against the client, and answers a client with no family with an empty list", async () => {
    const before = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "clients.consents"), eq(auditEvents.subjectClientId, setup.other.client.id)));
    expect(await api(setup.caller).clients.consents({ clientId: setup.other.client.id })).toEqual({ familyMembers: [] });
    const after = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "clients.consents"), eq(auditEvents.subjectClientId, setup.other.client.id)));
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ outcome: "allowed", actorUserId: setup.caller.userId, resourceType: "client" });
  });

  it("answers an unknown client as not found, and audits the attempt", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(api(setup.caller).clients.consents({ clientId: missing })).rejects.toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that." });
    const denied = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "clients.consents"), eq(auditEvents.resourceId, missing), eq(auditEvents.outcome, "denied")));
    expect(denied).toHaveLength(1);
  });

  it("is read-only: staff have no procedure that changes a consent", () => {
    const consentProcedures = Object.entries(staffRouter._def.procedures).filter(([path]) => /consent/i.test(path));
    expect(consentProcedures.map(([path]) => path)).toEqual(["clients.consents"]);
    for (const [, procedure] of consentProcedures) expect((procedure as unknown as { _def: { type: string } })._def.type).toBe("query");
  });
});
