import { signIn, signInThrottle } from "@stepwise/auth";
import { familyInvitations, familyMembers } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyFixtures } from "../../test-support/family-fixtures";
import { portalRouter } from "../router";
import { acceptAction } from "./invitation.queries";

let testDb: TestDatabase;
let t: ReturnType<typeof familyFixtures>;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange() {
  const clinician = await t.staff("clinician");
  const iop = await t.iopProgram();
  const alex = await t.clientInTreatment(iop, clinician, "Alex");
  const blair = await t.clientInTreatment(iop, clinician, "Blair");
  return { clinician, iop, alex, blair };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  t = familyFixtures(testDb.db);
  setup = await arrange();
});
afterAll(() => testDb.drop());

const password = "harbor lantern quietly folds maps";
const unusable = { code: "BAD_REQUEST", message: expect.stringContaining("can't be used any more") };

async function invite(by: typeof setup.alex, name: string, email = t.email(name.toLowerCase().replace(/[^a-z]/g, ""))) {
  const invited = await by.api.family.invite({ name, relationship: "parent", email });
  return { ...invited, email, token: await t.mailedInvitationToken(email) };
}

/** Everything accepting may write, to show a refusal left none of it. */
async function traces(invited: { familyMemberId: string; email: string }) {
  const [member] = await testDb.db.select().from(familyMembers).where(eq(familyMembers.id, invited.familyMemberId));
  const invitations = await t.invitationsOf(invited.familyMemberId);
  return {
    joined: member!.joinedAt !== null || member!.userId !== null,
    usedLinks: invitations.filter((invitation) => invitation.usedAt !== null).length,
    accounts: (await t.accountsWith(invited.email)).length,
  };
}

describe("invitation.preview", () => {
  it("says who invited whom, and nothing at all for an unknown link", async () => {
    const invited = await invite(setup.alex, "Morgan");
    expect(await t.publicApi().invitation.preview({ token: invited.token })).toEqual({
      usable: true,
      invitedBy: "Alex",
      name: "Morgan",
      email: invited.email,
    });
    expect(await t.publicApi().invitation.preview({ token: "x".repeat(43) })).toEqual({ usable: false });
    const audited = await t.audits("invitation.preview", "allowed");
    expect(audited.at(-1)).toMatchObject({ subjectClientIds: [setup.alex.client.id], actorUserId: null });
  });
});

