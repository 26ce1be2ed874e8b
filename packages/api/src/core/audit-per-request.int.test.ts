import type { SessionUser } from "@stepwise/auth";
import { auditEvents, attendance } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { type DischargePlan, type Instrument, type LocRatings, addDays, gad7, locDimensions, phq9 } from "@stepwise/domain";
import { asc, eq, gt, max } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portalRouter } from "../portal/router";
import { createStaffCaller } from "../staff/index";
import { staffRouter } from "../staff/router";
import { createPortalCaller } from "../portal/index";
import { familyFixtures, inHours } from "../test-support/family-fixtures";
import { fixtureTotpSecret } from "../test-support/fixtures";
import { codeAt, passwordOnlySession, secretFromTyping } from "../test-support/second-factor-sessions";
import { newProgram, threeEvenings } from "../test-support/program-inputs";
import { samplePlanContent } from "../test-support/treatment-plan-fixtures";

/**
 * The ladder's promise, procedure by procedure: a request writes exactly one audit row, whose
 * action is the procedure's path, naming every client whose information it showed or changed
 * (no more, no fewer); a read that showed nobody's information writes none. Each case below calls
 * one procedure of the portal or the staff router and says, from what came back, which clients
 * that was. The last test proves the table covers every procedure of both routers, so a new
 * procedure cannot be added without saying what it audits.
 */

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

/** A new account's password, long and uncommon enough for the policy. */
const newPassword = "quiet harbor lanterns drift east at dawn";

const plan: DischargePlan = {
  nextLevel: "outside_outpatient",
  nextProvider: { name: "Dr. Amy Lee", phone: "555-010-0142", frequency: "weekly" },
  joinsAlumniGroup: true,
  crisisPlan: {
    warningSigns: ["Sleeping less than five hours"],
    copingStrategies: ["Call my sister"],
    peopleToContact: [],
    professionalsToContact: [],
    makingTheEnvironmentSafe: [],
  },
};

async function arrange(db: TestDatabase["db"]) {
  const f = familyFixtures(db);
  const today = f.today;
  const clinician = await f.staff("clinician");
  const director = await f.staff("program_director");
  const iop = await f.iopProgram();
  const alex = await f.clientInTreatment(iop, clinician, "Alex");
  const blair = await f.clientInTreatment(iop, clinician, "Blair");
  const eli = await f.enrolledClient(iop, clinician, { startsOn: addDays(today, -14), firstName: "Eli" });
  const fay = await f.enrolledClient(iop, clinician, { startsOn: addDays(today, -14), firstName: "Fay" });
  // Jordan: everything of Alex's, and only Blair's schedule.
  const jordan = await f.familyMemberOf(alex.client, { name: "Jordan Partner" });
  await f.consent(alex.client, jordan.member, { scopes: ["schedule", "attendance_summary", "plan_summary", "family_sessions"] });
  const jordanAtBlair = await f.familyMemberOf(blair.client, { name: "Jordan Partner", user: jordan.user });
  await f.consent(blair.client, jordanAtBlair.member, { scopes: ["schedule"] });

  const staffApi = (caller: SessionUser) => createStaffCaller({ db, caller });
  const clinicianApi = staffApi(await clinician.caller());
  const directorApi = staffApi(await director.caller());
  // Made through the API before anything is measured: two clients with unfinished portal accounts, and a fresh referral.
  const withLink = await clinicianApi.clients.create({
    firstName: "Gale",
    lastName: "Fixture",
    dateOfBirth: "1990-01-01",
    email: f.email("gale"),
    programId: iop.program.id,
    plannedStartOn: addDays(today, 7),
  });
  const unfinished = await clinicianApi.clients.create({
    firstName: "Ida",
    lastName: "Fixture",
    dateOfBirth: "1990-01-01",
    email: f.email("ida"),
    programId: iop.program.id,
    plannedStartOn: addDays(today, 7),
  });
  const dana = await clinicianApi.clients.create({ firstName: "Dana", lastName: "Fixture", dateOfBirth: "1990-01-01", programId: iop.program.id, plannedStartOn: today });

  const pastDay = addDays(today, -2);
  return {
    f,
    today,
    clinician,
    director,
    iop,
    alex,
    blair,
    eli,
    fay,
    jordan,
    clinicianApi,
    directorApi,
    jordanApi: await jordan.api(),
    publicApi: f.publicApi(),
    withLink,
    unfinished,
    dana,
    pastGroup: await f.groupSession(iop, pastDay),
    pastDay,
    individual: await f.session(iop, { startsAt: inHours(24 * 3), clientId: alex.client.id, kind: "individual", title: "Individual session" }),
    familyGroup: await f.familySession(iop, { startsAt: inHours(24 * 5) }),
  };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
}, 60_000);
afterAll(() => testDb.drop());

/** What one call wrote to the audit trail, and what it answered. */
async function audited<T>(call: () => Promise<T>) {
  const [before] = await testDb.db.select({ last: max(auditEvents.id) }).from(auditEvents);
  const output = await call();
  const rows = await testDb.db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.id, before?.last ?? 0))
    .orderBy(asc(auditEvents.id));
  return { output, rows };
}

