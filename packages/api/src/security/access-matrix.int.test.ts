import { randomUUID } from "node:crypto";
import { type SessionUser, totpCodeAt } from "@stepwise/auth";
import type { Database } from "@stepwise/db/client";
import { auditEvents } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type LocRatings, addDays, consentScopes, gad7, locDimensions, phq9 } from "@stepwise/domain";
import { TRPCError } from "@trpc/server";
import { max } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { replaceCalendarFeedHash } from "../portal/calendar/calendar.queries";
import { createPortalCaller, type PortalInputs } from "../portal/index";
import { portalRouter } from "../portal/router";
import { createStaffCaller, type StaffInputs } from "../staff/index";
import { staffRouter } from "../staff/router";
import { familyFixtures, inHours } from "../test-support/family-fixtures";
import { fixtureTotpSecret } from "../test-support/fixtures";
import { sampleDischargePlan } from "../test-support/portal-fixtures";
import { newProgram, threeEvenings } from "../test-support/program-inputs";
import { passwordOnlySession } from "../test-support/second-factor-sessions";
import { samplePlanContent } from "../test-support/treatment-plan-fixtures";

/**
 * The access matrix: every procedure of both routers, called as every kind of caller, and the
 * answer each must get. "allowed" means the ladder let the call through (it succeeded, or the
 * domain refused what it asked in words of its own, as BAD_REQUEST or CONFLICT); otherwise the
 * ladder's answer, exactly: UNAUTHORIZED, FORBIDDEN or NOT_FOUND. A procedure that names a record
 * by id is also called with ids that exist nowhere: those must answer exactly as a record out of
 * the caller's reach does, code and words, so an answer never tells whether a record exists.
 *
 * Every call the table expects to be allowed gets its own records to act on (each row's `input`
 * is built afresh for each call), so no allowed change meets another and the rows can run in
 * any order. Refused calls roll back and leave nothing behind. The last tests prove the table
 * covers every procedure of both routers, so a new procedure fails here until it has its row.
 */

/** Who calls. Alex is the client whose records the ids name. */
const kinds = [
  "nobody",
  /** Alex, on their own record. */
  "client",
  /** Blair, another client: their own record where the input names none, Alex's where it does. */
  "otherClient",
  /** Jordan, whom Alex's consent in force shares everything with. */
  "family",
  /** Kim, whose consent from Alex ran out yesterday. */
  "familyLapsed",
  /** Lee, whose consent from Alex was revoked. */
  "familyRevoked",
  /** Morgan, Blair's family, with Blair's consent in force and none of Alex's. */
  "otherFamily",
  /** On Alex's care team. */
  "clinician",
  /** A clinician on Blair's care team, not on Alex's: no rung narrows a clinician to their own clients today. */
  "clinicianOffTeam",
  "program_director",
  "front_desk",
  "administrator",
  "privacy_officer",
  /** A staff member signed in with their password who has yet to set up the second factor every staff account needs. */
  "staffSetUpPending",
  /** A staff member with a second factor, signed in with their password and not yet its code. */
  "staffCodePending",
] as const;
type Kind = (typeof kinds)[number];
type StaffKind = Extract<Kind, "clinician" | "clinicianOffTeam" | "program_director" | "front_desk" | "administrator" | "privacy_officer">;
const staffKinds: readonly StaffKind[] = ["clinician", "clinicianOffTeam", "program_director", "front_desk", "administrator", "privacy_officer"];
const isStaff = (kind: Kind): kind is StaffKind => (staffKinds as readonly Kind[]).includes(kind);
/** Sessions at the second-factor step: for everything but that step they are signed out. */
const atSecondFactorStep = (kind: Kind) => kind === "staffSetUpPending" || kind === "staffCodePending";

/** Everyone who signs in to the portal. */
const portalAccounts: readonly Kind[] = ["client", "otherClient", "family", "familyLapsed", "familyRevoked", "otherFamily"];

/** Callers who may not see Alex: what they are allowed must never name Alex. */
const beyondAlex: readonly Kind[] = ["otherClient", "familyLapsed", "familyRevoked", "otherFamily"];

type Answer = "allowed" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
type Answers = Record<Kind, Answer>;
const answersBy = (answer: (kind: Kind) => Answer) => Object.fromEntries(kinds.map((kind) => [kind, answer(kind)])) as Answers;

/** Public: the link in the input is the credential, so anyone gets through, signed in or not. */
const anyone = answersBy(() => "allowed");

/**
 * A portal rung: the `allowed` kinds reach it; anyone else signed in finds nothing there. Nobody,
 * and a session still at the second-factor step, is asked to sign in.
 */
const portal = (...allowed: Kind[]) =>
  answersBy((kind) => (kind === "nobody" || atSecondFactorStep(kind) ? "UNAUTHORIZED" : allowed.includes(kind) ? "allowed" : "NOT_FOUND"));

/**
 * A staff rung: the `allowed` roles reach it and other staff are refused by their role, except
 * those for whom the record is `outOfReach` (it answers as a missing one). Clients and family
 * find nothing: staff procedures are not theirs at all. As on a portal rung, nobody and a session
 * at the second-factor step are asked to sign in.
 */
const staff = (allowed: readonly StaffKind[], outOfReach: readonly StaffKind[] = []) =>
  answersBy((kind) =>
    kind === "nobody" || atSecondFactorStep(kind)
      ? "UNAUTHORIZED"
      : !isStaff(kind)
        ? "NOT_FOUND"
        : allowed.includes(kind)
          ? "allowed"
          : outOfReach.includes(kind)
            ? "NOT_FOUND"
            : "FORBIDDEN",
  );

/**
 * The second-factor step's own procedures in `app`: every account of the app's kinds reaches
 * them, its second factor proven or not (the domain decides what each may do there); accounts of
 * the other app's kinds find nothing there.
 */
