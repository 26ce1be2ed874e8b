import { signIn } from "@stepwise/auth";
import { auditEvents, familySessionSignUps } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, rightToRevokeStatement } from "@stepwise/domain";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { eq, sql } from "drizzle-orm";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashToken } from "../../services/tokens";
import { createPortalCaller } from "../index";
import { portalRouter } from "../router";
import { familyFixtures, inHours } from "../../test-support/family-fixtures";

let testDb: TestDatabase;
let t: ReturnType<typeof familyFixtures>;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange() {
  const clinician = await t.staff("clinician");
  const iop = await t.iopProgram();
  const alex = await t.clientInTreatment(iop, clinician, "Alex");
  const blair = await t.clientInTreatment(iop, clinician, "Blair");
  const casey = await t.clientNotInTreatment("Casey");
  return { clinician, iop, alex, blair, casey };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  t = familyFixtures(testDb.db);
  setup = await arrange();
});
afterAll(() => testDb.drop());

const randomId = "5f0c8f7e-1d2b-4c3a-8e9f-0a1b2c3d4e5f";

/** A refusal as a form reads it in-process: the code, the plain lead, and the messages by field (the error's cause). */
async function refusalOf(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (thrown: unknown) => thrown as { code: string; message: string; cause?: { fieldErrors?: unknown } },
  );
  return error && { code: error.code, message: error.message, fieldErrors: error.cause?.fieldErrors };
}

/** Alex invites someone; the link is read from the mail that carries it. */
async function alexInvites(name = "Morgan Rivera") {
  const email = t.email("morgan");
  const invited = await setup.alex.api.family.invite({ name, relationship: "parent", email });
  return { ...invited, email, token: await t.mailedInvitationToken(email) };
}

const grantFor = (familyMemberId: string, overrides: Record<string, unknown> = {}) => ({
  familyMemberId,
  scopes: ["schedule" as const, "family_sessions" as const],
  purpose: "So my mother can plan rides to my sessions",
  expiry: { kind: "date" as const, on: addDays(t.today, 30) },
  signedName: "Alex Fixture",
  ...overrides,
});

