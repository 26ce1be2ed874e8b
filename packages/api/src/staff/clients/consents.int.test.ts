import type { SessionUser } from "@stepwise/auth";
import { auditEvents } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, consentToday } from "@stepwise/domain";
import { and, arrayContains, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyFixtures } from "../../test-support/family-fixtures";
import { createPortalCaller } from "../../portal/index";
import { createStaffCaller, staffRouter } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000);

async function arrange(db: TestDatabase["db"]) {
  const t = familyFixtures(db);
  const clinician = await t.staff("clinician");
  const setting = await t.iopProgram();
  const client = await t.enrolledClient(setting, clinician, { startsOn: "2026-01-05", firstName: "Alex" });
  const other = await t.enrolledClient(setting, clinician, { startsOn: "2026-01-05", firstName: "Blake" });
  const mother = await t.familyMemberOf(client.client, { name: "Maria Fixture", relationship: "parent", joinedAt: hoursAgo(200) });
  // Ben's link still works; Pat's lapsed without being used.
  const brother = await t.invitedFamilyMember(client.client, {
    name: "Ben Fixture",
    relationship: "sibling",
    email: "ben@fixture.test",
    until: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000),
  });
  const partner = await t.invitedFamilyMember(client.client, {
    name: "Pat Partner",
    relationship: "spouse_or_partner",
    email: "pat@fixture.test",
    sentAt: hoursAgo(24 * 9),
    until: hoursAgo(24 * 2),
  });
  const today = consentToday(new Date());
  const onDate = (on: string) => ({ kind: "date" as const, on });
  const consent = (options: Parameters<typeof t.consent>[2]) => t.consent(client.client, mother.member, options);
  const expired = await consent({ scopes: ["schedule"], signedAt: hoursAgo(190), expiry: onDate(addDays(today, -1)), purpose: "Rides to group" });
  const revoked = await consent({
    scopes: ["attendance_summary", "plan_summary"],
    signedAt: hoursAgo(150),
    expiry: onDate(addDays(today, 30)),
    revokedAt: hoursAgo(100),
    purpose: "Support",
  });
  const active = await consent({ scopes: ["schedule", "family_sessions"], signedAt: hoursAgo(50), expiry: onDate(addDays(today, 60)), purpose: "Rides and family sessions" });
  const untilTreatmentEnds = await consent({
    scopes: ["plan_summary"],
    signedAt: hoursAgo(10),
    expiry: { kind: "event", event: "end_of_treatment" },
    purpose: "Knowing my plan",
  });
  return {
    client,
    other,
    members: { mother: mother.member, brother: brother.member, partner: partner.member },
    consents: { expired, revoked, active, untilTreatmentEnds },
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

  it("says of each person and each consent exactly what the client's own family page says", async () => {
    const { familyMembers: staffReading } = await api(setup.caller).clients.consents({ clientId: setup.client.client.id });
    const portal = createPortalCaller({ db: testDb.db, caller: await setup.client.caller() });
    const clientReading = await portal.family.members();
    const standings = (members: typeof clientReading) =>
      new Map(members.map((member) => [member.id, [member.standing, member.consents.map((consent) => [consent.id, consent.standing])]]));
    expect(standings(staffReading)).toEqual(standings(clientReading));
    expect(staffReading).toHaveLength(3);
  });

  it("audits the read against the client, and answers a client with no family with an empty list", async () => {
    const before = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "clients.consents"), arrayContains(auditEvents.subjectClientIds, [setup.other.client.id])));
    expect(await api(setup.caller).clients.consents({ clientId: setup.other.client.id })).toEqual({ familyMembers: [] });
    const after = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "clients.consents"), arrayContains(auditEvents.subjectClientIds, [setup.other.client.id])));
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
