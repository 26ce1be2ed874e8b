import { createRouter } from "../core/trpc";
import { accountRouter } from "./account/account.router";
import { alertsRouter } from "./alerts/alerts.router";
import { attendanceRouter } from "./attendance/attendance.router";
import { auditRouter } from "./audit/audit.router";
import { authorizationsRouter } from "./authorizations/authorizations.router";
import { careTeamRouter } from "./care-team/care-team.router";
import { clientsRouter } from "./clients/clients.router";
import { enrollmentsRouter } from "./enrollments/enrollments.router";
import { levelOfCareRouter } from "./level-of-care/level-of-care.router";
import { measuresRouter } from "./measures/measures.router";
import { outcomesRouter } from "./outcomes/outcomes.router";
import { plansRouter } from "./plans/plans.router";
import { familySessionsRouter } from "./family-sessions/family-sessions.router";
import { programsRouter } from "./programs/programs.router";
import { rosterRouter } from "./roster/roster.router";
import { secondFactorRouter } from "./second-factor/second-factor.router";
import { scheduleOptionsRouter } from "./schedule-options/schedule-options.router";
import { sessionTemplatesRouter } from "./session-templates/session-templates.router";
import { sessionsRouter } from "./sessions/sessions.router";
import { staffAccountsRouter } from "./staff-accounts/staff-accounts.router";
import { utilizationReviewRouter } from "./utilization-review/utilization-review.router";

/**
 * Everything the staff app may call; each key's procedures live in the folder of the same name
 * (careTeam in care-team/, and so on). Mounted only by the staff app.
 */
export const staffRouter = createRouter({
  roster: rosterRouter,
  clients: clientsRouter,
  enrollments: enrollmentsRouter,
  careTeam: careTeamRouter,
  attendance: attendanceRouter,
  programs: programsRouter,
  scheduleOptions: scheduleOptionsRouter,
  sessionTemplates: sessionTemplatesRouter,
  sessions: sessionsRouter,
  familySessions: familySessionsRouter,
  /** A client's check-ins and scores, paper entry and corrections. */
  measures: measuresRouter,
  /** A client's treatment plan: its versions, signatures and objectives. */
  plans: plansRouter,
  /** Level-of-care decision support: ratings, the recommendation and its reasons, the decision. */
  levelOfCare: levelOfCareRouter,
  /** Payer authorizations of a client's care, with units used. */
  authorizations: authorizationsRouter,
  /** The utilization-review packet a payer's reviewer reads. */
  utilizationReview: utilizationReviewRouter,
  /** Safety alerts: the queue and taking them up. */
  alerts: alertsRouter,
  /** Outcomes aggregated over the clients a program served. */
  outcomes: outcomesRouter,
  /** The staff member's own second factor: set up at the first sign-in, proven at every one. */
  secondFactor: secondFactorRouter,
  /** Staff accounts, for resetting a colleague's second factor. */
  staffAccounts: staffAccountsRouter,
  /** The privacy officer's: the audit trail and a client's accounting of disclosures. */
  audit: auditRouter,
  /** A staff member's own account before sign-in (public: a mailed reset link is the credential). */
  account: accountRouter,
});

export type StaffRouter = typeof staffRouter;