describe("family.invite", () => {
  it("adds the family member, stores only the hash of the link and queues one mail that carries it", async () => {
    const email = t.email("morgan");
    const invited = await setup.alex.api.family.invite({ name: "Morgan Rivera", relationship: "parent", email: email.toUpperCase() });
    const token = await t.mailedInvitationToken(email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    expect(await t.memberRow(invited.familyMemberId)).toMatchObject({
      clientId: setup.alex.client.id,
      name: "Morgan Rivera",
      relationship: "parent",
      email,
      userId: null,
      joinedAt: null,
    });
    const [invitation, ...more] = await t.invitationsOf(invited.familyMemberId);
    expect(more).toEqual([]);
    expect(invitation!.tokenHash).toBe(hashToken(token));
    expect(invitation!.expiresAt.getTime() - invitation!.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);

    const mails = await t.outboxTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "family_invitation", subject: "An invitation from Alex", sentAt: null });
    expect(mails[0]!.body.split("\n")).toContainEqual(expect.stringMatching(new RegExp(`^https?://[^/]+/invitation/${token}$`)));
    expect(mails[0]!.body).toContain("Hello Morgan Rivera,");
    // The link goes by mail only: the client is not shown it, so nobody learns from opening it
    // whether that address has an account here.
    expect(invited.invitationUrl).toBeNull();

    // The token itself is nowhere but in that mail: not in any invitation row, not in the audit trail.
    const leaks = await testDb.db.execute(sql`
      select 1 from family_invitations where strpos(token_hash, ${token}) > 0
      union all select 1 from audit_events where strpos(coalesce(detail::text, ''), ${token}) > 0`);
    expect(leaks).toHaveLength(0);

    const [audit] = await testDb.db.select().from(auditEvents).where(eq(auditEvents.resourceId, invited.familyMemberId));
    expect(audit).toMatchObject({ action: "family.invite", outcome: "allowed", subjectClientIds: [setup.alex.client.id], actorUserId: setup.alex.user.id });
  });

  it("shows the client the link exactly as mailed only where the deployment turns it on (the demo, which sends no mail)", async () => {
    const email = t.email("casey");
    try {
      vi.stubEnv("SHOW_INVITATION_LINKS", "true");
      const invited = await setup.alex.api.family.invite({ name: "Casey", relationship: "friend", email });
      expect(invited.invitationUrl).toMatch(new RegExp(`/invitation/${await t.mailedInvitationToken(email)}$`));
      expect((await t.outboxTo(email))[0]!.body.split("\n")).toContain(invited.invitationUrl);
      const resent = await setup.alex.api.family.resendInvitation({ familyMemberId: invited.familyMemberId });
      expect(resent.invitationUrl).toMatch(new RegExp(`/invitation/${await t.mailedInvitationToken(email)}$`));

      vi.stubEnv("SHOW_INVITATION_LINKS", "false");
      expect((await setup.alex.api.family.resendInvitation({ familyMemberId: invited.familyMemberId })).invitationUrl).toBeNull();
      expect(await t.outboxTo(email)).toHaveLength(3);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("sends a fresh link when the same email is invited again, and the old link stops working", async () => {
    const email = t.email("jordan");
    const first = await setup.alex.api.family.invite({ name: "Jordan", relationship: "friend", email });
    const firstToken = await t.mailedInvitationToken(email);
    const second = await setup.alex.api.family.invite({ name: "Jordan Lee", relationship: "sibling", email });
    const secondToken = await t.mailedInvitationToken(email);
    expect(second.familyMemberId).toBe(first.familyMemberId);
    expect(await t.memberRow(first.familyMemberId)).toMatchObject({ name: "Jordan Lee", relationship: "sibling" });
    expect(await t.publicApi().invitation.preview({ token: firstToken })).toEqual({ usable: false });
    expect(await t.publicApi().invitation.preview({ token: secondToken })).toMatchObject({ usable: true, name: "Jordan Lee" });
    expect(await t.outboxTo(email)).toHaveLength(2);

    await setup.alex.api.family.resendInvitation({ familyMemberId: first.familyMemberId });
    const thirdToken = await t.mailedInvitationToken(email);
    expect(await t.publicApi().invitation.preview({ token: secondToken })).toEqual({ usable: false });
    expect(await t.publicApi().invitation.preview({ token: thirdToken })).toMatchObject({ usable: true });
  });

  it("refuses the client's own email, and an email that already joined is a conflict", async () => {
    await expect(setup.alex.api.family.invite({ name: "Me", relationship: "other", email: setup.alex.user.email })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("your own email address"),
    });
    const invited = await alexInvites("Riley");
    const email = (await t.memberRow(invited.familyMemberId)).email;
    await t.publicApi().invitation.accept({ token: invited.token, password: "kettle orchard lantern drifting" });
    await expect(setup.alex.api.family.invite({ name: "Riley", relationship: "parent", email })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already accepted"),
    });
    await expect(setup.alex.api.family.resendInvitation({ familyMemberId: invited.familyMemberId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.outboxTo(email)).toHaveLength(1);
  });

  it("answers another client's family member exactly like an unknown one, and audits the attempt", async () => {
    const blairs = await setup.blair.api.family.invite({ name: "Sam", relationship: "spouse_or_partner", email: t.email("sam") });
    const theirs = await setup.alex.api.family.resendInvitation({ familyMemberId: blairs.familyMemberId }).catch((error: Error) => error);
    const unknown = await setup.alex.api.family.resendInvitation({ familyMemberId: randomId }).catch((error: Error) => error);
    expect(theirs).toMatchObject({ code: "NOT_FOUND" });
    expect((theirs as Error).message).toBe((unknown as Error).message);
    expect(await t.invitationsOf(blairs.familyMemberId)).toHaveLength(1);
    const denied = (await t.audits("family.resendInvitation", "denied")).filter((row) => row.resourceId === blairs.familyMemberId);
    expect(denied).toEqual([expect.objectContaining({ actorUserId: setup.alex.user.id, subjectClientIds: [setup.blair.client.id] })]);
  });
});

describe("family.members", () => {
  it("lists each member with their standing, and audits the read", async () => {
    const waiting = await alexInvites("Taylor");
    const lapsed = await alexInvites("Quinn");
    await t.expireInvitations(lapsed.familyMemberId);
    const joined = await alexInvites("Avery");
    await t.publicApi().invitation.accept({ token: joined.token, password: "kettle orchard lantern drifting" });

    const before = (await t.audits("family.members", "allowed")).length;
    const members = await setup.alex.api.family.members();
    const byId = new Map(members.map((member) => [member.id, member]));
    expect(byId.get(waiting.familyMemberId)).toMatchObject({ name: "Taylor", standing: "invited", joinedAt: null, consents: [] });
    expect(byId.get(waiting.familyMemberId)!.invitationExpiresAt).toBeInstanceOf(Date);
    expect(byId.get(lapsed.familyMemberId)).toMatchObject({ standing: "invitation_expired", invitationExpiresAt: null });
    expect(byId.get(joined.familyMemberId)).toMatchObject({ standing: "joined", joinedAt: expect.any(Date) });
    expect(members.every((member) => member.email.endsWith("@family.test"))).toBe(true);

    const after = await t.audits("family.members", "allowed");
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ subjectClientIds: [setup.alex.client.id], actorUserId: setup.alex.user.id });

    // Blair sees none of Alex's family.
    const blairs = await setup.blair.api.family.members();
    expect(blairs.map((member) => member.id)).not.toContain(waiting.familyMemberId);
  });
});

