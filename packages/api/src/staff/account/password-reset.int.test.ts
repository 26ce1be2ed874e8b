import { resolveSession, signIn } from "@stepwise/auth";
import { outboxMessages, passwordSetupTokens, userSessions, users } from "@stepwise/db/schema";
import { createTestDatabase, ownerOf, type TestDatabase } from "@stepwise/db/testing";
import { passwordResetWords } from "@stepwise/domain";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPortalCaller } from "../../portal/index";
import { fixturePassword, fixtures } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let f: ReturnType<typeof fixtures>;
const newPassword = "granite stairs and a yellow umbrella";

beforeAll(async () => {
  testDb = await createTestDatabase();
  f = fixtures(testDb.db);
});
afterAll(() => testDb.drop());

const staffApp = () => createStaffCaller({ db: testDb.db, caller: null });
const portalApp = () => createPortalCaller({ db: testDb.db, caller: null });
const unusable = { code: "BAD_REQUEST", message: passwordResetWords.linkUnusable };

/** What was mailed to an address, newest first; read as the owner, since the app only queues mail. */
const mailsTo = (email: string) =>
  ownerOf(testDb.db)
    .select().from(outboxMessages).where(eq(outboxMessages.toEmail, email)).orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id));

async function mailedResetToken(email: string): Promise<string> {
  const [mail] = await mailsTo(email);
  const token = mail?.body.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no reset link mailed to ${email}`);
  return token;
}

describe("staff account.requestPasswordReset", () => {
  it("mails a staff account a link to the staff app, and answers a client's, a disabled and an unknown address the same with no mail", async () => {
    const clinician = await f.staff("clinician");
    const departed = await f.staff("clinician");
    await testDb.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, departed.user.id));
    const client = await f.account("client", "Client Fixture");
    const nobody = `nobody-${Date.now()}@example.test`;

    const answers = [];
    for (const email of [clinician.user.email, client.email, departed.user.email, nobody]) {
      answers.push(await staffApp().account.requestPasswordReset({ email }));
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer)))).toEqual(new Set([JSON.stringify({ message: passwordResetWords.requested })]));

    const [mail, ...more] = await mailsTo(clinician.user.email);
    expect(more).toHaveLength(0);
    expect(mail!.body).toMatch(/^http:\/\/localhost:3001\/reset-password\/[A-Za-z0-9_-]{43}$/m);
    for (const email of [client.email, departed.user.email, nobody]) expect(await mailsTo(email)).toHaveLength(0);
    const links = await testDb.db.select().from(passwordSetupTokens).where(eq(passwordSetupTokens.userId, departed.user.id));
    expect(links).toHaveLength(0);
  });
});

describe("staff account.resetPassword", () => {
  it("sets a staff member's new password, ends their sessions, and works only in the staff app", async () => {
    const director = await f.staff("program_director");
    const before = await signIn(testDb.db, { email: director.user.email, password: fixturePassword, app: "staff", address: "10.0.8.8" });
    if (!before.ok) throw new Error("fixture sign-in failed");
    await staffApp().account.requestPasswordReset({ email: director.user.email });
    const token = await mailedResetToken(director.user.email);

    // The portal does not take a staff account's link, in the words it uses for any link it can't use.
    await expect(portalApp().account.resetPassword({ token, password: newPassword })).rejects.toMatchObject(unusable);
    await staffApp().account.resetPassword({ token, password: newPassword });

    expect(await resolveSession(testDb.db, { sessionId: before.sessionId, userId: director.user.id, sessionVersion: before.sessionVersion, app: "staff" })).toBeNull();
    const [session] = await testDb.db.select().from(userSessions).where(eq(userSessions.id, before.sessionId));
    expect(session!.endedAt).not.toBeNull();
    expect((await signIn(testDb.db, { email: director.user.email, password: newPassword, app: "staff", address: "10.0.8.8" })).ok).toBe(true);
    await expect(staffApp().account.resetPassword({ token, password: `${newPassword} again` })).rejects.toMatchObject(unusable);
  });

  it("does not take a client's portal link", async () => {
    const client = await f.account("client", "Client Fixture");
    await portalApp().account.requestPasswordReset({ email: client.email });
    const token = await mailedResetToken(client.email);
    await expect(staffApp().account.resetPassword({ token, password: newPassword })).rejects.toMatchObject(unusable);
    await portalApp().account.resetPassword({ token, password: newPassword });
  });
});
