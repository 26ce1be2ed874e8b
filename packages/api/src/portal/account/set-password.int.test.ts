import { signIn } from "@stepwise/auth";
import { auditEvents, passwordSetupTokens, users } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, instantToZonedDate } from "@stepwise/domain";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../services/tokens";
import { createStaffCaller } from "../../staff/index";
import { fixtures, fixtureTimeZone } from "../../test-support/fixtures";
import { createPortalCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;
const today = instantToZonedDate(new Date(), fixtureTimeZone);
const password = "harbor lantern quietly folds maps";

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const clinician = await f.staff("clinician");
  const iop = await f.iopProgram();
  return { clinician, iop };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

let counter = 0;
async function newAccount() {
  const email = `river-${++counter}-${Date.now()}@example.test`;
  const staff = createStaffCaller({ db: testDb.db, caller: await setup.clinician.caller() });
  const created = await staff.clients.create({
    firstName: "River",
    lastName: "Okafor",
    dateOfBirth: "1988-09-30",
    email,
    programId: setup.iop.program.id,
    plannedStartOn: addDays(today, 7),
  });
  const token = created.setupLink!.path.replace("/welcome/", "");
  const [user] = await testDb.db.select().from(users).where(eq(users.email, email));
  return { email, token, user: user!, clientId: created.clientId };
}

const portal = () => createPortalCaller({ db: testDb.db, caller: null });
const unusable = { code: "BAD_REQUEST", message: expect.stringContaining("can't be used any more") };

describe("portal account.setPassword", () => {
  it("sets the password once: the client can sign in, sessions move on, the token is spent and audited", async () => {
    const account = await newAccount();
    await portal().account.setPassword({ token: account.token, password });

    const signedIn = await signIn(testDb.db, { email: account.email, password, app: "portal", address: "10.0.1.1" });
    expect(signedIn.ok).toBe(true);
    const [after] = await testDb.db.select().from(users).where(eq(users.id, account.user.id));
    expect(after!.sessionVersion).toBe(account.user.sessionVersion + 1);
    const [token] = await testDb.db
      .select()
      .from(passwordSetupTokens)
      .where(eq(passwordSetupTokens.tokenHash, hashToken(account.token)));
    expect(token!.usedAt).not.toBeNull();
    const [audit] = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "account.setPassword"), eq(auditEvents.actorUserId, account.user.id)));
    expect(audit).toMatchObject({ outcome: "allowed", subjectClientIds: [account.clientId] });

    await expect(portal().account.setPassword({ token: account.token, password: `${password} again` })).rejects.toMatchObject(unusable);
  });

  it("works once even when the link is opened twice at the same moment", async () => {
    const account = await newAccount();
    const results = await Promise.allSettled([
      portal().account.setPassword({ token: account.token, password }),
      portal().account.setPassword({ token: account.token, password: `${password} too` }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("applies the password policy and leaves the token usable after a refusal", async () => {
    const account = await newAccount();
    await expect(portal().account.setPassword({ token: account.token, password: "short" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Use at least 12 characters."),
    });
    await expect(portal().account.setPassword({ token: account.token, password: "password1234" })).rejects.toMatchObject({
      message: expect.stringContaining("too common"),
    });
    await portal().account.setPassword({ token: account.token, password });
  });

  it("answers an expired and an unknown token with the same words, and audits the refusal", async () => {
    const account = await newAccount();
    await testDb.db
      .update(passwordSetupTokens)
      .set({ createdAt: sql`now() - interval '8 days'`, expiresAt: sql`now() - interval '1 day'` })
      .where(eq(passwordSetupTokens.userId, account.user.id));
    const expired = await portal().account.setPassword({ token: account.token, password }).catch((error: Error) => error);
    const unknown = await portal().account.setPassword({ token: "x".repeat(43), password }).catch((error: Error) => error);
    expect(expired).toMatchObject(unusable);
    expect((unknown as Error).message).toBe((expired as Error).message);
    const denied = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "account.setPassword"), eq(auditEvents.outcome, "denied")));
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });
});