describe("family.consentForm", () => {
  it("gives the names a signature may be, the dates an end may fall on, and whether treatment is ongoing", async () => {
    const { familyMemberId } = await alexInvites("Morgan");
    expect(await setup.alex.api.family.consentForm({ familyMemberId })).toEqual({
      member: { id: familyMemberId, name: "Morgan", relationship: "parent", joined: false },
      signatureNames: ["Alex Fixture"],
      inTreatment: true,
      today: t.today,
      latestEndDate: addDays(t.today, 366),
    });
    const casey = await setup.casey.api.family.invite({ name: "Drew", relationship: "parent", email: t.email("drew") });
    expect(await setup.casey.api.family.consentForm({ familyMemberId: casey.familyMemberId })).toMatchObject({ inTreatment: false });
  });

  it("answers another client's family member like a random id", async () => {
    const { familyMemberId } = await alexInvites("Morgan");
    const theirs = await setup.blair.api.family.consentForm({ familyMemberId }).catch((error: Error) => error);
    const unknown = await setup.blair.api.family.consentForm({ familyMemberId: randomId }).catch((error: Error) => error);
    expect(theirs).toMatchObject({ code: "NOT_FOUND", message: (unknown as Error).message });
    const denied = (await t.audits("family.consentForm", "denied")).filter((row) => row.resourceId === familyMemberId);
    expect(denied).toEqual([expect.objectContaining({ actorUserId: setup.blair.user.id, subjectClientIds: [setup.alex.client.id] })]);
  });
});