const secondFactorStep = (app: "portal" | "staff") =>
  answersBy((kind) =>
    kind === "nobody" ? "UNAUTHORIZED" : (app === "portal" ? portalAccounts.includes(kind) : isStaff(kind) || atSecondFactorStep(kind)) ? "allowed" : "NOT_FOUND",
  );

// Who holds what, written out here rather than read from the permission table, so a change to it shows here.
/** client.read, enrollment.write, level_of_care.write, family_session.write */
const clinical: readonly StaffKind[] = ["clinician", "clinicianOffTeam", "program_director"];
/** attendance.write */
const attendanceTakers: readonly StaffKind[] = [...clinical, "front_desk"];
/** client.contact: the roles that reach out */
const contactKeepers: readonly StaffKind[] = [...clinical, "front_desk"];
/** roster.read */
const rosterReaders: readonly StaffKind[] = [...clinical, "front_desk", "administrator"];
/** program.write */
const programEditors: readonly StaffKind[] = ["program_director", "administrator"];

/** A new account's password, long and uncommon enough for the policy. */
const newPassword = "quiet harbor lanterns drift east at dawn";

let testDb: TestDatabase;
let w: Awaited<ReturnType<typeof arrange>>;

/**
 * A fresh password sign-in of a staff member, stopped at the second-factor step: "set_up_needed"
 * for one who never set up an app, "code_needed" for one who has (the fixtures' own sign-in sets
 * one up and proves it in that earlier session).
 */
async function atTheSecondFactor(db: Database, member: { user: { email: string }; caller: () => Promise<SessionUser> }, status: "set_up_needed" | "code_needed") {
  if (status === "code_needed") await member.caller();
  const caller = await (await passwordOnlySession(db, member.user.email, "staff")).caller();
  if (caller.secondFactor !== status) throw new Error(`the session stands at ${caller.secondFactor}, not ${status}`);
  return caller;
}

async function arrange(db: Database) {
  const f = familyFixtures(db);
  const today = f.today;
  const people = {
    clinician: await f.staff("clinician", "Casey Clinician"),
    clinicianOffTeam: await f.staff("clinician", "Oakley Clinician"),
    program_director: await f.staff("program_director", "Devon Director"),
    front_desk: await f.staff("front_desk", "Frankie Desk"),
    administrator: await f.staff("administrator", "Avery Admin"),
    privacy_officer: await f.staff("privacy_officer", "Piper Privacy"),
  } satisfies Record<StaffKind, unknown>;
  // Prepares what a call acts on (a hold to resume, a template to change); never a caller in the table.
  const preparer = await f.staff("program_director", "Pat Preparer");
  const iop = await f.iopProgram();
  const alex = await f.clientInTreatment(iop, people.clinician, "Alex");
  const blair = await f.clientInTreatment(iop, people.clinicianOffTeam, "Blair");

  const everything = [...consentScopes];
  const jordan = await f.familyMemberOf(alex.client, { name: "Jordan Fixture" });
  await f.consent(alex.client, jordan.member, { scopes: everything });
  const kim = await f.familyMemberOf(alex.client, { name: "Kim Fixture" });
  await f.consent(alex.client, kim.member, { scopes: everything, signedAt: inHours(-24 * 60), expiry: { kind: "date", on: addDays(today, -1) } });
  const lee = await f.familyMemberOf(alex.client, { name: "Lee Fixture" });
  await f.consent(alex.client, lee.member, { scopes: everything, revokedAt: new Date() });
  const morgan = await f.familyMemberOf(blair.client, { name: "Morgan Fixture" });
  await f.consent(blair.client, morgan.member, { scopes: everything });

  const callers: Record<Kind, SessionUser | null> = {
    nobody: null,
    client: alex.caller,
    otherClient: blair.caller,
    family: await jordan.caller(),
    familyLapsed: await kim.caller(),
    familyRevoked: await lee.caller(),
    otherFamily: await morgan.caller(),
    clinician: await people.clinician.caller(),
    clinicianOffTeam: await people.clinicianOffTeam.caller(),
    program_director: await people.program_director.caller(),
    front_desk: await people.front_desk.caller(),
    administrator: await people.administrator.caller(),
    privacy_officer: await people.privacy_officer.caller(),
    staffSetUpPending: await atTheSecondFactor(db, await f.staff("clinician", "Noa Newcomer"), "set_up_needed"),
    staffCodePending: await atTheSecondFactor(db, await f.staff("clinician", "Remy Returning"), "code_needed"),
  };
  const apis = (kind: Kind) => ({ portal: createPortalCaller({ db, caller: callers[kind] }), staff: createStaffCaller({ db, caller: callers[kind] }) });
  const api = Object.fromEntries(kinds.map((kind) => [kind, apis(kind)])) as Record<Kind, ReturnType<typeof apis>>;

  const pastDay = addDays(today, -2);
  const upcomingFamilyGroup = () => f.familySession(iop, { startsAt: inHours(24 * 6) });
  const alexsPlace = await api.client.portal.familySessions.signUp({ sessionId: (await upcomingFamilyGroup()).id, clientId: alex.client.id });
  return {
    f,
    db,
    today,
    pastDay,
    people,
    preparer: createStaffCaller({ db, caller: await preparer.caller() }),
    preparerMember: preparer.member,
    iop,
    alex,
    blair,
    family: { jordan, kim, lee },
    api,
    upcomingFamilyGroup,
    /** A past evening group with Alex (and Blair) on its roster. */
    pastGroup: await f.groupSession(iop, pastDay),
    /** Alex's individual session in three days: only roles that read client records may see it. */
    individual: await f.session(iop, { startsAt: inHours(24 * 3), clientId: alex.client.id, kind: "individual", title: "Individual session" }),
    familyGroup: await upcomingFamilyGroup(),
    /** A place Alex holds in a family group: someone else's, for every other caller. */
    alexsPlace: alexsPlace.signUpId,
    /** Someone Alex invited who hasn't accepted: the link only previews. */
    invitation: await f.invitedFamilyMember(alex.client, { name: "Robin Fixture" }),
  };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  w = await arrange(testDb.db);
}, 120_000);
afterAll(() => testDb.drop());