describe("invitation.accept", () => {
  it("reads back its own refusals: the throttle counts rows under the procedure's path", () => {
    // The ladder names rows by path; the wrong-password count reads them by acceptAction.
    expect(Object.keys(portalRouter._def.procedures)).toContain(acceptAction);
  });

  it("makes a family account that can sign in, marks the person joined, and works only once", async () => {
    const invited = await invite(setup.alex, "Robin");
    await expect(t.publicApi().invitation.accept({ token: invited.token, password: "short" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Use at least 12 characters."),
    });
    expect(await traces(invited)).toEqual({ joined: false, usedLinks: 0, accounts: 0 });

    expect(await t.publicApi().invitation.accept({ token: invited.token, password, displayName: "  Robin K. " })).toEqual({ email: invited.email });
    const [account] = await t.accountsWith(invited.email);
    expect(account).toMatchObject({ kind: "family", displayName: "Robin K." });
    expect(await t.memberRow(invited.familyMemberId)).toMatchObject({ userId: account!.id, joinedAt: expect.any(Date) });
    expect(await traces(invited)).toEqual({ joined: true, usedLinks: 1, accounts: 1 });
    const signedIn = await signIn(testDb.db, { email: invited.email, password, app: "portal", address: "10.0.2.1" });
    expect(signedIn.ok && signedIn.user.kind).toBe("family");
    const accepted = (await t.audits("invitation.accept", "allowed")).find((row) => row.resourceId === invited.familyMemberId);
    expect(accepted).toMatchObject({ actorUserId: account!.id, actorKind: "family", subjectClientIds: [setup.alex.client.id] });

    await expect(t.publicApi().invitation.accept({ token: invited.token, password })).rejects.toMatchObject(unusable);
    expect(await t.publicApi().invitation.preview({ token: invited.token })).toEqual({ usable: false });
  });

  it("names the account after the invitation when no name is given", async () => {
    const invited = await invite(setup.alex, "Sasha Brown");
    await t.publicApi().invitation.accept({ token: invited.token, password });
    expect((await t.accountsWith(invited.email))[0]).toMatchObject({ displayName: "Sasha Brown" });
  });

  it("works once even when the link is opened twice at the same moment", async () => {
    const invited = await invite(setup.alex, "Parker");
    const results = await Promise.allSettled([
      t.publicApi().invitation.accept({ token: invited.token, password }),
      t.publicApi().invitation.accept({ token: invited.token, password: `${password} too` }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await traces(invited)).toEqual({ joined: true, usedLinks: 1, accounts: 1 });
  });

  it("refuses an expired link with the same words as an unknown one", async () => {
    const invited = await invite(setup.alex, "Harper");
    await t.expireInvitations(invited.familyMemberId);
    const expired = await t.publicApi().invitation.accept({ token: invited.token, password }).catch((error: Error) => error);
    const unknown = await t.publicApi().invitation.accept({ token: "y".repeat(43), password }).catch((error: Error) => error);
    expect(expired).toMatchObject(unusable);
    expect((unknown as Error).message).toBe((expired as Error).message);
    expect(await t.publicApi().invitation.preview({ token: invited.token })).toEqual({ usable: false });
    expect(await traces(invited)).toEqual({ joined: false, usedLinks: 0, accounts: 0 });
  });

  it("links an existing family account to a second client with its password, and refuses a wrong one", async () => {
    const email = t.email("jamie");
    const fromAlex = await invite(setup.alex, "Jamie", email);
    await t.publicApi().invitation.accept({ token: fromAlex.token, password });
    const [account] = await t.accountsWith(email);

    const fromBlair = await invite(setup.blair, "Jamie Ortiz", email);
    // The page is told nothing about the account: the server decides what the password is for.
    expect(await t.publicApi().invitation.preview({ token: fromBlair.token })).toEqual({ usable: true, invitedBy: "Blair", name: "Jamie Ortiz", email });
    await expect(t.publicApi().invitation.accept({ token: fromBlair.token, password: "not the right password at all" })).rejects.toMatchObject(unusable);
    expect(await traces(fromBlair)).toEqual({ joined: false, usedLinks: 0, accounts: 1 });
    const denied = (await t.audits("invitation.accept", "denied")).filter((row) => row.resourceId === account!.id);
    expect(denied).toEqual([expect.objectContaining({ subjectClientIds: [setup.blair.client.id], detail: { reason: "wrong_password" } })]);

    // A password that is weak by today's policy is still this account's: it is verified, not judged.
    expect(await t.publicApi().invitation.accept({ token: fromBlair.token, password })).toEqual({ email });
    expect(await t.memberRow(fromBlair.familyMemberId)).toMatchObject({ userId: account!.id });
    expect(await t.memberRow(fromAlex.familyMemberId)).toMatchObject({ userId: account!.id });
    expect(await t.accountsWith(email)).toHaveLength(1);
  });

  it("stops after as many wrong passwords as sign-in allows, even with the right one", async () => {
    const email = t.email("lee");
    await t.publicApi().invitation.accept({ token: (await invite(setup.alex, "Lee", email)).token, password });
    const fromBlair = await invite(setup.blair, "Lee", email);
    for (let attempt = 0; attempt < signInThrottle.maxFailuresPerAccount; attempt++) {
      await expect(t.publicApi().invitation.accept({ token: fromBlair.token, password: `${password} ${attempt} times` })).rejects.toMatchObject(unusable);
    }
    await expect(t.publicApi().invitation.accept({ token: fromBlair.token, password })).rejects.toMatchObject(unusable);
    const denied = (await t.audits("invitation.accept", "denied")).at(-1);
    expect(denied?.detail).toEqual({ reason: "too_many_tries" });
    expect(await traces(fromBlair)).toEqual({ joined: false, usedLinks: 0, accounts: 1 });
  });

  it("refuses a client's or a staff member's email in exactly the words of an unusable link, keeps the reason in the audit, and writes nothing", async () => {
    const clientEmail = setup.blair.user.email;
    const staffEmail = setup.clinician.user.email;
    const toClient = await invite(setup.alex, "Blair", clientEmail);
    const toStaff = await invite(setup.alex, "Dr. Staff", staffEmail);
    const accountsBefore = [(await t.accountsWith(clientEmail))[0], (await t.accountsWith(staffEmail))[0]];
    expect(await t.publicApi().invitation.preview({ token: toStaff.token })).toEqual({ usable: true, invitedBy: "Alex", name: "Dr. Staff", email: staffEmail });

    const unknown = await t.publicApi().invitation.accept({ token: "z".repeat(43), password }).then(
      () => null,
      (error: { code: string; message: string }) => ({ code: error.code, message: error.message }),
    );
    expect(unknown).toMatchObject(unusable);
    for (const [invited, accountKind] of [[toClient, "client"], [toStaff, "staff"]] as const) {
      const refusal = await t.publicApi().invitation.accept({ token: invited.token, password }).catch((error: Error) => error);
      expect(refusal).toMatchObject(unknown!);
      expect(await traces(invited)).toEqual({ joined: false, usedLinks: 0, accounts: 1 });
      const audited = (await t.audits("invitation.accept", "denied")).at(-1);
      expect(audited).toMatchObject({ subjectClientIds: [setup.alex.client.id], actorUserId: null, detail: { reason: "email_taken", accountKind } });
    }
    expect([(await t.accountsWith(clientEmail))[0], (await t.accountsWith(staffEmail))[0]]).toEqual(accountsBefore);
    const links = await testDb.db.select().from(familyInvitations).where(eq(familyInvitations.familyMemberId, toStaff.familyMemberId));
    expect(links.map((link) => link.usedAt)).toEqual([null]);
  });
});