describe("family.grantConsent and family.revokeConsent", () => {
  it("refuses a signature that isn't the client's name, an end date in the past, and 'until treatment ends' out of treatment, each beside its field", async () => {
    const { familyMemberId } = await alexInvites();
    const refused = { code: "BAD_REQUEST", message: "Please check these before signing." };
    expect(await refusalOf(setup.alex.api.family.grantConsent(grantFor(familyMemberId, { signedName: "Morgan Rivera" })))).toEqual({
      ...refused,
      fieldErrors: { signedName: ["Sign with your full name as we have it: Alex Fixture."] },
    });
    expect(
      await refusalOf(setup.alex.api.family.grantConsent(grantFor(familyMemberId, { expiry: { kind: "date", on: addDays(t.today, -1) } }))),
    ).toEqual({ ...refused, fieldErrors: { expiry: ["The end date can't be in the past."] } });

    const casey = await setup.casey.api.family.invite({ name: "Drew", relationship: "parent", email: t.email("drew") });
    const untilTreatmentEnds = { expiry: { kind: "event", event: "end_of_treatment" }, signedName: "Casey Fixture" };
    expect(await refusalOf(setup.casey.api.family.grantConsent(grantFor(casey.familyMemberId, untilTreatmentEnds)))).toEqual({
      ...refused,
      fieldErrors: { expiry: ["You aren't in treatment here now, so choose an end date instead."] },
    });
    // A dated consent is fine for Casey, and "until treatment ends" for Alex, who is in treatment.
    await setup.casey.api.family.grantConsent(grantFor(casey.familyMemberId, { signedName: "Casey Fixture" }));
    await setup.alex.api.family.grantConsent(grantFor(familyMemberId, { ...untilTreatmentEnds, signedName: "alex  FIXTURE" }));

    expect(await t.consentsOf(familyMemberId)).toHaveLength(1);
    expect(await t.consentsOf(casey.familyMemberId)).toHaveLength(1);
  });

  it("sends the field messages of a refusal over HTTP as data.fieldErrors, beside its plain lead", async () => {
    const { familyMemberId } = await alexInvites();
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/family.grantConsent", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(superjson.serialize(grantFor(familyMemberId, { signedName: "Someone Else", expiry: { kind: "date", on: addDays(t.today, -1) } }))),
      }),
      router: portalRouter,
      createContext: () => ({ db: testDb.db, caller: setup.alex.caller }),
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { json: { message: string; data: { fieldErrors: unknown } } } };
    expect(error.json.message).toBe("Please check these before signing.");
    expect(error.json.data.fieldErrors).toEqual({
      signedName: ["Sign with your full name as we have it: Alex Fixture."],
      expiry: ["The end date can't be in the past."],
    });
    expect(await t.consentsOf(familyMemberId)).toEqual([]);
  });

  it("keeps the history: a revoked consent stays, newest first, and a second revoke is a conflict", async () => {
    const { familyMemberId } = await alexInvites();
    const first = await setup.alex.api.family.grantConsent(grantFor(familyMemberId, { scopes: ["schedule"] }));
    await setup.alex.api.family.revokeConsent({ consentId: first.consentId });
    const second = await setup.alex.api.family.grantConsent(
      grantFor(familyMemberId, { scopes: ["attendance_summary", "plan_summary"], expiry: { kind: "event", event: "end_of_treatment" } }),
    );

    const member = (await setup.alex.api.family.members()).find((row) => row.id === familyMemberId)!;
    expect(member.consents.map((consent) => [consent.id, consent.standing])).toEqual([
      [second.consentId, "active"],
      [first.consentId, "revoked"],
    ]);
    expect(member.consents[0]).toMatchObject({
      scopes: ["attendance_summary", "plan_summary"],
      expiry: { kind: "event", event: "end_of_treatment" },
      revokedAt: null,
      signedName: "Alex Fixture",
    });
    expect(member.consents[1]).toMatchObject({ scopes: ["schedule"], expiry: { kind: "date", on: addDays(t.today, 30) }, revokedAt: expect.any(Date) });
    const stored = await t.consentsOf(familyMemberId);
    expect(stored).toHaveLength(2);
    expect(stored.every((row) => row.revocationStatement === rightToRevokeStatement)).toBe(true);

    await expect(setup.alex.api.family.revokeConsent({ consentId: first.consentId })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already stopped sharing"),
    });
  });

  it("a new consent to someone already sharing replaces the one in force: it stops as the new one starts, and stays in the history", async () => {
    const { familyMemberId } = await alexInvites();
    const first = await setup.alex.api.family.grantConsent(grantFor(familyMemberId, { scopes: ["schedule", "plan_summary"] }));
    expect(first.replaced).toEqual([]);
    const second = await setup.alex.api.family.grantConsent(grantFor(familyMemberId, { scopes: ["schedule"] }));
    expect(second.replaced).toEqual([first.consentId]);

    const member = (await setup.alex.api.family.members()).find((row) => row.id === familyMemberId)!;
    expect(member.consents.map((consent) => [consent.id, consent.standing, consent.scopes])).toEqual([
      [second.consentId, "active", ["schedule"]],
      [first.consentId, "revoked", ["schedule", "plan_summary"]],
    ]);
    const [grantRow] = (await t.audits("family.grantConsent", "allowed")).filter((row) => row.resourceId === second.consentId);
    expect(grantRow?.detail).toMatchObject({ familyMemberId, replaced: [first.consentId], seatsReleased: 0 });
  });

  it("a replacing consent without family sessions gives up the person's seats; one that keeps them keeps the seats", async () => {
    const linked = await t.familyMemberOf(setup.alex.client, { name: "Sam Seated" });
    await t.consent(setup.alex.client, linked.member, { scopes: ["family_sessions"] });
    const session = await t.familySession(setup.iop, { startsAt: inHours(72), clientId: setup.alex.client.id, capacity: 4 });
    await (await linked.api()).familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id });
    const heldSeats = async () =>
      (await testDb.db.select().from(familySessionSignUps).where(eq(familySessionSignUps.userId, linked.user.id))).filter((row) => row.status !== "cancelled");

    // The family page names the places stopping would give up: here, the one seat.
    const placesOfSam = async () => (await setup.alex.api.family.members()).find((row) => row.id === linked.member.id)!.places;
    expect(await placesOfSam()).toEqual([{ status: "confirmed", startsAt: session.startsAt, timeZone: setup.iop.program.timeZone }]);

    await setup.alex.api.family.grantConsent(grantFor(linked.member.id, { scopes: ["schedule", "family_sessions"] }));
    expect(await heldSeats()).toHaveLength(1);
    const withoutSessions = await setup.alex.api.family.grantConsent(grantFor(linked.member.id, { scopes: ["schedule"] }));
    expect(await heldSeats()).toEqual([]);
    expect(await placesOfSam()).toEqual([]);
    const [grantRow] = (await t.audits("family.grantConsent", "allowed")).filter((row) => row.resourceId === withoutSessions.consentId);
    expect(grantRow?.detail).toMatchObject({ seatsReleased: 1 });
  });

  it("audits every grant and revoke, naming the family member and what was shared", async () => {
    const { familyMemberId } = await alexInvites();
    const { consentId } = await setup.alex.api.family.grantConsent(grantFor(familyMemberId));
    await setup.alex.api.family.revokeConsent({ consentId });
    const rows = await testDb.db.select().from(auditEvents).where(eq(auditEvents.resourceId, consentId));
    expect(rows.map((row) => [row.action, row.outcome])).toEqual([
      ["family.grantConsent", "allowed"],
      ["family.revokeConsent", "allowed"],
    ]);
    expect(rows[0]).toMatchObject({
      subjectClientIds: [setup.alex.client.id],
      actorUserId: setup.alex.user.id,
      detail: { familyMemberId, scopes: ["schedule", "family_sessions"] },
    });
    expect(rows[1]).toMatchObject({ subjectClientIds: [setup.alex.client.id], detail: { familyMemberId } });
  });

  it("answers another client's family member or consent exactly like a random id, with a denied audit row", async () => {
    const blairs = await setup.blair.api.family.invite({ name: "Kai", relationship: "sibling", email: t.email("kai") });
    const { consentId } = await setup.blair.api.family.grantConsent(grantFor(blairs.familyMemberId, { signedName: "Blair Fixture" }));

    const grantTheirs = await setup.alex.api.family.grantConsent(grantFor(blairs.familyMemberId)).catch((error: Error) => error);
    const grantRandom = await setup.alex.api.family.grantConsent(grantFor(randomId)).catch((error: Error) => error);
    const revokeTheirs = await setup.alex.api.family.revokeConsent({ consentId }).catch((error: Error) => error);
    const revokeRandom = await setup.alex.api.family.revokeConsent({ consentId: randomId }).catch((error: Error) => error);
    for (const error of [grantTheirs, grantRandom, revokeTheirs, revokeRandom]) expect(error).toMatchObject({ code: "NOT_FOUND" });
    expect((grantTheirs as Error).message).toBe((grantRandom as Error).message);
    expect((revokeTheirs as Error).message).toBe((revokeRandom as Error).message);

    expect(await t.consentsOf(blairs.familyMemberId)).toEqual([expect.objectContaining({ id: consentId, revokedAt: null })]);
    const deniedGrant = (await t.audits("family.grantConsent", "denied")).filter((row) => row.resourceId === blairs.familyMemberId);
    const deniedRevoke = (await t.audits("family.revokeConsent", "denied")).filter((row) => row.resourceId === consentId);
    expect(deniedGrant).toEqual([expect.objectContaining({ actorUserId: setup.alex.user.id, subjectClientIds: [setup.blair.client.id] })]);
    expect(deniedRevoke).toEqual([expect.objectContaining({ actorUserId: setup.alex.user.id, subjectClientIds: [setup.blair.client.id] })]);
    expect((await t.audits("family.grantConsent", "denied")).filter((row) => row.resourceId === randomId)).toHaveLength(1);
  });

  it("is for clients only: a family account reaches none of it", async () => {
    const invited = await alexInvites("Emery");
    const { email } = await t.publicApi().invitation.accept({ token: invited.token, password: "kettle orchard lantern drifting" });
    const signedIn = await signIn(testDb.db, { email, password: "kettle orchard lantern drifting", app: "portal", address: "127.0.0.1" });
    if (!signedIn.ok) throw new Error("the family account could not sign in");
    const api = createPortalCaller({ db: testDb.db, caller: signedIn.user });
    await expect(api.family.members()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.family.grantConsent(grantFor(invited.familyMemberId))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.consentsOf(invited.familyMemberId)).toEqual([]);
  });
});

