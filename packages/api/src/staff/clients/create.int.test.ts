import { signIn } from "@stepwise/auth";
import { auditEvents, clients, enrollments, passwordSetupTokens, programs, users } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, instantToZonedDate } from "@stepwise/domain";
import { and, arrayContains, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../services/tokens";
import { createPortalCaller } from "../../portal/index";
import { fixtures, fixtureTimeZone } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;
const today = instantToZonedDate(new Date(), fixtureTimeZone);

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const clinician = await f.staff("clinician");
  const frontDesk = await f.staff("front_desk");
  const iop = await f.iopProgram();
  const someone = await f.enrolledClient(iop, clinician, { startsOn: addDays(today, -14) });
  const west = await f.iopProgram();
  await db.update(programs).set({ timeZone: "America/Los_Angeles" }).where(eq(programs.id, west.program.id));
  return { clinician, frontDesk, iop, west, someone };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

type Who = { caller: () => ReturnType<typeof setup.clinician.caller> };
const api = async (who: Who) => createStaffCaller({ db: testDb.db, caller: await who.caller() });
const tokenOf = (path: string) => path.replace("/welcome/", "");

const intake = (overrides: Record<string, unknown> = {}) => ({
  firstName: "Jordan",
  lastName: `Reyes-${Math.random().toString(36).slice(2, 8)}`,
  preferredName: "Jo",
  dateOfBirth: "1991-04-12",
  programId: setup.iop.program.id,
  plannedStartOn: addDays(today, 7),
  ...overrides,
});

describe("staff clients.create", () => {
  it("creates the client, the referral and a portal account that only a one-time link can finish", async () => {
    const email = `jordan-${Date.now()}@example.test`;
    const created = await (await api(setup.clinician)).clients.create(intake({ email: email.toUpperCase() }));
    expect(created.name).toMatch(/^Reyes-\w+, Jordan \(Jo\)$/);
    expect(created.setupLink?.path).toMatch(/^\/welcome\/[A-Za-z0-9_-]{43}$/);

    const [client] = await testDb.db.select().from(clients).where(eq(clients.id, created.clientId));
    const [user] = await testDb.db.select().from(users).where(eq(users.id, client!.userId!));
    expect(user).toMatchObject({ email, kind: "client", displayName: expect.stringMatching(/^Jo Reyes-/) });
    const [enrollment] = await testDb.db.select().from(enrollments).where(eq(enrollments.clientId, created.clientId));
    expect(enrollment).toMatchObject({ status: "referred", level: "iop", startsOn: addDays(today, 7), programId: setup.iop.program.id });

    const [token] = await testDb.db.select().from(passwordSetupTokens).where(eq(passwordSetupTokens.userId, user!.id));
    const link = created.setupLink!;
    expect(token!.tokenHash).toBe(hashToken(tokenOf(link.path)));
    expect(token!.tokenHash).not.toContain(tokenOf(link.path));
    const days = (token!.expiresAt.getTime() - token!.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 3);

    // Nobody knows the starting password: not even an empty or obvious one signs in.
    const attempt = await signIn(testDb.db, { email, password: "", app: "portal", address: "10.0.0.7" });
    expect(attempt.ok).toBe(false);

    const [audit] = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "clients.create"), arrayContains(auditEvents.subjectClientIds, [created.clientId])));
    expect(audit).toMatchObject({ outcome: "allowed", resourceId: created.clientId });
  });

  it("answers with the zone of the program the client was referred to, which the link's expiry is shown in", async () => {
    const staff = await api(setup.clinician);
    const east = await staff.clients.create(intake({ email: `east-${Date.now()}@example.test` }));
    const west = await staff.clients.create(intake({ programId: setup.west.program.id, email: `west-${Date.now()}@example.test` }));
    expect([east.timeZone, west.timeZone]).toEqual([fixtureTimeZone, "America/Los_Angeles"]);
  });

  it("needs no email: then there is no account and no link", async () => {
    const created = await (await api(setup.clinician)).clients.create(intake());
    expect(created.setupLink).toBeNull();
    const [client] = await testDb.db.select().from(clients).where(eq(clients.id, created.clientId));
    expect(client?.userId).toBeNull();
  });

  it("refuses an email already in use with a plain message, leaving no client behind", async () => {
    const lastName = "Taken-email";
    await expect(
      (await api(setup.clinician)).clients.create(intake({ lastName, email: setup.someone.user!.email })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already belongs to an account") });
    expect(await testDb.db.select().from(clients).where(eq(clients.lastName, lastName))).toEqual([]);
  });

  it("refuses a date of birth in the future, leaving nothing behind", async () => {
    const lastName = "Future-birth";
    await expect(
      (await api(setup.clinician)).clients.create(intake({ lastName, dateOfBirth: addDays(today, 1) })),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("must be before today") });
    expect(await testDb.db.select().from(clients).where(eq(clients.lastName, lastName))).toEqual([]);
  });

  it("is closed to the front desk (FORBIDDEN) and to clients (NOT_FOUND)", async () => {
    await expect((await api(setup.frontDesk)).clients.create(intake())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await api(setup.someone)).clients.create(intake())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("staff clients.setupLink and portal account.setPassword", () => {
  const password = "harbor lantern quietly folds maps";

  it("issues a fresh link that replaces the old one; once the password is set, no more links", async () => {
    const email = `casey-${Date.now()}@example.test`;
    const staff = await api(setup.clinician);
    const created = await staff.clients.create(intake({ firstName: "Casey", email }));
    const fresh = await staff.clients.setupLink({ clientId: created.clientId });
    const portal = createPortalCaller({ db: testDb.db, caller: null });

    await expect(portal.account.setPassword({ token: tokenOf(created.setupLink!.path), password })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("can't be used any more"),
    });
    expect(await portal.account.setPassword({ token: tokenOf(fresh.setupLink.path), password })).toEqual({ email });
    await expect(staff.clients.setupLink({ clientId: created.clientId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("already set"),
    });
    const detail = await staff.clients.detail({ clientId: created.clientId });
    expect(detail.portalAccount).toEqual({ email, awaitingPassword: false });
  });

  it("refuses a client without an account, and the front desk", async () => {
    const created = await (await api(setup.clinician)).clients.create(intake());
    await expect((await api(setup.clinician)).clients.setupLink({ clientId: created.clientId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("no portal account"),
    });
    await expect((await api(setup.frontDesk)).clients.setupLink({ clientId: created.clientId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers a client who does not exist NOT_FOUND with a denied audit row, like a client's own call", async () => {
    const missing = "6f1d7a3e-0000-4000-8000-00000000beef";
    await expect((await api(setup.clinician)).clients.setupLink({ clientId: missing })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const rows = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "clients.setupLink"), eq(auditEvents.resourceId, missing)));
    expect(rows.map((row) => [row.outcome, row.resourceType])).toEqual([["denied", "client"]]);
    await expect((await api(setup.someone)).clients.setupLink({ clientId: missing })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
