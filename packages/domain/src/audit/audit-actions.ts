import { z } from "zod";

/**
 * What each audited action is, in plain words. An audit row's action is the path of the procedure
 * (or job, or route) that wrote it; this catalog says what that was, for two readers: the privacy
 * officer, who reads what someone did ("Opened a client's record"), and the client, who reads what
 * was done with their information ("opened your record"). An action that never concerns another
 * person's view of a client (a client reading their own plan) has no words for the client.
 */

/** The groups the privacy officer chooses actions from, in the order the form lists them. */
export const auditActionGroups = [
  "client_portal",
  "family_portal",
  "accounts",
  "client_records",
  "enrollment",
  "attendance",
  "family_sessions",
  "measures",
  "treatment_plans",
  "programs",
  "audit",
  "automatic",
] as const;
export type AuditActionGroup = (typeof auditActionGroups)[number];

export const auditActionGroupLabels: Record<AuditActionGroup, string> = {
  client_portal: "Clients in their portal",
  family_portal: "Family members in the portal",
  accounts: "Accounts, sign-in and invitations",
  client_records: "Client records",
  enrollment: "Enrollment and level of care",
  attendance: "Sessions and attendance",
  family_sessions: "Family sessions",
  measures: "Check-ins and safety alerts",
  treatment_plans: "Treatment plans, level-of-care reviews and authorizations",
  programs: "Programs and schedules",
  audit: "The audit",
  automatic: "Done automatically",
};

export interface AuditActionDefinition {
  group: AuditActionGroup;
  /** What the person did, for the privacy officer: "Viewed the compliance board". */
  done: string;
  /** What was done with the client's information, for the client, after who did it: "saw your schedule". */
  forClient: string | null;
  /** Paths this action was written under before its router key was renamed. */
  formerly?: readonly string[];
}

const define = <const T extends Record<string, AuditActionDefinition>>(actions: T) => actions;

/**
 * Every action the portal, the staff app and the jobs write. A test in the API checks that every
 * procedure of both routers is here, so a new one cannot be added without its words.
 */