describe("clocks that disagree", () => {
  const aheadBy = 60_000;

  it("a consent signed by a clock ahead of this one is not in force yet, shares nothing, and can be revoked at once", async () => {
    const linked = await t.familyMemberOf(setup.alex.client, { name: "Skye Ahead" });
    const consent = await t.consent(setup.alex.client, linked.member, { scopes: ["schedule"], signedAt: new Date(Date.now() + aheadBy) });

    const member = (await setup.alex.api.family.members()).find((row) => row.id === linked.member.id)!;
    expect(member.consents.map((row) => [row.id, row.standing])).toEqual([[consent.id, "not_yet_in_force"]]);
    expect(await (await linked.api()).sharedWithMe.clients()).toEqual([]);

    await setup.alex.api.family.revokeConsent({ consentId: consent.id });
    const [stored] = await t.consentsOf(linked.member.id);
    expect(stored!.revokedAt!.getTime()).toBe(consent.signedAt.getTime());
  });

  it("a new link retires one made by a clock ahead of this one, without tripping its expiry check", async () => {
    const { member, token: oldToken } = await t.invitedFamilyMember(setup.alex.client, { name: "Rowan Ahead", sentAt: new Date(Date.now() + aheadBy) });
    await setup.alex.api.family.resendInvitation({ familyMemberId: member.id });
    const links = await t.invitationsOf(member.id);
    expect(links).toHaveLength(2);
    for (const link of links) expect(link.expiresAt.getTime()).toBeGreaterThan(link.createdAt.getTime());
    const retired = links.find((link) => link.createdAt.getTime() > Date.now())!;
    expect(retired.expiresAt.getTime()).toBe(retired.createdAt.getTime() + 1);
    expect(await t.publicApi().invitation.preview({ token: await t.mailedInvitationToken(member.email) })).toMatchObject({ usable: true });
    expect(oldToken).not.toBe(await t.mailedInvitationToken(member.email));
  });
});