/** The client record a portal caller acts on as themselves, where they have one. */
const ownClientId = (kind: Kind) => (kind === "client" ? w.alex.client.id : kind === "otherClient" ? w.blair.client.id : null);

/** A client with an unfinished portal account and its one-time setup token, made as intake makes them. */
async function unfinishedAccount() {
  const created = await w.preparer.clients.create({
    firstName: "Gale",
    lastName: "Fixture",
    dateOfBirth: "1990-01-01",
    email: w.f.email("gale"),
    programId: w.iop.program.id,
    plannedStartOn: addDays(w.today, 7),
  });
  return { clientId: created.clientId, token: created.setupLink!.path.split("/").at(-1)! };
}

/** A client actively in the program for a week, with a care team of one. */
const clientInCare = () => w.f.enrolledClient(w.iop, w.people.clinician, { startsOn: addDays(w.today, -7) });
const freshReferral = () => w.f.referredClient(w.iop, w.people.clinician, { plannedStartOn: w.today });

/** The place a caller cancels: their own where they hold one (taken while sharing, or kept from before a consent ended); Alex's otherwise. */
async function placeToCancel(kind: Kind): Promise<string> {
  const session = await w.upcomingFamilyGroup();
  const through = { sessionId: session.id, clientId: w.alex.client.id };
  if (kind === "client") return (await w.api.client.portal.familySessions.signUp(through)).signUpId;
  if (kind === "family") return (await w.api.family.portal.familySessions.signUp(through)).signUpId;
  const ended = kind === "familyLapsed" ? w.family.kim : kind === "familyRevoked" ? w.family.lee : null;
  if (ended) return (await w.f.placeTaken({ ...through, userId: ended.user.id, familyMemberId: ended.member.id, status: "confirmed" })).id;
  return w.alexsPlace;
}

async function newTemplate() {
  const { option } = await w.f.iopProgram();
  const { templateId } = await w.preparer.sessionTemplates.create({
    scheduleOptionId: option.id,
    kind: "process_group",
    title: "Process group",
    weekdays: [1, 3],
    startTime: "18:00",
    endTime: "19:30",
    location: "Group room A",
    startsOn: w.today,
  });
  return templateId;
}

