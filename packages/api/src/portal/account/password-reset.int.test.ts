import { resolveSession, signIn } from "@stepwise/auth";
import { auditEvents, outboxMessages, passwordSetupTokens, totpFactors, userSessions, users } from "@stepwise/db/schema";
import { createTestDatabase, ownerOf, type TestDatabase } from "@stepwise/db/testing";
import { addDays, instantToZonedDate, passwordResetWords, rateLimits } from "@stepwise/domain";
import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../services/tokens";
import { createStaffCaller } from "../../staff/index";
import { fixturePassword, fixtureTimeZone } from "../../test-support/fixtures";
import { portalTestData } from "../../test-support/portal-fixtures";
import { createPortalCaller } from "../index";

let testDb: TestDatabase;
let f: ReturnType<typeof portalTestData>;
const newPassword = "copper kettles hum beside the quiet harbor";

beforeAll(async () => {
  testDb = await createTestDatabase();
  f = portalTestData(testDb.db);
});
afterAll(() => testDb.drop());

const portal = (address?: string) => createPortalCaller({ db: testDb.db, caller: null, ...(address ? { address } : {}) });
const unusable = { code: "BAD_REQUEST", message: passwordResetWords.linkUnusable };

let counter = 0;
const unknownAddress = () => `nobody-${++counter}-${Date.now()}@example.test`;

/** What was mailed to an address, newest first; read as the owner, since the app only queues mail. */
const mailsTo = (email: string) =>
  ownerOf(testDb.db)
    .select().from(outboxMessages).where(eq(outboxMessages.toEmail, email)).orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id));