/** The token in the newest mail to this address with a reset link, read from the link as its reader would. */
async function mailedResetToken(toEmail: string): Promise<string> {
  const mails = await setup.f.outboxTo(toEmail);
  const token = mails.at(-1)?.body.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no reset link mailed to ${toEmail}`);
  return token;
}

/** What one case remembers for the ones after it. */
const kept: Record<string, string> = {};

type Case = {
  /** Calls the procedure and says, from its answer, which clients' information it showed or changed. */
  run: () => Promise<{ output: unknown; rows: (typeof auditEvents.$inferSelect)[]; shows: readonly (string | null | undefined)[] }>;
};

const call = async <T,>(procedure: () => Promise<T>, shows: (output: T) => readonly (string | null | undefined)[]) => {
  const { output, rows } = await audited(procedure);
  return { output, rows, shows: shows(output) };
};
const about = (...clientIds: string[]) => () => clientIds;
const nobody = () => [];

/**
 * An account at the second-factor step of a fresh sign-in, for the second-factor cases: each call
 * of `api()` resolves the session afresh, as the next request would.
 */
async function secondFactorSession(email: string, app: "portal" | "staff") {
  const session = await passwordOnlySession(testDb.db, email, app);
  const api = async () => {
    const caller = await session.caller();
    return app === "portal" ? { portal: createPortalCaller({ db: testDb.db, caller }) } : { staff: createStaffCaller({ db: testDb.db, caller }) };
  };
  return { session, portal: async () => (await api()).portal!, staff: async () => (await api()).staff! };
}

/** What the second-factor cases hand on: whose authenticator, its secret and recovery codes, the open session. */
const secondFactorKept: Record<"portal" | "staff", { email?: string; staffMemberId?: string; secret?: string; codes?: string[]; session?: Awaited<ReturnType<typeof secondFactorSession>> }> = {
  portal: {},
  staff: {},
};

/** The weekly check-in due today for a client admitted two weeks ago, and an answer set of all 0s. */
const weeklyCheckIn = (instrument: "phq9" | "gad7") => ({ instrument, occasion: "scheduled", dueOn: setup.today }) as const;
const nothingAtAll = (instrument: Instrument) => Object.fromEntries(instrument.items.map((item) => [item.id, 0]));

/** Every level-of-care dimension rated `each`. */
const ratingsOf = (each: number) => Object.fromEntries(locDimensions.map((dimension) => [dimension, each])) as LocRatings;

/** Ivy, a client in treatment whose first plan the clinician has written and signed: the portal's treatment-plan cases. */
let ivy: Promise<{ client: { id: string; firstName: string; lastName: string }; api: ReturnType<typeof createPortalCaller>; versionId: string }> | undefined;
const clientWithSignedPlan = () =>
  (ivy ??= (async () => {
    const client = await setup.f.clientInTreatment(setup.iop, setup.clinician, "Ivy");
    const { versionId } = await setup.clinicianApi.plans.write({ enrollmentId: client.enrollment.id, reason: "initial", content: samplePlanContent(setup.clinician.member.id, setup.today) });
    await setup.clinicianApi.plans.sign({ clientId: client.client.id, versionId });
    return { client: client.client, api: client.api, versionId };
  })());

const portalCases: Record<string, Case> = {
  "secondFactor.overview": { run: () => call(() => setup.alex.api.secondFactor.overview(), nobody) },
  "secondFactor.startSetUp": {
    run: async () => {
      const quinn = await setup.f.clientInTreatment(setup.iop, setup.clinician, "Quinn");
      const kept = secondFactorKept.portal;
      kept.email = quinn.user.email;
      kept.session = await secondFactorSession(quinn.user.email, "portal");
      const result = await call(async () => (await kept.session!.portal()).secondFactor.startSetUp(), nobody);
      kept.secret = secretFromTyping(result.output.secretForTyping);
      return result;
    },
  },
  "secondFactor.confirmSetUp": {
    run: async () => {
      const kept = secondFactorKept.portal;
      const api = await kept.session!.portal();
      const result = await call(async () => api.secondFactor.confirmSetUp({ code: await codeAt(kept.secret!) }), nobody);
      kept.codes = result.output.recoveryCodes;
      return result;
    },
  },
  "secondFactor.verify": {
    run: async () => {
      const kept = secondFactorKept.portal;
      kept.session = await secondFactorSession(kept.email!, "portal");
      const api = await kept.session.portal();
      return call(() => api.secondFactor.verify({ method: "recovery_code", code: kept.codes![0]! }), nobody);
    },
  },
  "secondFactor.newRecoveryCodes": {
    run: async () => {
      const kept = secondFactorKept.portal;
      const api = await kept.session!.portal();
      // The next step's code: the first one was spent confirming the app.
      return call(async () => api.secondFactor.newRecoveryCodes({ code: await codeAt(kept.secret!, 30) }), nobody);
    },
  },
  "secondFactor.turnOff": {
    run: async () => {
      // Another client, whose first code is spent confirming and whose next one turns it off.
      const sam = await setup.f.clientInTreatment(setup.iop, setup.clinician, "Sam");
      const session = await secondFactorSession(sam.user.email, "portal");
      const secret = secretFromTyping((await (await session.portal()).secondFactor.startSetUp()).secretForTyping);
      await (await session.portal()).secondFactor.confirmSetUp({ code: await codeAt(secret) });
      const api = await session.portal();
      return call(async () => api.secondFactor.turnOff({ code: await codeAt(secret, 30) }), nobody);
    },
  },
  "plan.mine": { run: () => call(() => setup.alex.api.plan.mine(), about(setup.alex.client.id)) },
  "schedule.mine": { run: () => call(() => setup.alex.api.schedule.mine(), about(setup.alex.client.id)) },
  "hours.mine": { run: () => call(() => setup.alex.api.hours.mine(), about(setup.alex.client.id)) },
  "calendar.status": { run: () => call(() => setup.alex.api.calendar.status(), about(setup.alex.client.id)) },
  "calendar.createLink": { run: () => call(() => setup.alex.api.calendar.createLink(), about(setup.alex.client.id)) },
  "calendar.resetLink": { run: () => call(() => setup.alex.api.calendar.resetLink(), about(setup.alex.client.id)) },
  "calendar.turnOff": { run: () => call(() => setup.alex.api.calendar.turnOff(), about(setup.alex.client.id)) },
  "checkIns.due": { run: () => call(() => setup.alex.api.checkIns.due(), about(setup.alex.client.id)) },
  "checkIns.form": { run: () => call(() => setup.alex.api.checkIns.form(weeklyCheckIn("phq9")), about(setup.alex.client.id)) },
  "checkIns.saveDraft": {
    run: () => call(() => setup.alex.api.checkIns.saveDraft({ ...weeklyCheckIn("phq9"), answers: { phq9_1: 1 } }), about(setup.alex.client.id)),
  },
  "checkIns.submit": {
    run: () => call(() => setup.alex.api.checkIns.submit({ ...weeklyCheckIn("gad7"), answers: nothingAtAll(gad7) }), about(setup.alex.client.id)),
  },
  "checkIns.results": { run: () => call(() => setup.alex.api.checkIns.results(), about(setup.alex.client.id)) },
  "treatmentPlan.mine": {
    run: async () => {
      const { client, api } = await clientWithSignedPlan();
      return call(() => api.treatmentPlan.mine(), about(client.id));
    },
  },
  "treatmentPlan.status": {
    run: async () => {
      const { client, api } = await clientWithSignedPlan();
      return call(() => api.treatmentPlan.status(), about(client.id));
    },
  },
  "treatmentPlan.sign": {
    run: async () => {
      const { client, api, versionId } = await clientWithSignedPlan();
      return call(() => api.treatmentPlan.sign({ versionId, signedName: `${client.firstName} ${client.lastName}`, agrees: true }), about(client.id));
    },
  },
  "treatmentPlan.shareGoal": {
    run: async () => {
      const { client, api } = await clientWithSignedPlan();
      return call(() => api.treatmentPlan.shareGoal({ goalKey: "back-to-work", shared: true }), about(client.id));
    },
  },
  "account.setPassword": {
    run: () =>
      call(
        () => setup.publicApi.account.setPassword({ token: setup.withLink.setupLink!.path.split("/").at(-1)!, password: newPassword }),
        about(setup.withLink.clientId),
      ),
  },
  "account.requestPasswordReset": {
    run: async () => {
      const kai = await setup.f.unenrolledClient("Kai");
      kept.kaiEmail = kai.user.email;
      kept.kaiClientId = kai.client.id;
      return call(() => setup.publicApi.account.requestPasswordReset({ email: kai.user.email }), about(kai.client.id));
    },
  },
  "account.resetPassword": {
    run: async () => {
      const token = await mailedResetToken(kept.kaiEmail!);
      return call(() => setup.publicApi.account.resetPassword({ token, password: newPassword }), about(kept.kaiClientId!));
    },
  },
  "family.members": { run: () => call(() => setup.alex.api.family.members(), about(setup.alex.client.id)) },
  "family.invite": {
    run: async () => {
      kept.robinEmail = setup.f.email("robin");
      const result = await call(
        () => setup.alex.api.family.invite({ name: "Robin Fixture", relationship: "sibling", email: kept.robinEmail! }),
        about(setup.alex.client.id),
      );
      kept.robin = result.output.familyMemberId;
      return result;
    },
  },
  "family.consentForm": { run: () => call(() => setup.alex.api.family.consentForm({ familyMemberId: kept.robin! }), about(setup.alex.client.id)) },
  "family.resendInvitation": { run: () => call(() => setup.alex.api.family.resendInvitation({ familyMemberId: kept.robin! }), about(setup.alex.client.id)) },
  "invitation.preview": {
    run: async () => {
      kept.robinToken = await setup.f.mailedInvitationToken(kept.robinEmail!);
      return call(() => setup.publicApi.invitation.preview({ token: kept.robinToken! }), about(setup.alex.client.id));
    },
  },
  "invitation.accept": {
    run: () => call(() => setup.publicApi.invitation.accept({ token: kept.robinToken!, password: newPassword }), about(setup.alex.client.id)),
  },
  "family.grantConsent": {
    run: async () => {
      const result = await call(
        () =>
          setup.alex.api.family.grantConsent({
            familyMemberId: kept.robin!,
            scopes: ["schedule"],
            purpose: "So Robin knows when I'm busy",
            expiry: { kind: "date", on: addDays(setup.today, 30) },
            signedName: "Alex Fixture",
          }),
        about(setup.alex.client.id),
      );
      kept.robinConsent = result.output.consentId;
      return result;
    },
  },
  "family.revokeConsent": { run: () => call(() => setup.alex.api.family.revokeConsent({ consentId: kept.robinConsent! }), about(setup.alex.client.id)) },
  "sharedWithMe.clients": {
    run: async () => {
      const result = await call(
        () => setup.jordanApi.sharedWithMe.clients(),
        (clients) => clients.map((client) => client.clientId),
      );
      expect(result.shows).toHaveLength(2);
      return result;
    },
  },
  "sharedWithMe.schedule": { run: () => call(() => setup.jordanApi.sharedWithMe.schedule({ clientId: setup.alex.client.id }), about(setup.alex.client.id)) },
  "sharedWithMe.attendance": { run: () => call(() => setup.jordanApi.sharedWithMe.attendance({ clientId: setup.alex.client.id }), about(setup.alex.client.id)) },
  "sharedWithMe.plan": { run: () => call(() => setup.jordanApi.sharedWithMe.plan({ clientId: setup.alex.client.id }), about(setup.alex.client.id)) },
  "familySessions.eligible": {
    // The families whose sessions the answer shows (Alex's: Blair shares no family sessions with Jordan).
    run: async () => {
      const result = await call(
        () => setup.jordanApi.familySessions.eligible(),
        (sessions) => sessions.flatMap((session) => session.forClients.map((client) => client.clientId)),
      );
      expect(result.shows).toContain(setup.alex.client.id);
      expect(result.shows).not.toContain(setup.blair.client.id);
      return result;
    },
  },
  "familySessions.signUp": {
    run: async () => {
      const result = await call(
        () => setup.jordanApi.familySessions.signUp({ sessionId: setup.familyGroup.id, clientId: setup.alex.client.id }),
        about(setup.alex.client.id),
      );
      kept.signUp = result.output.signUpId;
      return result;
    },
  },
  "familySessions.mine": {
    run: () =>
      call(
        () => setup.jordanApi.familySessions.mine(),
        (signUps) => signUps.map((signUp) => signUp.forClient.clientId),
      ),
  },
  "familySessions.cancelSignUp": { run: () => call(() => setup.jordanApi.familySessions.cancelSignUp({ signUpId: kept.signUp! }), about(setup.alex.client.id)) },
  "privacy.whoHasSeen": { run: () => call(() => setup.alex.api.privacy.whoHasSeen(), about(setup.alex.client.id)) },
};

const staffCases: Record<string, Case> = {
  "secondFactor.overview": { run: () => call(() => setup.clinicianApi.secondFactor.overview(), nobody) },
  "secondFactor.startSetUp": {
    run: async () => {
      const newcomer = await setup.f.staff("clinician");
      const kept = secondFactorKept.staff;
      kept.email = newcomer.user.email;
      kept.staffMemberId = newcomer.member.id;
      kept.session = await secondFactorSession(newcomer.user.email, "staff");
      const result = await call(async () => (await kept.session!.staff()).secondFactor.startSetUp(), nobody);
      kept.secret = secretFromTyping(result.output.secretForTyping);
      return result;
    },
  },
  "secondFactor.confirmSetUp": {
    run: async () => {
      const kept = secondFactorKept.staff;
      const api = await kept.session!.staff();
      const result = await call(async () => api.secondFactor.confirmSetUp({ code: await codeAt(kept.secret!) }), nobody);
      kept.codes = result.output.recoveryCodes;
      return result;
    },
  },
  "secondFactor.verify": {
    run: async () => {
      const kept = secondFactorKept.staff;
      kept.session = await secondFactorSession(kept.email!, "staff");
      const api = await kept.session.staff();
      return call(() => api.secondFactor.verify({ method: "recovery_code", code: kept.codes![0]! }), nobody);
    },
  },
  "secondFactor.newRecoveryCodes": {
    run: async () => {
      const kept = secondFactorKept.staff;
      const api = await kept.session!.staff();
      return call(async () => api.secondFactor.newRecoveryCodes({ code: await codeAt(kept.secret!, 30) }), nobody);
    },
  },
  "staffAccounts.list": { run: () => call(() => setup.directorApi.staffAccounts.list(), nobody) },
  "staffAccounts.resetSecondFactor": {
    run: () =>
      call(async () => setup.directorApi.staffAccounts.resetSecondFactor({ staffMemberId: secondFactorKept.staff.staffMemberId!, code: await codeAt(fixtureTotpSecret) }), nobody),
  },
  "roster.list": {
    run: () =>
      call(
        () => setup.clinicianApi.roster.list(),
        (board) => board.rows.map((row) => row.clientId),
      ),
  },
  "clients.list": {
    run: () =>
      call(
        () => setup.clinicianApi.clients.list({ query: "Fixture" }),
        (found) => found.clients.map((client) => client.clientId),
      ),
  },
  "clients.detail": { run: () => call(() => setup.clinicianApi.clients.detail({ clientId: setup.alex.client.id }), about(setup.alex.client.id)) },
  "clients.consents": { run: () => call(() => setup.clinicianApi.clients.consents({ clientId: setup.alex.client.id }), about(setup.alex.client.id)) },
  "clients.contact": { run: () => call(() => setup.clinicianApi.clients.contact({ clientId: setup.alex.client.id }), about(setup.alex.client.id)) },
  "clients.updateContact": {
    run: () =>
      call(
        () => setup.clinicianApi.clients.updateContact({ clientId: setup.alex.client.id, phone: "(617) 555-0110", email: null, emergencyContact: null }),
        about(setup.alex.client.id),
      ),
  },
  "clients.create": {
    run: () =>
      call(
        () =>
          setup.clinicianApi.clients.create({ firstName: "Hana", lastName: "Fixture", dateOfBirth: "1990-01-01", programId: setup.iop.program.id, plannedStartOn: setup.today }),
        (created) => [created.clientId],
      ),
  },
  "account.requestPasswordReset": {
    run: async () => {
      const colleague = await setup.f.staff("clinician");
      kept.colleagueEmail = colleague.user.email;
      return call(() => createStaffCaller({ db: testDb.db, caller: null }).account.requestPasswordReset({ email: colleague.user.email }), nobody);
    },
  },
  "account.resetPassword": {
    run: async () => {
      const token = await mailedResetToken(kept.colleagueEmail!);
      return call(() => createStaffCaller({ db: testDb.db, caller: null }).account.resetPassword({ token, password: newPassword }), nobody);
    },
  },
  "clients.setupLink": { run: () => call(() => setup.clinicianApi.clients.setupLink({ clientId: setup.unfinished.clientId }), about(setup.unfinished.clientId)) },
  "enrollments.scheduleIntake": {
    run: () => call(() => setup.clinicianApi.enrollments.scheduleIntake({ enrollmentId: setup.dana.enrollmentId, intakeOn: setup.today }), about(setup.dana.clientId)),
  },
  "enrollments.activate": {
    run: () =>
      call(
        () =>
          setup.clinicianApi.enrollments.activate({
            enrollmentId: setup.dana.enrollmentId,
            programId: setup.iop.program.id,
            scheduleOptionId: setup.iop.option.id,
            startsOn: setup.today,
          }),
        about(setup.dana.clientId),
      ),
  },
  "careTeam.options": { run: () => call(() => setup.clinicianApi.careTeam.options(), nobody) },
  "careTeam.add": {
    run: async () => {
      const result = await call(
        () =>
          setup.clinicianApi.careTeam.add({ enrollmentId: setup.dana.enrollmentId, staffMemberId: setup.director.member.id, responsibility: "Psychiatric prescriber" }),
        about(setup.dana.clientId),
      );
      kept.careTeamMember = result.output.careTeamMemberId;
      return result;
    },
  },
  "careTeam.remove": {
    run: () =>
      call(() => setup.clinicianApi.careTeam.remove({ enrollmentId: setup.dana.enrollmentId, careTeamMemberId: kept.careTeamMember! }), about(setup.dana.clientId)),
  },
  "enrollments.hold": {
    run: () =>
      call(
        () => setup.clinicianApi.enrollments.hold({ enrollmentId: setup.dana.enrollmentId, reason: "Family emergency", effectiveOn: setup.today }),
        about(setup.dana.clientId),
      ),
  },
  "enrollments.resume": {
    run: () =>
      call(() => setup.clinicianApi.enrollments.resume({ enrollmentId: setup.dana.enrollmentId, reason: "Back home", effectiveOn: setup.today }), about(setup.dana.clientId)),
  },
  "enrollments.recertify": {
    run: () => call(() => setup.clinicianApi.enrollments.recertify({ enrollmentId: setup.dana.enrollmentId, certifiedOn: setup.today }), about(setup.dana.clientId)),
  },
  "enrollments.changeLevel": {
    run: () =>
      call(
        () =>
          setup.clinicianApi.enrollments.changeLevel({
            enrollmentId: setup.eli.enrollment.id,
            to: "outside_outpatient",
            effectiveOn: setup.today,
            reason: "Moving away",
            dischargePlan: plan,
          }),
        about(setup.eli.client.id),
      ),
  },
  "enrollments.discharge": {
    run: () =>
      call(
        () => setup.clinicianApi.enrollments.discharge({ enrollmentId: setup.fay.enrollment.id, reason: "completed", lastDayOn: setup.today, plan }),
        about(setup.fay.client.id),
      ),
  },
  "enrollments.refer": {
    run: async () => {
      const result = await call(
        () => setup.clinicianApi.enrollments.refer({ clientId: setup.fay.client.id, programId: setup.iop.program.id, plannedStartOn: addDays(setup.today, 14) }),
        about(setup.fay.client.id),
      );
      kept.referral = result.output.enrollmentId;
      return result;
    },
  },
  "enrollments.closeReferral": {
    run: () => call(() => setup.clinicianApi.enrollments.closeReferral({ enrollmentId: kept.referral!, reason: "could_not_be_reached" }), about(setup.fay.client.id)),
  },
  "attendance.sessions": { run: () => call(() => setup.clinicianApi.attendance.sessions({ date: setup.pastDay }), nobody) },
  "attendance.today": { run: () => call(() => setup.clinicianApi.attendance.today(), nobody) },
  "attendance.roster": {
    run: async () => {
      const result = await call(
        () => setup.clinicianApi.attendance.roster({ sessionId: setup.pastGroup.id }),
        (roster) => roster.roster.map((entry) => entry.clientId),
      );
      expect(result.shows).toContain(setup.alex.client.id);
      return result;
    },
  },
  "attendance.record": {
    run: () =>
      call(
        () => setup.clinicianApi.attendance.record({ sessionId: setup.pastGroup.id, entries: [{ clientId: setup.alex.client.id, status: "present" }] }),
        about(setup.alex.client.id),
      ),
  },
  "attendance.markAllPresent": {
    // The clients it marked: those with a record now that had none before.
    run: async () => {
      const recorded = async () =>
        (await testDb.db.select({ clientId: attendance.clientId }).from(attendance).where(eq(attendance.sessionId, setup.pastGroup.id))).map((row) => row.clientId);
      const before = await recorded();
      const result = await audited(() => setup.clinicianApi.attendance.markAllPresent({ sessionId: setup.pastGroup.id }));
      const marked = (await recorded()).filter((clientId) => !before.includes(clientId));
      expect(marked.length).toBeGreaterThan(0);
      return { ...result, shows: marked };
    },
  },
  "attendance.history": {
    run: () => call(() => setup.clinicianApi.attendance.history({ sessionId: setup.pastGroup.id, clientId: setup.alex.client.id }), about(setup.alex.client.id)),
  },
  "programs.list": { run: () => call(() => setup.clinicianApi.programs.list(), nobody) },
  "programs.detail": { run: () => call(() => setup.directorApi.programs.detail({ programId: setup.iop.program.id }), nobody) },
  "programs.create": {
    run: async () => {
      const result = await call(() => setup.directorApi.programs.create(newProgram("Evening Trauma IOP")), nobody);
      kept.program = result.output.programId;
      return result;
    },
  },
  "programs.update": {
    run: async () => {
      const [program] = await setup.directorApi.programs.list().then((programs) => programs.filter((row) => row.id === kept.program));
      return call(() => setup.directorApi.programs.update({ programId: kept.program!, active: true, ...newProgram("Evening Trauma IOP"), slug: program!.slug }), nobody);
    },
  },
  "scheduleOptions.create": {
    run: async () => {
      const result = await call(() => setup.directorApi.scheduleOptions.create({ programId: kept.program!, ...threeEvenings }), nobody);
      kept.option = result.output.scheduleOptionId;
      return result;
    },
  },
  "scheduleOptions.update": { run: () => call(() => setup.directorApi.scheduleOptions.update({ scheduleOptionId: kept.option!, ...threeEvenings, name: "Three evenings a week" }), nobody) },
  "sessionTemplates.create": {
    run: async () => {
      const result = await call(
        () =>
          setup.directorApi.sessionTemplates.create({
            scheduleOptionId: kept.option!,
            kind: "process_group",
            title: "Process group",
            weekdays: [1, 3],
            startTime: "18:00",
            endTime: "19:30",
            location: "Group room A",
            startsOn: setup.today,
          }),
        nobody,
      );
      kept.template = result.output.templateId;
      return result;
    },
  },
  "sessionTemplates.update": {
    run: () =>
      call(
        () =>
          setup.directorApi.sessionTemplates.update({ templateId: kept.template!, kind: "skills_group", title: "Skills group", weekdays: [1], startTime: "18:00", endTime: "19:30", location: "Group room A" }),
        nobody,
      ),
  },
  "sessionTemplates.extend": { run: () => call(() => setup.directorApi.sessionTemplates.extend({ templateId: kept.template!, through: addDays(setup.today, 70) }), nobody) },
  "sessionTemplates.end": {
    run: () => call(() => setup.directorApi.sessionTemplates.end({ templateId: kept.template!, endsOn: addDays(setup.today, 30), reason: "Merged into another group" }), nobody),
  },
  "sessions.detail": { run: () => call(() => setup.directorApi.sessions.detail({ sessionId: setup.individual.id }), about(setup.alex.client.id)) },
  "sessions.update": {
    run: () =>
      call(
        () =>
          setup.directorApi.sessions.update({ sessionId: setup.individual.id, startTime: "10:00", endTime: "11:00", facilitatorStaffId: null, location: "Office 2", videoUrl: null }),
        about(setup.alex.client.id),
      ),
  },
  "sessions.cancel": { run: () => call(() => setup.directorApi.sessions.cancel({ sessionId: setup.individual.id, reason: "Therapist away" }), about(setup.alex.client.id)) },
  "familySessions.options": {
    run: () =>
      call(
        () => setup.clinicianApi.familySessions.options(),
        (options) => options.clients.map((client) => client.clientId),
      ),
  },
  "familySessions.create": {
    run: async () => {
      const result = await call(
        () =>
          setup.clinicianApi.familySessions.create({
            programId: setup.iop.program.id,
            format: "single_family",
            clientId: setup.alex.client.id,
            title: "Family session",
            date: addDays(setup.today, 9),
            startTime: "17:00",
            endTime: "18:30",
            capacity: 4,
            signUpCutoffMinutes: 120,
            facilitatorStaffId: setup.clinician.member.id,
            location: "Family room",
          }),
        about(setup.alex.client.id),
      );
      kept.familySession = result.output.sessionId;
      return result;
    },
  },
  "familySessions.list": {
    run: () =>
      call(
        () => setup.clinicianApi.familySessions.list(),
        (sessions) => sessions.map((session) => session.client?.id),
      ),
  },
  "familySessions.detail": {
    // The group's own families: everyone who signed up, cancelled places too.
    run: () =>
      call(
        () => setup.clinicianApi.familySessions.detail({ sessionId: setup.familyGroup.id }),
        (detail) => [...detail.confirmed, ...detail.waitlist, ...detail.cancelledSignUps].map((signUp) => signUp.client.id),
      ),
  },
  "familySessions.cancel": {
    run: () => call(() => setup.clinicianApi.familySessions.cancel({ sessionId: kept.familySession!, reason: "Facilitator unwell" }), about(setup.alex.client.id)),
  },
  "measures.record": {
    // A paper PHQ-9 with question 9 above 0, for a client in care for a week: it opens the alert the cases below take up.
    run: async () => {
      const { client } = await setup.f.enrolledClient(setup.iop, setup.clinician, { startsOn: addDays(setup.today, -7), firstName: "Gil" });
      kept.measured = client.id;
      const answers = Object.fromEntries(phq9.items.map((item, index) => [item.id, index === 8 ? 1 : 0]));
      const result = await call(() => setup.clinicianApi.measures.record({ clientId: client.id, ...weeklyCheckIn("phq9"), answers }), about(client.id));
      kept.response = result.output.responseId;
      kept.alert = result.output.alertId!;
      return result;
    },
  },
  "measures.correct": {
    run: () =>
      call(
        () =>
          setup.clinicianApi.measures.correct({ clientId: kept.measured!, responseId: kept.response!, answers: nothingAtAll(phq9), reason: "Read from the wrong row" }),
        about(kept.measured!),
      ),
  },
  "measures.list": { run: () => call(() => setup.clinicianApi.measures.list({ clientId: kept.measured! }), about(kept.measured!)) },
  "alerts.queue": {
    run: async () => {
      const result = await call(
        () => setup.clinicianApi.alerts.queue(),
        (queue) => queue.alerts.map((alert) => alert.clientId),
      );
      expect(result.shows).toContain(kept.measured);
      return result;
    },
  },
  "alerts.ofClient": { run: () => call(() => setup.clinicianApi.alerts.ofClient({ clientId: kept.measured! }), about(kept.measured!)) },
  "alerts.detail": { run: () => call(() => setup.clinicianApi.alerts.detail({ alertId: kept.alert! }), about(kept.measured!)) },
  "alerts.acknowledge": {
    run: () => call(() => setup.clinicianApi.alerts.acknowledge({ alertId: kept.alert!, action: "contacted_client" }), about(kept.measured!)),
  },
  "alerts.followUp": {
    run: () => call(() => setup.clinicianApi.alerts.followUp({ alertId: kept.alert!, action: "safety_plan_reviewed", note: "Went over it again" }), about(kept.measured!)),
  },
  "alerts.resolve": { run: () => call(() => setup.clinicianApi.alerts.resolve({ alertId: kept.alert!, note: "Seen in person; safe" }), about(kept.measured!)) },
  // Hal, in care for two weeks: a plan written, read, signed and marked; a level-of-care review; an authorization; the review packet.
  "plans.write": {
    run: async () => {
      const { client, enrollment } = await setup.f.enrolledClient(setup.iop, setup.clinician, { startsOn: addDays(setup.today, -14), firstName: "Hal" });
      kept.planned = client.id;
      kept.plannedEnrollment = enrollment.id;
      const result = await call(
        () => setup.clinicianApi.plans.write({ enrollmentId: enrollment.id, reason: "initial", content: samplePlanContent(setup.clinician.member.id, setup.today) }),
        about(client.id),
      );
      kept.planVersion = result.output.versionId;
      return result;
    },
  },
  "plans.ofClient": { run: () => call(() => setup.clinicianApi.plans.ofClient({ clientId: kept.planned! }), about(kept.planned!)) },
  "plans.sign": { run: () => call(() => setup.clinicianApi.plans.sign({ clientId: kept.planned!, versionId: kept.planVersion! }), about(kept.planned!)) },
  "plans.markObjectiveMet": {
    run: () => call(() => setup.clinicianApi.plans.markObjectiveMet({ clientId: kept.planned!, objectiveKey: "relapse-plan" }), about(kept.planned!)),
  },
  "levelOfCare.assess": {
    run: async () => {
      const result = await call(() => setup.clinicianApi.levelOfCare.assess({ clientId: kept.planned!, ratings: ratingsOf(2), note: "Steady week" }), about(kept.planned!));
      kept.assessment = result.output.assessmentId;
      return result;
    },
  },
  "levelOfCare.assessments": { run: () => call(() => setup.clinicianApi.levelOfCare.assessments({ clientId: kept.planned! }), about(kept.planned!)) },
  "levelOfCare.decide": {
    run: () =>
      call(
        () => setup.clinicianApi.levelOfCare.decide({ clientId: kept.planned!, assessmentId: kept.assessment!, decision: "confirm", reason: "Agreed at the team meeting" }),
        about(kept.planned!),
      ),
  },
  "authorizations.record": {
    run: () =>
      call(
        () =>
          setup.clinicianApi.authorizations.record({
            enrollmentId: kept.plannedEnrollment!,
            payer: "Blue Harbor Health",
            number: "AUTH-77",
            unitsApproved: 20,
            startsOn: setup.today,
            endsOn: addDays(setup.today, 30),
          }),
        about(kept.planned!),
      ),
  },
  "authorizations.ofClient": { run: () => call(() => setup.clinicianApi.authorizations.ofClient({ clientId: kept.planned! }), about(kept.planned!)) },
  "utilizationReview.packet": { run: () => call(() => setup.clinicianApi.utilizationReview.packet({ clientId: kept.planned! }), about(kept.planned!)) },
  "utilizationReview.printed": { run: () => call(() => setup.clinicianApi.utilizationReview.printed({ clientId: kept.planned! }), about(kept.planned!)) },
  // An aggregate: counts and shares, no client's information, so no row (see summary.procedure.ts).
  "outcomes.summary": { run: () => call(() => setup.clinicianApi.outcomes.summary({ programId: setup.iop.program.id }), nobody) },
  "audit.filterOptions": { run: async () => call(async () => (await officerApi()).audit.filterOptions(), nobody) },
  // The audit's own reads name the client searched for and every client the page shows.
  "audit.search": {
    run: async () => {
      const api = await officerApi();
      return call(
        () => api.audit.search({ ...auditPeriod(), clientId: setup.alex.client.id }),
        (page) => [setup.alex.client.id, ...page.rows.flatMap((row) => row.clients.map((client) => client.id))],
      );
    },
  },
  "audit.export": {
    run: async () => {
      const api = await officerApi();
      const result = await call(
        () => api.audit.export({ ...auditPeriod(), action: "roster.list" }),
        (page) => page.rows.flatMap((row) => row.clientIds),
      );
      expect(result.shows.length).toBeGreaterThan(1);
      return result;
    },
  },
  "audit.disclosures": { run: async () => call(async () => (await officerApi()).audit.disclosures({ clientId: setup.alex.client.id }), about(setup.alex.client.id)) },
};

/** The privacy officer, signed in once for the audit's cases. */
let officer: Promise<ReturnType<typeof createStaffCaller>> | undefined;
const officerApi = () => (officer ??= setup.f.staff("privacy_officer").then(async (member) => createStaffCaller({ db: testDb.db, caller: await member.caller() })));
const auditPeriod = () => ({ from: addDays(setup.today, -1), to: addDays(setup.today, 1) });

function describeRouter(name: string, router: { _def: { procedures: Record<string, unknown> } }, cases: Record<string, Case>) {
  describe(`every ${name} procedure`, () => {
    for (const [path, { run }] of Object.entries(cases)) {
      it(`${path} writes one row naming exactly the clients it showed or changed`, async () => {
        const type = (router._def.procedures[path] as { _def: { type: string } } | undefined)?._def.type;
        expect(type, `${path} is not a procedure of the ${name} router`).toBeDefined();
        const { rows, shows } = await run();
        const clients = [...new Set(shows.filter((clientId): clientId is string => typeof clientId === "string"))].sort();
        // Nothing but the request's own row: no second action, no row per client.
        expect(rows.map((row) => row.action)).toEqual(type === "mutation" || clients.length > 0 ? [path] : []);
        for (const row of rows) {
          expect(row.outcome).toBe("allowed");
          expect([...row.subjectClientIds].sort()).toEqual(clients);
        }
      });
    }
  });
}

describeRouter("portal", portalRouter, portalCases);
describeRouter("staff", staffRouter, staffCases);

describe("the table above", () => {
  it("covers every procedure of both routers, so a new one must say what it audits", () => {
    expect(Object.keys(portalCases).sort()).toEqual(Object.keys(portalRouter._def.procedures).sort());
    expect(Object.keys(staffCases).sort()).toEqual(Object.keys(staffRouter._def.procedures).sort());
  });
});