export const auditActionCatalog = define({
  // A client's own portal: they read and change their own information.
  "plan.mine": { group: "client_portal", done: "Viewed their own plan", forClient: null },
  "schedule.mine": { group: "client_portal", done: "Viewed their own schedule", forClient: null },
  "hours.mine": { group: "client_portal", done: "Viewed their own hours", forClient: null },
  "calendar.status": { group: "client_portal", done: "Checked their calendar link", forClient: null },
  "calendar.createLink": { group: "client_portal", done: "Turned on their calendar link", forClient: null },
  "calendar.resetLink": { group: "client_portal", done: "Reset their calendar link", forClient: null },
  "calendar.turnOff": { group: "client_portal", done: "Turned off their calendar link", forClient: null },
  "calendar.feed": { group: "client_portal", done: "A calendar app read a client's calendar link", forClient: null },
  "family.members": { group: "client_portal", done: "Viewed their family and what they share", forClient: null },
  "family.invite": { group: "client_portal", done: "Invited a family member", forClient: null },
  "family.consentForm": { group: "client_portal", done: "Opened a consent form", forClient: null },
  "family.resendInvitation": { group: "client_portal", done: "Sent a family invitation again", forClient: null },
  "family.grantConsent": { group: "client_portal", done: "Signed a consent to share with family", forClient: null },
  "family.revokeConsent": { group: "client_portal", done: "Took back a consent", forClient: null },

  // A family member's view, only ever under a consent of the client's.
  "sharedWithMe.clients": {
    group: "family_portal",
    done: "Saw who shares with them, and what",
    forClient: "saw that you share with them, and what",
    formerly: ["shared.clients"],
  },
  "sharedWithMe.schedule": { group: "family_portal", done: "Viewed a client's schedule", forClient: "saw your schedule", formerly: ["shared.schedule"] },
  "sharedWithMe.attendance": {
    group: "family_portal",
    done: "Viewed a client's attendance summary",
    forClient: "saw your attendance summary",
    formerly: ["shared.attendance"],
  },
  "sharedWithMe.plan": { group: "family_portal", done: "Viewed a client's plan summary", forClient: "saw your plan summary", formerly: ["shared.plan"] },
  "familySessions.eligible": { group: "family_portal", done: "Looked at family sessions they may join", forClient: "looked at the family sessions they can join with you" },
  "familySessions.mine": { group: "family_portal", done: "Looked at their family-session places", forClient: "looked at their places in family sessions with you" },
  "familySessions.signUp": { group: "family_portal", done: "Signed up for a family session", forClient: "signed up for a family session with you" },
  "familySessions.cancelSignUp": { group: "family_portal", done: "Gave up a family-session place", forClient: "gave up their place in a family session with you" },

  // A client's own check-ins: how they have been, in the standard questionnaires.
  "checkIns.due": { group: "client_portal", done: "Looked at their check-ins", forClient: null },
  "checkIns.form": { group: "client_portal", done: "Opened a check-in", forClient: null },
  "checkIns.saveDraft": { group: "client_portal", done: "Saved a check-in to finish later", forClient: null },
  "checkIns.submit": { group: "client_portal", done: "Sent a check-in", forClient: null },
  "checkIns.results": { group: "client_portal", done: "Viewed their check-in results", forClient: null },
  "treatmentPlan.mine": { group: "client_portal", done: "Viewed their own treatment plan", forClient: null },
  "treatmentPlan.status": { group: "client_portal", done: "Checked whether their treatment plan waits for their signature", forClient: null },
  "treatmentPlan.sign": { group: "client_portal", done: "Signed their treatment plan", forClient: null },
  "treatmentPlan.shareGoal": { group: "client_portal", done: "Chose whether family may see a goal of their plan", forClient: null },

  // Accounts: links that prove who someone is (a first password, a reset, a family invitation) and second factors.
  "account.setPassword": { group: "accounts", done: "Set a first portal password", forClient: null },
  // The same paths in both apps: a client, family member or staff member locked out of their own account.
  "account.requestPasswordReset": { group: "accounts", done: "Asked for a password reset link", forClient: null },
  "account.resetPassword": { group: "accounts", done: "Chose a new password with a reset link", forClient: null },
  "invitation.preview": { group: "accounts", done: "Opened a family invitation", forClient: "opened your invitation to the portal" },
  "invitation.accept": { group: "accounts", done: "Accepted a family invitation", forClient: "accepted your invitation to the portal" },
  "secondFactor.overview": { group: "accounts", done: "Checked their second factor", forClient: null },
  "secondFactor.startSetUp": { group: "accounts", done: "Started setting up a second factor", forClient: null },
  "secondFactor.confirmSetUp": { group: "accounts", done: "Turned on a second factor", forClient: null },
  "secondFactor.verify": { group: "accounts", done: "Proved their second factor at sign-in", forClient: null },
  "secondFactor.newRecoveryCodes": { group: "accounts", done: "Made new recovery codes", forClient: null },
  "secondFactor.turnOff": { group: "accounts", done: "Turned off their second factor", forClient: null },
  "staffAccounts.list": { group: "accounts", done: "Viewed the staff accounts", forClient: null },
  "staffAccounts.resetSecondFactor": { group: "accounts", done: "Reset a colleague's second factor", forClient: null },

  "roster.list": { group: "client_records", done: "Viewed the compliance board", forClient: "saw you listed on the compliance board" },
  "clients.list": { group: "client_records", done: "Searched for clients", forClient: "saw your name in a search for clients" },
  "clients.detail": { group: "client_records", done: "Opened a client's record", forClient: "opened your record" },
  "clients.consents": { group: "client_records", done: "Viewed a client's consents to family", forClient: "looked at what you share with your family" },
  "clients.create": { group: "client_records", done: "Added a new client", forClient: "added you as a client" },
  "clients.setupLink": { group: "client_records", done: "Made a portal set-up link", forClient: "made you a new link to set up your portal account" },
  "clients.contact": { group: "client_records", done: "Viewed a client's contact details", forClient: "looked up how to reach you" },
  "clients.updateContact": { group: "client_records", done: "Changed a client's contact details", forClient: "updated how to reach you or your emergency contact" },

  "enrollments.refer": { group: "enrollment", done: "Referred a client to a program", forClient: "referred you to a program" },
  "enrollments.scheduleIntake": { group: "enrollment", done: "Scheduled an intake", forClient: "scheduled your intake" },
  "enrollments.activate": { group: "enrollment", done: "Started a client in a program", forClient: "started you in your program" },
  "enrollments.hold": { group: "enrollment", done: "Put an enrollment on hold", forClient: "put your program on hold" },
  "enrollments.resume": { group: "enrollment", done: "Resumed an enrollment", forClient: "resumed your program" },
  "enrollments.recertify": { group: "enrollment", done: "Recorded a recertification", forClient: "recorded a review of your level of care" },
  "enrollments.changeLevel": { group: "enrollment", done: "Changed a level of care", forClient: "changed your level of care" },
  "enrollments.discharge": { group: "enrollment", done: "Discharged a client", forClient: "recorded the end of your program" },
  "enrollments.closeReferral": { group: "enrollment", done: "Closed a referral", forClient: "closed your referral" },
  "careTeam.options": { group: "enrollment", done: "Listed who may join a care team", forClient: null },
  "careTeam.add": { group: "enrollment", done: "Added someone to a care team", forClient: "added someone to your care team" },
  "careTeam.remove": { group: "enrollment", done: "Removed someone from a care team", forClient: "removed someone from your care team" },

  "attendance.sessions": { group: "attendance", done: "Viewed a day's sessions", forClient: null },
  "attendance.today": { group: "attendance", done: "Viewed today's sessions", forClient: null },
  "attendance.roster": { group: "attendance", done: "Opened a session's attendance", forClient: "saw you on a session's attendance list" },
  "attendance.record": { group: "attendance", done: "Recorded attendance", forClient: "recorded your attendance" },
  "attendance.markAllPresent": { group: "attendance", done: "Marked everyone present", forClient: "recorded your attendance" },
  "attendance.history": { group: "attendance", done: "Viewed a client's attendance corrections", forClient: "looked at the changes to your attendance record" },
  "sessions.detail": { group: "attendance", done: "Opened a session", forClient: "opened one of your sessions" },
  "sessions.update": { group: "attendance", done: "Changed a session", forClient: "changed one of your sessions" },
  "sessions.cancel": { group: "attendance", done: "Cancelled a session", forClient: "cancelled one of your sessions" },

  "familySessions.options": { group: "family_sessions", done: "Opened the new family session form", forClient: "saw your name among families a session can be for" },
  "familySessions.create": { group: "family_sessions", done: "Scheduled a family session", forClient: "scheduled a family session for your family" },
  "familySessions.list": { group: "family_sessions", done: "Viewed the family sessions", forClient: "saw your family's sessions in the list" },
  "familySessions.detail": { group: "family_sessions", done: "Opened a family session", forClient: "opened a family session your family is part of" },
  "familySessions.cancel": { group: "family_sessions", done: "Cancelled a family session", forClient: "cancelled a family session for your family" },

  "measures.list": { group: "measures", done: "Viewed a client's check-ins and scores", forClient: "looked at your check-ins" },
  "measures.record": { group: "measures", done: "Recorded a check-in given on paper", forClient: "recorded a check-in you gave on paper" },
  "measures.correct": { group: "measures", done: "Corrected a check-in", forClient: "corrected one of your check-ins" },
  "alerts.queue": { group: "measures", done: "Viewed the open safety alerts", forClient: "saw a safety alert about you in the list" },
  "alerts.ofClient": { group: "measures", done: "Saw a client's open safety alerts", forClient: "saw whether a safety alert about you was open" },
  "alerts.detail": { group: "measures", done: "Opened a safety alert", forClient: "opened a safety alert about you" },
  "alerts.acknowledge": { group: "measures", done: "Took up a safety alert", forClient: "followed up a safety alert about you" },
  "alerts.followUp": { group: "measures", done: "Noted a follow-up on a safety alert", forClient: "noted a follow-up on a safety alert about you" },
  "alerts.resolve": { group: "measures", done: "Resolved a safety alert", forClient: "resolved a safety alert about you" },
  "outcomes.summary": { group: "measures", done: "Viewed the program outcomes", forClient: null },

  "plans.ofClient": { group: "treatment_plans", done: "Viewed a client's treatment plan", forClient: "looked at your treatment plan" },
  "plans.write": { group: "treatment_plans", done: "Wrote a new version of a client's treatment plan", forClient: "wrote a new version of your treatment plan" },
  "plans.sign": { group: "treatment_plans", done: "Signed a client's treatment plan for the care team", forClient: "signed your treatment plan for your care team" },
  "plans.markObjectiveMet": { group: "treatment_plans", done: "Marked an objective of a client's plan met", forClient: "marked an objective of your plan met" },
  "levelOfCare.assessments": { group: "treatment_plans", done: "Viewed a client's level-of-care assessments", forClient: "looked at your level-of-care reviews" },
  "levelOfCare.assess": { group: "treatment_plans", done: "Rated a client's level of care", forClient: "reviewed the level of care you need" },
  "levelOfCare.decide": { group: "treatment_plans", done: "Confirmed or declined a level-of-care recommendation", forClient: "decided on a level-of-care recommendation for you" },
  "authorizations.ofClient": { group: "treatment_plans", done: "Viewed a client's payer authorizations", forClient: "looked at your insurance authorizations" },
  "authorizations.record": { group: "treatment_plans", done: "Recorded a payer authorization", forClient: "recorded an insurance authorization for your care" },
  "utilizationReview.packet": { group: "treatment_plans", done: "Opened a client's utilization-review packet", forClient: "prepared a summary of your care for your insurer" },
  "utilizationReview.printed": { group: "treatment_plans", done: "Printed a client's utilization-review packet", forClient: "printed a summary of your care for your insurer" },

  "programs.list": { group: "programs", done: "Viewed the programs", forClient: null },
  "programs.detail": { group: "programs", done: "Opened a program", forClient: null },
  "programs.create": { group: "programs", done: "Added a program", forClient: null },
  "programs.update": { group: "programs", done: "Changed a program", forClient: null },
  "scheduleOptions.create": { group: "programs", done: "Added a schedule option", forClient: null },
  "scheduleOptions.update": { group: "programs", done: "Changed a schedule option", forClient: null },
  "sessionTemplates.create": { group: "programs", done: "Added a weekly session", forClient: null },
  "sessionTemplates.update": { group: "programs", done: "Changed a weekly session", forClient: null },
  "sessionTemplates.extend": { group: "programs", done: "Dated a weekly session further ahead", forClient: null },
  "sessionTemplates.end": { group: "programs", done: "Ended a weekly session", forClient: null },

  "audit.filterOptions": { group: "audit", done: "Opened the audit search", forClient: null },
  "audit.search": { group: "audit", done: "Searched the audit", forClient: "looked at the record of who has seen your information" },
  "audit.export": { group: "audit", done: "Downloaded the audit as CSV", forClient: "downloaded the record of who has seen your information" },
  "audit.disclosures": { group: "audit", done: "Viewed a client's accounting of disclosures", forClient: "looked at what your family has seen" },
  "privacy.whoHasSeen": { group: "client_portal", done: "Viewed who has seen their information", forClient: null },

  "alerts.escalateOverdue": {
    group: "automatic",
    done: "Told the program director of safety alerts not taken up in time",
    forClient: "told the program director that a safety alert about you was waiting",
  },
  "checkIns.remind": { group: "automatic", done: "Reminded clients of check-ins waiting for them", forClient: null },
  "sessionTemplates.extendRunning": { group: "automatic", done: "Dated running weekly sessions ahead", forClient: null },
  "familySessions.releaseEndedConsents": {
    group: "automatic",
    done: "Gave up family-session places held under consents that ended",
    forClient: "gave up family-session places held under a consent that had ended",
  },
});