/** The token in the newest reset mail to this address, read from the link as its reader would. */
async function mailedResetToken(email: string): Promise<string> {
  const [mail] = await mailsTo(email);
  const token = mail?.body.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no reset link mailed to ${email}`);
  return token;
}

const resetLinksOf = (userId: string) =>
  testDb.db
    .select()
    .from(passwordSetupTokens)
    .where(and(eq(passwordSetupTokens.userId, userId), eq(passwordSetupTokens.purpose, "reset")));

async function signInWith(email: string, password: string) {
  return signIn(testDb.db, { email, password, app: "portal", address: "10.0.9.9" });
}

/** A client with a portal account and a password, and a family member's account. */
async function accounts() {
  const clinician = await f.staff("clinician");
  const river = await f.unenrolledClient("River");
  const family = await f.account("family", "Jordan Fixture");
  return { clinician, client: river.user, clientId: river.client.id, family };
}

describe("portal account.requestPasswordReset", () => {
  it("answers an address with an account and one without in exactly the same words, and mails only the account", async () => {
    const { client, family, clinician } = await accounts();
    const nobody = unknownAddress();

    const forClient = await portal().account.requestPasswordReset({ email: client.email });
    const forNobody = await portal().account.requestPasswordReset({ email: nobody });
    const forStaff = await portal().account.requestPasswordReset({ email: clinician.user.email });
    const forFamily = await portal().account.requestPasswordReset({ email: ` ${family.email.toUpperCase()} ` });

    expect(forClient).toEqual({ message: passwordResetWords.requested });
    expect(forNobody).toEqual(forClient);
    expect(forStaff).toEqual(forClient);
    expect(forFamily).toEqual(forClient);

    const clientMails = await mailsTo(client.email);
    expect(clientMails).toHaveLength(1);
    expect(clientMails[0]).toMatchObject({ kind: "password_reset", subject: "Reset your Stepwise password", sentAt: null });
    expect(clientMails[0]!.body).toMatch(/^http:\/\/localhost:3000\/reset-password\/[A-Za-z0-9_-]{43}$/m);
    expect(await mailsTo(family.email)).toHaveLength(1);
    // A staff address gets no portal link (the staff app has its own), and an unknown one nothing.
    expect(await mailsTo(nobody)).toHaveLength(0);
    expect(await mailsTo(clinician.user.email)).toHaveLength(0);
    expect(await resetLinksOf(clinician.user.id)).toHaveLength(0);
  });

  it("stores only the link's SHA-256, as a reset link that works for 30 minutes", async () => {
    const { client } = await accounts();
    await portal().account.requestPasswordReset({ email: client.email });
    const token = await mailedResetToken(client.email);

    const links = await resetLinksOf(client.id);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ tokenHash: hashToken(token), purpose: "reset", usedAt: null, createdByUserId: null });
    expect(links[0]!.tokenHash).not.toContain(token);
    expect(links[0]!.expiresAt.getTime() - links[0]!.createdAt.getTime()).toBe(30 * 60 * 1000);
    const [stored] = await testDb.db.execute<{ found: boolean }>(
      sql`select exists (select 1 from password_setup_tokens t where t::text like ${`%${token}%`}) as found`,
    );
    expect(stored?.found).toBe(false);
  });

  it("writes one audit row for the request, naming the client whose account got a link", async () => {
    const { client, clientId } = await accounts();
    await portal().account.requestPasswordReset({ email: client.email });
    const [row] = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "account.requestPasswordReset"), eq(auditEvents.resourceId, client.id)));
    expect(row).toMatchObject({ outcome: "allowed", actorUserId: null, resourceType: "user", subjectClientIds: [clientId] });
  });

  it("refuses the sixth request for one address in an hour, with or without an account, and mails nothing more", async () => {
    const { client } = await accounts();
    const nobody = unknownAddress();
    const limit = rateLimits["account.requestPasswordReset"].uses;
    for (let i = 0; i < limit; i++) {
      await portal().account.requestPasswordReset({ email: client.email });
      await portal().account.requestPasswordReset({ email: nobody });
    }
    const refusedForClient = await portal()
      .account.requestPasswordReset({ email: client.email })
      .catch((error: Error) => error);
    const refusedForNobody = await portal()
      .account.requestPasswordReset({ email: nobody })
      .catch((error: Error) => error);
    expect(refusedForClient).toMatchObject({ code: "TOO_MANY_REQUESTS", message: expect.stringContaining("Please try again in") });
    expect((refusedForNobody as Error).message).toBe((refusedForClient as Error).message);
    expect(await mailsTo(client.email)).toHaveLength(limit);
    // Another address is not held back by this one's count.
    await expect(portal().account.requestPasswordReset({ email: unknownAddress() })).resolves.toEqual({ message: passwordResetWords.requested });
  });

  it("refuses a network address that asks for too many addresses' links, and not another network address", async () => {
    const address = `203.0.113.${(Date.now() % 200) + 1}`;
    const limit = rateLimits["account.requestPasswordReset.fromNetworkAddress"].uses;
    for (let i = 0; i < limit; i++) await portal(address).account.requestPasswordReset({ email: unknownAddress() });
    await expect(portal(address).account.requestPasswordReset({ email: unknownAddress() })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    await expect(portal("198.51.100.1").account.requestPasswordReset({ email: unknownAddress() })).resolves.toEqual({
      message: passwordResetWords.requested,
    });
  });
});

describe("portal account.resetPassword", () => {
  it("sets the new password once, ends every session of the account, and signs nobody in", async () => {
    const { client } = await accounts();
    const first = await signInWith(client.email, fixturePassword);
    const second = await signInWith(client.email, fixturePassword);
    if (!first.ok || !second.ok) throw new Error("fixture sign-in failed");
    const sessionsBefore = await testDb.db.select().from(userSessions).where(eq(userSessions.userId, client.id));

    await portal().account.requestPasswordReset({ email: client.email });
    const token = await mailedResetToken(client.email);
    expect(await portal().account.resetPassword({ token, password: newPassword })).toEqual({ message: passwordResetWords.changed });

    // An old session's next request is signed out, whichever cookie it carries.
    for (const session of [first, second]) {
      expect(await resolveSession(testDb.db, { sessionId: session.sessionId, userId: client.id, sessionVersion: session.sessionVersion, app: "portal" })).toBeNull();
    }
    const sessionsAfter = await testDb.db.select().from(userSessions).where(eq(userSessions.userId, client.id));
    expect(sessionsAfter).toHaveLength(sessionsBefore.length);
    expect(sessionsAfter.every((session) => session.endedAt !== null)).toBe(true);
    const [account] = await testDb.db.select().from(users).where(eq(users.id, client.id));
    expect(account!.sessionVersion).toBe(first.sessionVersion + 1);

    expect((await signInWith(client.email, fixturePassword)).ok).toBe(false);
    expect((await signInWith(client.email, newPassword)).ok).toBe(true);
    await expect(portal().account.resetPassword({ token, password: `${newPassword} again` })).rejects.toMatchObject(unusable);

    const [audit] = await testDb.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "account.resetPassword"), eq(auditEvents.actorUserId, client.id)));
    expect(audit).toMatchObject({ outcome: "allowed", actorKind: "client", resourceType: "user", resourceId: client.id });
  });

  it("works once even when the link is opened twice at the same moment", async () => {
    const { family } = await accounts();
    await portal().account.requestPasswordReset({ email: family.email });
    const token = await mailedResetToken(family.email);
    const results = await Promise.allSettled([
      portal().account.resetPassword({ token, password: newPassword }),
      portal().account.resetPassword({ token, password: `${newPassword} too` }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("refuses an expired, a replaced and an unknown link in the same words, and audits each refusal", async () => {
    const { client } = await accounts();
    await portal().account.requestPasswordReset({ email: client.email });
    const replaced = await mailedResetToken(client.email);
    await portal().account.requestPasswordReset({ email: client.email });
    const expired = await mailedResetToken(client.email);
    await testDb.db
      .update(passwordSetupTokens)
      .set({ createdAt: sql`now() - interval '31 minutes'`, expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(passwordSetupTokens.tokenHash, hashToken(expired)));

    const before = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "account.resetPassword"), eq(auditEvents.outcome, "denied")));
    for (const token of [replaced, expired, "x".repeat(43)]) {
      await expect(portal().account.resetPassword({ token, password: newPassword })).rejects.toMatchObject(unusable);
    }
    const after = await testDb.db.select().from(auditEvents).where(and(eq(auditEvents.action, "account.resetPassword"), eq(auditEvents.outcome, "denied")));
    expect(after.length - before.length).toBe(3);
    expect((await signInWith(client.email, fixturePassword)).ok).toBe(true);
  });

  it("stops working once the password is set another way (here, a set-up link)", async () => {
    const clinician = await f.staff("clinician");
    const iop = await f.iopProgram();
    const email = `new-${Date.now()}@example.test`;
    const created = await createStaffCaller({ db: testDb.db, caller: await clinician.caller() }).clients.create({
      firstName: "Sky",
      lastName: "Fixture",
      dateOfBirth: "1991-02-03",
      email,
      programId: iop.program.id,
      plannedStartOn: addDays(instantToZonedDate(new Date(), fixtureTimeZone), 7),
    });
    await portal().account.requestPasswordReset({ email });
    const resetToken = await mailedResetToken(email);
    const setupToken = created.setupLink!.path.replace("/welcome/", "");

    // Neither link opens the other's page.
    await expect(portal().account.resetPassword({ token: setupToken, password: newPassword })).rejects.toMatchObject(unusable);
    await expect(portal().account.setPassword({ token: resetToken, password: newPassword })).rejects.toMatchObject({
      message: expect.stringContaining("can't be used any more"),
    });

    await portal().account.setPassword({ token: setupToken, password: newPassword });
    await expect(portal().account.resetPassword({ token: resetToken, password: `${newPassword} again` })).rejects.toMatchObject(unusable);
  });

  it("applies the password policy and leaves the link usable after a refusal", async () => {
    const { client } = await accounts();
    await portal().account.requestPasswordReset({ email: client.email });
    const token = await mailedResetToken(client.email);
    await expect(portal().account.resetPassword({ token, password: "password1234" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("too common"),
    });
    await expect(portal().account.resetPassword({ token, password: "river fixture lanterns" })).rejects.toMatchObject({
      message: expect.stringContaining("Don't use your name"),
    });
    await portal().account.resetPassword({ token, password: newPassword });
  });

  it("leaves the account's second factor in place: the next sign-in still has to prove it", async () => {
    const { client } = await accounts();
    const confirmedAt = new Date(Date.now() - 86_400_000);
    await testDb.db.insert(totpFactors).values({ userId: client.id, encryptedSecret: "sealed-secret-fixture", confirmedAt });
    await portal().account.requestPasswordReset({ email: client.email });
    await portal().account.resetPassword({ token: await mailedResetToken(client.email), password: newPassword });

    const [factor] = await testDb.db.select().from(totpFactors).where(eq(totpFactors.userId, client.id));
    expect(factor).toMatchObject({ encryptedSecret: "sealed-secret-fixture", confirmedAt });
    const signedIn = await signInWith(client.email, newPassword);
    if (!signedIn.ok) throw new Error("sign-in with the new password failed");
    const [session] = await testDb.db.select().from(userSessions).where(eq(userSessions.id, signedIn.sessionId));
    expect(session!.secondFactorAt).toBeNull();
  });
});