/** A reset link for a fresh account of the router's kind, read from its mail as its reader would. */
async function resetToken(router: "portal" | "staff"): Promise<string> {
  const { user } = router === "portal" ? await w.f.unenrolledClient("Rory") : await w.f.staff("clinician");
  await w.api.nobody[router].account.requestPasswordReset({ email: user.email });
  const token = (await w.f.outboxTo(user.email)).at(-1)?.body.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no reset link mailed to ${user.email}`);
  return token;
}

/** The weekly check-in due today for a client admitted two weeks ago. */
const weeklyCheckIn = (instrument: "phq9" | "gad7") => ({ instrument, occasion: "scheduled", dueOn: w.today }) as const;

let programCount = 0;

/** A PHQ-9 answer set: every question 0 but question 9, at `item9`. */
const phq9Answers = (item9 = 0) => Object.fromEntries(phq9.items.map((item, index) => [item.id, index === 8 ? item9 : 0]));

/** A client in care for a week with this week's PHQ-9 entered from paper by the preparer: its response, and the alert it opened when `item9` is above 0. */
async function paperCheckIn(item9 = 0) {
  const { client } = await clientInCare();
  const recorded = await w.preparer.measures.record({ clientId: client.id, ...weeklyCheckIn("phq9"), answers: phq9Answers(item9) });
  return { clientId: client.id, responseId: recorded.responseId, alertId: recorded.alertId };
}
const newAlert = async () => (await paperCheckIn(1)).alertId!;
let sharedAlert: Promise<string> | undefined;

/** Every level-of-care dimension rated `each`. */
const ratingsOf = (each: number) => Object.fromEntries(locDimensions.map((dimension) => [dimension, each])) as LocRatings;

/**
 * A new version of this enrollment's treatment plan, written and signed by the preparer (the
 * first, or a revision of the one before): a version the client has yet to sign.
 */
async function staffSignedVersion(clientId: string, enrollmentId: string) {
  const { plan } = await w.preparer.plans.ofClient({ clientId });
  const content = samplePlanContent(w.people.clinician.member.id, w.today);
  const { versionId } = await w.preparer.plans.write(
    plan ? { enrollmentId, reason: "revision", content, changeSummary: "Another version to sign" } : { enrollmentId, reason: "initial", content },
  );
  await w.preparer.plans.sign({ clientId, versionId });
  return versionId;
}

/** A client in care for a week with a first plan, written (not signed) by the preparer. */
async function clientWithPlan() {
  const { client, enrollment } = await clientInCare();
  const { versionId } = await w.preparer.plans.write({ enrollmentId: enrollment.id, reason: "initial", content: samplePlanContent(w.people.clinician.member.id, w.today) });
  return { clientId: client.id, enrollmentId: enrollment.id, versionId };
}

/** The portal client's own enrollment, for the treatment plan's rows; Alex's for anyone else. */
const ownEnrollment = (kind: Kind) => (kind === "otherClient" ? { clientId: w.blair.client.id, enrollmentId: w.blair.enrollment.id, name: `${w.blair.client.firstName} ${w.blair.client.lastName}` } : { clientId: w.alex.client.id, enrollmentId: w.alex.enrollment.id, name: `${w.alex.client.firstName} ${w.alex.client.lastName}` });
/** Plans written for a portal client's goal sharing, once each. */
const planWrittenFor = new Map<string, Promise<string>>();
/** A version of Alex's plan that callers other than Alex try to sign. */
let alexsVersionToSign: Promise<string> | undefined;

type Row<I> = {
  answers: Answers;
  /** The input of one call by `kind`, built afresh for each call. */
  input?: (kind: Kind) => I | Promise<I>;
  /** The fields naming a record; each is also tried with an id that exists nowhere. */
  ids?: readonly (keyof NonNullable<I> & string)[];
  /**
   * Why every call the ladder lets through is refused by the domain here (the callers' own accounts
   * are past that step, say), so none can succeed; the procedure's own tests show it succeeding.
   */
  refusedForTheseCallers?: string;
};
type Paths<T> = { [K in keyof T & string]: `${K}.${keyof T[K] & string}` }[keyof T & string];
type InputAt<T, P extends string> = P extends `${infer K}.${infer N}` ? (K extends keyof T ? (N extends keyof T[K] ? T[K][N] : never) : never) : never;
/** One row per procedure path; the coverage test below, not the type, insists on every path. */
type Table<T> = { [P in Paths<T>]?: Row<InputAt<T, P>> };

const portalRows: Table<PortalInputs> = {
  "plan.mine": { answers: portal("client", "otherClient") },
  "schedule.mine": { answers: portal("client", "otherClient") },
  "hours.mine": { answers: portal("client", "otherClient") },
  "calendar.status": { answers: portal("client", "otherClient") },
  "calendar.createLink": {
    answers: portal("client", "otherClient"),
    input: async (kind) => {
      const clientId = ownClientId(kind);
      if (clientId) await replaceCalendarFeedHash(w.db, clientId, "any", null);
    },
  },
  "calendar.resetLink": {
    answers: portal("client", "otherClient"),
    input: async (kind) => {
      const clientId = ownClientId(kind);
      if (clientId) await replaceCalendarFeedHash(w.db, clientId, "any", `old-${randomUUID()}`);
    },
  },
  "calendar.turnOff": { answers: portal("client", "otherClient") },
  "checkIns.due": { answers: portal("client", "otherClient") },
  "checkIns.form": { answers: portal("client", "otherClient"), input: () => weeklyCheckIn("phq9") },
  "checkIns.saveDraft": { answers: portal("client", "otherClient"), input: () => ({ ...weeklyCheckIn("phq9"), answers: { phq9_1: 2 } }) },
  "checkIns.submit": {
    answers: portal("client", "otherClient"),
    input: () => ({ ...weeklyCheckIn("gad7"), answers: Object.fromEntries(gad7.items.map((item) => [item.id, 0])) }),
  },
  "checkIns.results": { answers: portal("client", "otherClient") },
  "treatmentPlan.mine": { answers: portal("client", "otherClient") },
  "treatmentPlan.status": { answers: portal("client", "otherClient") },
  "treatmentPlan.sign": {
    answers: portal("client", "otherClient"),
    // The client's (or Blair's) own version, which the care team has signed; anyone else is shown Alex's.
    input: async (kind) => {
      const own = ownEnrollment(kind);
      const versionId = ownClientId(kind) ? await staffSignedVersion(own.clientId, own.enrollmentId) : await (alexsVersionToSign ??= staffSignedVersion(own.clientId, own.enrollmentId));
      return { versionId, signedName: own.name, agrees: false, comment: "I'd like fewer groups a week" };
    },
    ids: ["versionId"],
  },
  "treatmentPlan.shareGoal": {
    answers: portal("client", "otherClient"),
    input: async (kind) => {
      const own = ownEnrollment(kind);
      if (ownClientId(kind) && !planWrittenFor.has(own.clientId)) planWrittenFor.set(own.clientId, staffSignedVersion(own.clientId, own.enrollmentId));
      await planWrittenFor.get(own.clientId);
      return { goalKey: "back-to-work", shared: true };
    },
  },
  "account.setPassword": { answers: anyone, input: async () => ({ token: (await unfinishedAccount()).token, password: newPassword }) },
  "account.requestPasswordReset": { answers: anyone, input: () => ({ email: w.f.email("reset") }) },
  "account.resetPassword": { answers: anyone, input: async () => ({ token: await resetToken("portal"), password: newPassword }) },
  "family.members": { answers: portal("client", "otherClient") },
  "family.invite": {
    answers: portal("client", "otherClient"),
    input: () => ({ name: "Robin Fixture", relationship: "sibling", email: w.f.email("robin") }),
  },
  "family.consentForm": { answers: portal("client"), input: () => ({ familyMemberId: w.family.jordan.member.id }), ids: ["familyMemberId"] },
  "family.resendInvitation": {
    answers: portal("client"),
    input: async () => ({ familyMemberId: (await w.f.invitedFamilyMember(w.alex.client, { name: "Sky Fixture" })).member.id }),
    ids: ["familyMemberId"],
  },
  "family.grantConsent": {
    answers: portal("client"),
    input: async () => ({
      familyMemberId: (await w.f.familyMemberOf(w.alex.client, { name: "Sam Fixture" })).member.id,
      scopes: ["schedule"],
      purpose: "So Sam knows when I'm busy",
      expiry: { kind: "date", on: addDays(w.today, 30) },
      signedName: "Alex Fixture",
    }),
    ids: ["familyMemberId"],
  },
  "family.revokeConsent": {
    answers: portal("client"),
    input: async () => {
      const member = await w.f.familyMemberOf(w.alex.client, { name: "Tay Fixture" });
      return { consentId: (await w.f.consent(w.alex.client, member.member, { scopes: ["schedule"] })).id };
    },
    ids: ["consentId"],
  },
  "invitation.preview": { answers: anyone, input: () => ({ token: w.invitation.token }) },
  "invitation.accept": {
    answers: anyone,
    input: async () => ({ token: (await w.f.invitedFamilyMember(w.alex.client, { name: "Uli Fixture" })).token, password: newPassword }),
  },
  "sharedWithMe.clients": { answers: portal("family", "familyLapsed", "familyRevoked", "otherFamily") },
  "sharedWithMe.schedule": { answers: portal("family"), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  "sharedWithMe.attendance": { answers: portal("family"), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  "sharedWithMe.plan": { answers: portal("family"), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  "familySessions.eligible": { answers: portal("client", "otherClient", "family", "familyLapsed", "familyRevoked", "otherFamily") },
  "familySessions.mine": { answers: portal("client", "otherClient", "family", "familyLapsed", "familyRevoked", "otherFamily") },
  "familySessions.signUp": {
    answers: portal("client", "family"),
    input: async () => ({ sessionId: (await w.upcomingFamilyGroup()).id, clientId: w.alex.client.id }),
    ids: ["sessionId", "clientId"],
  },
  "familySessions.cancelSignUp": { answers: portal("client", "family"), input: async (kind) => ({ signUpId: await placeToCancel(kind) }), ids: ["signUpId"] },
  "privacy.whoHasSeen": { answers: portal("client", "otherClient") },
  // Each account's own second factor: every client and family member reaches it; none of these has one on.
  "secondFactor.overview": { answers: secondFactorStep("portal") },
  "secondFactor.startSetUp": { answers: secondFactorStep("portal") },
  "secondFactor.confirmSetUp": { answers: secondFactorStep("portal"), input: () => ({ code: "000000" }), refusedForTheseCallers: "no code of an app being set up" },
  "secondFactor.verify": { answers: secondFactorStep("portal"), input: () => ({ method: "app", code: "000000" }), refusedForTheseCallers: "none has a second factor to prove" },
  "secondFactor.newRecoveryCodes": { answers: secondFactorStep("portal"), input: () => ({ code: "000000" }), refusedForTheseCallers: "none has a second factor" },
  "secondFactor.turnOff": { answers: secondFactorStep("portal"), input: () => ({ code: "000000" }), refusedForTheseCallers: "none has a second factor" },
};

const staffRows: Table<StaffInputs> = {
  // Each staff member's own second factor: every role reaches it; each of these has one, proven in the session.
  "secondFactor.overview": { answers: secondFactorStep("staff") },
  "secondFactor.startSetUp": { answers: secondFactorStep("staff"), refusedForTheseCallers: "each has an app set up already" },
  "secondFactor.confirmSetUp": { answers: secondFactorStep("staff"), input: () => ({ code: "000000" }), refusedForTheseCallers: "each has an app set up already" },
  "secondFactor.verify": { answers: secondFactorStep("staff"), input: () => ({ method: "app", code: "000000" }) },
  // Changing a second factor takes one proven in the session: a session still at the step is answered as signed out.
  "secondFactor.newRecoveryCodes": {
    answers: { ...secondFactorStep("staff"), staffSetUpPending: "UNAUTHORIZED", staffCodePending: "UNAUTHORIZED" },
    input: async () => ({ code: await totpCodeAt(fixtureTotpSecret) }),
  },
  "staffAccounts.list": { answers: staff(["program_director", "administrator"]) },
  "staffAccounts.resetSecondFactor": {
    answers: staff(["program_director", "administrator"]),
    // The next step's code: newRecoveryCodes spent this step's of every staff caller.
    input: async () => ({ staffMemberId: (await w.f.staff("clinician")).member.id, code: await totpCodeAt(fixtureTotpSecret, new Date(Date.now() + 30_000)) }),
    ids: ["staffMemberId"],
  },
  // Public: the person cannot sign in yet, and the mailed link is the credential.
  "account.requestPasswordReset": { answers: anyone, input: () => ({ email: w.f.email("reset") }) },
  "account.resetPassword": { answers: anyone, input: async () => ({ token: await resetToken("staff"), password: newPassword }) },
  "roster.list": { answers: staff(rosterReaders) },
  "clients.list": { answers: staff(clinical), input: () => ({ query: "Fixture" }) },
  "clients.detail": { answers: staff(clinical), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  "clients.consents": { answers: staff(clinical), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  "clients.contact": { answers: staff(contactKeepers), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  "clients.updateContact": {
    answers: staff(contactKeepers),
    input: () => ({ clientId: w.alex.client.id, phone: "(617) 555-0110", email: null, emergencyContact: null }),
    ids: ["clientId"],
  },
  "clients.create": {
    answers: staff(clinical),
    input: () => ({ firstName: "Hana", lastName: "Fixture", dateOfBirth: "1990-01-01", programId: w.iop.program.id, plannedStartOn: w.today }),
    ids: ["programId"],
  },
  "clients.setupLink": { answers: staff(clinical), input: async () => ({ clientId: (await unfinishedAccount()).clientId }), ids: ["clientId"] },
  "enrollments.scheduleIntake": {
    answers: staff(clinical),
    input: async () => ({ enrollmentId: (await freshReferral()).enrollment.id, intakeOn: w.today }),
    ids: ["enrollmentId"],
  },
  "enrollments.activate": {
    answers: staff(clinical),
    input: async () => {
      const { enrollment } = await freshReferral();
      await w.preparer.enrollments.scheduleIntake({ enrollmentId: enrollment.id, intakeOn: w.today });
      return { enrollmentId: enrollment.id, programId: w.iop.program.id, scheduleOptionId: w.iop.option.id, startsOn: w.today };
    },
    ids: ["enrollmentId", "programId"],
  },
  "enrollments.hold": {
    answers: staff(clinical),
    input: async () => ({ enrollmentId: (await clientInCare()).enrollment.id, reason: "Family emergency", effectiveOn: w.today }),
    ids: ["enrollmentId"],
  },
  "enrollments.resume": {
    answers: staff(clinical),
    input: async () => {
      const { enrollment } = await clientInCare();
      await w.preparer.enrollments.hold({ enrollmentId: enrollment.id, reason: "Family emergency", effectiveOn: w.today });
      return { enrollmentId: enrollment.id, reason: "Back home", effectiveOn: w.today };
    },
    ids: ["enrollmentId"],
  },
  "enrollments.recertify": {
    answers: staff(clinical),
    input: async () => ({ enrollmentId: (await clientInCare()).enrollment.id, certifiedOn: w.today }),
    ids: ["enrollmentId"],
  },
  "enrollments.changeLevel": {
    answers: staff(clinical),
    input: async () => ({
      enrollmentId: (await clientInCare()).enrollment.id,
      to: "outside_outpatient",
      effectiveOn: w.today,
      reason: "Moving away",
      dischargePlan: sampleDischargePlan,
    }),
    ids: ["enrollmentId"],
  },
  "enrollments.discharge": {
    answers: staff(clinical),
    input: async () => ({ enrollmentId: (await clientInCare()).enrollment.id, reason: "completed", lastDayOn: w.today, plan: sampleDischargePlan }),
    ids: ["enrollmentId"],
  },
  "enrollments.refer": {
    answers: staff(clinical),
    input: async () => ({ clientId: (await w.f.unenrolledClient("Quinn")).client.id, programId: w.iop.program.id, plannedStartOn: addDays(w.today, 14) }),
    ids: ["clientId", "programId"],
  },
  "enrollments.closeReferral": {
    answers: staff(clinical),
    input: async () => ({ enrollmentId: (await freshReferral()).enrollment.id, reason: "could_not_be_reached" }),
    ids: ["enrollmentId"],
  },
  "careTeam.options": { answers: staff(clinical) },
  "careTeam.add": {
    answers: staff(clinical),
    input: async () => ({
      enrollmentId: (await clientInCare()).enrollment.id,
      staffMemberId: w.people.program_director.member.id,
      responsibility: "Psychiatric prescriber",
    }),
    ids: ["enrollmentId", "staffMemberId"],
  },
  "careTeam.remove": {
    answers: staff(clinical),
    input: async () => {
      const { enrollment } = await clientInCare();
      const added = await w.preparer.careTeam.add({ enrollmentId: enrollment.id, staffMemberId: w.preparerMember.id, responsibility: "Psychiatric prescriber" });
      return { enrollmentId: enrollment.id, careTeamMemberId: added.careTeamMemberId };
    },
    ids: ["enrollmentId", "careTeamMemberId"],
  },
  "attendance.sessions": { answers: staff(attendanceTakers), input: () => ({ date: w.pastDay }) },
  "attendance.today": { answers: staff(attendanceTakers) },
  "attendance.roster": { answers: staff(attendanceTakers), input: () => ({ sessionId: w.pastGroup.id }), ids: ["sessionId"] },
  "attendance.record": {
    answers: staff(attendanceTakers),
    input: async () => ({ sessionId: (await w.f.groupSession(w.iop, w.pastDay)).id, entries: [{ clientId: w.alex.client.id, status: "present" }] }),
    ids: ["sessionId"],
  },
  "attendance.markAllPresent": { answers: staff(attendanceTakers), input: async () => ({ sessionId: (await w.f.groupSession(w.iop, w.pastDay)).id }), ids: ["sessionId"] },
  "attendance.history": {
    answers: staff(attendanceTakers),
    input: () => ({ sessionId: w.pastGroup.id, clientId: w.alex.client.id }),
    ids: ["sessionId", "clientId"],
  },
  "programs.list": { answers: staff(rosterReaders) },
  "programs.detail": { answers: staff(programEditors), input: () => ({ programId: w.iop.program.id }), ids: ["programId"] },
  "programs.create": { answers: staff(programEditors), input: () => newProgram(`Evening Trauma IOP ${++programCount}`) },
  "programs.update": {
    answers: staff(programEditors),
    input: async () => {
      const { program } = await w.f.iopProgram();
      return { programId: program.id, active: true, ...newProgram("Adult IOP"), slug: program.slug };
    },
    ids: ["programId"],
  },
  "scheduleOptions.create": {
    answers: staff(programEditors),
    input: async () => ({ programId: (await w.f.iopProgram()).program.id, ...threeEvenings }),
    ids: ["programId"],
  },
  "scheduleOptions.update": {
    answers: staff(programEditors),
    input: async () => ({ scheduleOptionId: (await w.f.iopProgram()).option.id, ...threeEvenings, name: "Three evenings a week" }),
    ids: ["scheduleOptionId"],
  },
  "sessionTemplates.create": {
    answers: staff(programEditors),
    input: async () => ({
      scheduleOptionId: (await w.f.iopProgram()).option.id,
      kind: "process_group",
      title: "Process group",
      weekdays: [1, 3],
      startTime: "18:00",
      endTime: "19:30",
      location: "Group room A",
      startsOn: w.today,
    }),
    ids: ["scheduleOptionId"],
  },
  "sessionTemplates.update": {
    answers: staff(programEditors),
    input: async () => ({
      templateId: await newTemplate(),
      kind: "skills_group",
      title: "Skills group",
      weekdays: [1],
      startTime: "18:00",
      endTime: "19:30",
      location: "Group room A",
    }),
    ids: ["templateId"],
  },
  "sessionTemplates.extend": {
    answers: staff(programEditors),
    input: async () => ({ templateId: await newTemplate(), through: addDays(w.today, 70) }),
    ids: ["templateId"],
  },
  "sessionTemplates.end": {
    answers: staff(programEditors),
    input: async () => ({ templateId: await newTemplate(), endsOn: addDays(w.today, 30), reason: "Merged into another group" }),
    ids: ["templateId"],
  },
  // An individual session names its client: an administrator keeps schedules, not client records, so it is out of their reach.
  "sessions.detail": { answers: staff(["program_director"], ["administrator"]), input: () => ({ sessionId: w.individual.id }), ids: ["sessionId"] },
  "sessions.update": {
    answers: staff(["program_director"], ["administrator"]),
    input: async () => ({
      sessionId: (await w.f.session(w.iop, { startsAt: inHours(24 * 3), clientId: w.alex.client.id, kind: "individual", title: "Individual session" })).id,
      startTime: "10:00",
      endTime: "11:00",
      facilitatorStaffId: null,
      location: "Office 2",
      videoUrl: null,
    }),
    ids: ["sessionId"],
  },
  "sessions.cancel": {
    answers: staff(["program_director"], ["administrator"]),
    input: async () => ({
      sessionId: (await w.f.session(w.iop, { startsAt: inHours(24 * 3), clientId: w.alex.client.id, kind: "individual", title: "Individual session" })).id,
      reason: "Therapist away",
    }),
    ids: ["sessionId"],
  },
  "familySessions.options": { answers: staff(clinical) },
  "familySessions.create": {
    answers: staff(clinical),
    input: () => ({
      programId: w.iop.program.id,
      format: "single_family",
      clientId: w.alex.client.id,
      title: "Family session",
      date: addDays(w.today, 9),
      startTime: "17:00",
      endTime: "18:30",
      capacity: 4,
      signUpCutoffMinutes: 120,
      facilitatorStaffId: w.people.clinician.member.id,
      location: "Family room",
    }),
    // A client id that names nobody is refused as a client who isn't in the program is, in the same words.
    ids: ["programId"],
  },
  "familySessions.list": { answers: staff(clinical) },
  "familySessions.detail": { answers: staff(clinical), input: () => ({ sessionId: w.familyGroup.id }), ids: ["sessionId"] },
  "familySessions.cancel": {
    answers: staff(clinical),
    input: async () => ({ sessionId: (await w.upcomingFamilyGroup()).id, reason: "Facilitator unwell" }),
    ids: ["sessionId"],
  },
  // Check-in answers, scores and alerts are clinical: the front desk, the administrator and the privacy officer are refused by their role.
  "measures.list": { answers: staff(clinical), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  "measures.record": {
    answers: staff(clinical),
    input: async () => ({ clientId: (await clientInCare()).client.id, ...weeklyCheckIn("phq9"), answers: phq9Answers() }),
    ids: ["clientId"],
  },
  "measures.correct": {
    answers: staff(clinical),
    input: async () => {
      const { clientId, responseId } = await paperCheckIn();
      return { clientId, responseId, answers: phq9Answers(), reason: "Entered from the wrong column of the paper form" };
    },
    ids: ["clientId", "responseId"],
  },
  "alerts.queue": { answers: staff(clinical) },
  "alerts.ofClient": { answers: staff(clinical), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  "alerts.detail": { answers: staff(clinical), input: async () => ({ alertId: await (sharedAlert ??= newAlert()) }), ids: ["alertId"] },
  "alerts.acknowledge": {
    answers: staff(clinical),
    input: async () => ({ alertId: await newAlert(), action: "contacted_client", note: "Spoke with them; safe tonight" }),
    ids: ["alertId"],
  },
  "alerts.followUp": { answers: staff(clinical), input: async () => ({ alertId: await newAlert(), action: "could_not_reach", note: "Retried" }), ids: ["alertId"] },
  "alerts.resolve": { answers: staff(clinical), input: async () => ({ alertId: await newAlert(), note: "Safety plan reviewed; no current intent." }), ids: ["alertId"] },
  // Treatment plans, level-of-care reviews, authorizations and the review packet are clinical records: the clinical roles alone.
  "plans.ofClient": { answers: staff(clinical), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  "plans.write": {
    answers: staff(clinical),
    input: async () => ({ enrollmentId: (await clientInCare()).enrollment.id, reason: "initial", content: samplePlanContent(w.people.clinician.member.id, w.today) }),
    ids: ["enrollmentId"],
  },
  "plans.sign": {
    answers: staff(clinical),
    input: async () => {
      const { clientId, versionId } = await clientWithPlan();
      return { clientId, versionId };
    },
    ids: ["clientId", "versionId"],
  },
  "plans.markObjectiveMet": {
    answers: staff(clinical),
    input: async () => ({ clientId: (await clientWithPlan()).clientId, objectiveKey: "relapse-plan" }),
    ids: ["clientId"],
  },
  "levelOfCare.assessments": { answers: staff(clinical), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  "levelOfCare.assess": { answers: staff(clinical), input: () => ({ clientId: w.alex.client.id, ratings: ratingsOf(2), note: "Steady week" }), ids: ["clientId"] },
  "levelOfCare.decide": {
    answers: staff(clinical),
    input: async () => {
      const { assessmentId } = await w.preparer.levelOfCare.assess({ clientId: w.alex.client.id, ratings: ratingsOf(2) });
      return { clientId: w.alex.client.id, assessmentId, decision: "decline", reason: "Stays at IOP for now" };
    },
    ids: ["clientId", "assessmentId"],
  },
  "authorizations.ofClient": { answers: staff(clinical), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  "authorizations.record": {
    answers: staff(clinical),
    input: () => ({ enrollmentId: w.alex.enrollment.id, payer: "Blue Harbor Health", number: "AUTH-1", unitsApproved: 20, startsOn: w.today, endsOn: addDays(w.today, 30) }),
    ids: ["enrollmentId"],
  },
  "utilizationReview.packet": { answers: staff(clinical), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  "utilizationReview.printed": { answers: staff(clinical), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
  // Counts and shares only; a program id that names nothing counts nobody, it reaches for no record.
  "outcomes.summary": { answers: staff(clinical), input: () => ({ programId: w.iop.program.id }) },
  // The audit is the privacy officer's alone; a search filter naming nobody finds nothing, it reaches for no record.
  "audit.filterOptions": { answers: staff(["privacy_officer"]) },
  "audit.search": { answers: staff(["privacy_officer"]), input: () => ({ from: addDays(w.today, -1), to: w.today, clientId: w.alex.client.id }) },
  "audit.export": { answers: staff(["privacy_officer"]), input: () => ({ from: addDays(w.today, -1), to: w.today, clientId: w.alex.client.id }) },
  "audit.disclosures": { answers: staff(["privacy_officer"]), input: () => ({ clientId: w.alex.client.id }), ids: ["clientId"] },
};

/** What one call answered: the table's word for it, the error's words, and what it returned. */
type Outcome = { answer: string; message?: string; output?: unknown; succeeded: boolean };

const ladderCodes: readonly string[] = ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"];

/** Calls the procedure at `path` through `api`, a router's caller, and reads its answer. */
async function attempt(api: object, path: string, input: unknown): Promise<Outcome> {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as (input: unknown) => Promise<unknown>;
  try {
    return { answer: "allowed", output: await procedure(input), succeeded: true };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (ladderCodes.includes(error.code)) return { answer: error.code, message: error.message, succeeded: false };
    // The domain's own refusal still means the ladder let the call through; invalid input, a limit or a crash does not.
    const refusedByTheDomain = (error.code === "BAD_REQUEST" || error.code === "CONFLICT") && !(error.cause instanceof z.ZodError);
    const answer = refusedByTheDomain ? "allowed" : `${error.code}${error.cause instanceof z.ZodError ? " (invalid input)" : ""}: ${error.message}`;
    return { answer, message: error.message, succeeded: false };
  }
}

function describeMatrix(name: "portal" | "staff", router: { _def: { procedures: Record<string, unknown> } }, rows: Partial<Record<string, Row<unknown>>>) {
  describe(`every ${name} procedure, as every kind of caller`, () => {
    for (const [path, row] of Object.entries(rows)) {
      const ids = row!.ids ?? [];
      const named = ids.length > 0 ? `, and an unknown ${ids.join(" or ")} answers as one out of reach` : "";
      it(`${path} gives each caller the answer in the table${named}`, async () => {
        const { answers, input = () => undefined } = row!;
        expect(router._def.procedures[path], `${path} is not a procedure of the ${name} router`).toBeDefined();
        const outcomes = {} as Record<Kind, Outcome>;
        for (const kind of kinds) outcomes[kind] = await attempt(w.api[kind][name], path, await input(kind));

        expect(Object.fromEntries(kinds.map((kind) => [kind, outcomes[kind].answer]))).toEqual(answers);
        const allowed = kinds.filter((kind) => answers[kind] === "allowed");
        if (allowed.length > 0 && !row!.refusedForTheseCallers) expect(allowed.some((kind) => outcomes[kind].succeeded), `no allowed call of ${path} succeeded`).toBe(true);
        if (answers !== anyone) {
          for (const kind of allowed.filter((kind) => beyondAlex.includes(kind))) {
            expect(JSON.stringify(outcomes[kind].output ?? null), `${path} as ${kind} names Alex`).not.toContain(w.alex.client.id);
          }
        }

        // One answer for a record out of reach, whoever asks; and an id that exists nowhere gets exactly that answer.
        const outOfReach = kinds.filter((kind) => answers[kind] === "NOT_FOUND").map((kind) => ({ code: "NOT_FOUND", message: outcomes[kind].message }));
        expect(new Set(outOfReach.map((answer) => answer.message)).size).toBeLessThanOrEqual(1);
        for (const key of ids) {
          for (const kind of allowed) {
            const unknown = { ...((await input(kind)) as Record<string, unknown>), [key]: randomUUID() };
            const outcome = await attempt(w.api[kind][name], path, unknown);
            expect({ code: outcome.answer, message: outcome.message }, `${path} as ${kind} with an unknown ${key}`).toEqual(outOfReach[0]);
          }
        }
      });
    }
  });
}

describeMatrix("portal", portalRouter, portalRows as Partial<Record<string, Row<unknown>>>);
describeMatrix("staff", staffRouter, staffRows as Partial<Record<string, Row<unknown>>>);

describe("the two routers", () => {
  const lastAuditRow = async () => (await testDb.db.select({ last: max(auditEvents.id) }).from(auditEvents))[0]?.last ?? 0;

  it("are separate roots: a portal caller finds no staff procedure and a staff caller no portal one, whoever they are, and nothing is written", async () => {
    const before = await lastAuditRow();
    const crossings = [
      { from: "portal" as const, paths: Object.keys(staffRouter._def.procedures), own: portalRouter._def.procedures as Record<string, unknown>, theirs: staffRouter._def.procedures as Record<string, unknown> },
      { from: "staff" as const, paths: Object.keys(portalRouter._def.procedures), own: staffRouter._def.procedures as Record<string, unknown>, theirs: portalRouter._def.procedures as Record<string, unknown> },
    ];
    for (const { from, paths, own, theirs } of crossings) {
      for (const path of paths) {
        // A path both routers name is each router's own procedure, never the other's.
        if (path in own) {
          expect(own[path], `${path} is the same procedure in both routers`).not.toBe(theirs[path]);
          continue;
        }
        for (const kind of ["nobody", "client", "family", "clinician", "program_director", "staffCodePending"] as const) {
          const outcome = await attempt(w.api[kind][from], path, undefined);
          expect(outcome, `${path} through the ${from} router as ${kind}`).toMatchObject({ answer: "NOT_FOUND", message: expect.stringContaining("No procedure found") });
        }
      }
    }
    expect(await lastAuditRow()).toBe(before);
  });

  it("have a row above for every procedure, so a new one fails here until it says who may call it", () => {
    expect(Object.keys(portalRows).sort()).toEqual(Object.keys(portalRouter._def.procedures).sort());
    expect(Object.keys(staffRows).sort()).toEqual(Object.keys(staffRouter._def.procedures).sort());
  });
});