export type AuditAction = keyof typeof auditActionCatalog;
export const auditActions = Object.keys(auditActionCatalog) as AuditAction[];
export const auditActionSchema = z.enum(auditActions as [AuditAction, ...AuditAction[]], { message: "Choose an action from the list." });

const catalog: Record<string, AuditActionDefinition> = auditActionCatalog;
const byPath = new Map<string, AuditActionDefinition>(
  Object.entries(catalog).flatMap(([path, definition]) => [[path, definition] as const, ...(definition.formerly ?? []).map((old) => [old, definition] as const)]),
);

/** The catalog's entry for a row's action, under its path today or a former one; undefined for an action it does not know. */
export function auditActionDefinition(path: string): AuditActionDefinition | undefined {
  return byPath.get(path);
}

/** What the person did, for the privacy officer; an action the catalog does not know reads as its path. */
export function auditActionWords(path: string): string {
  return auditActionDefinition(path)?.done ?? `Used ${path}`;
}

/** Every path a row of this action may carry: today's and the ones it had before a rename. */
export function auditActionPaths(action: AuditAction): string[] {
  const definition: AuditActionDefinition = auditActionCatalog[action];
  return [action, ...(definition.formerly ?? [])];
}

/** The actions in their groups, in the form's order, for a choice of one. */
export function auditActionChoices(): { group: AuditActionGroup; label: string; actions: { action: AuditAction; label: string }[] }[] {
  return auditActionGroups.map((group) => ({
    group,
    label: auditActionGroupLabels[group],
    actions: auditActions.filter((action) => auditActionCatalog[action].group === group).map((action) => ({ action, label: auditActionCatalog[action].done })),
  }));
}
