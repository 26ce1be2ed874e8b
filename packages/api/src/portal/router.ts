import { createRouter } from "../core/trpc";
import { accountRouter } from "./account/account.router";
import { calendarRouter } from "./calendar/calendar.router";
import { checkInsRouter } from "./check-ins/check-ins.router";
import { familySessionsRouter } from "./family-sessions/family-sessions.router";
import { familyRouter } from "./family/family.router";
import { hoursRouter } from "./hours/hours.router";
import { invitationRouter } from "./invitation/invitation.router";
import { planRouter } from "./plan/plan.router";
import { privacyRouter } from "./privacy/privacy.router";
import { scheduleRouter } from "./schedule/schedule.router";
import { secondFactorRouter } from "./second-factor/second-factor.router";
import { sharedWithMeRouter } from "./shared-with-me/shared-with-me.router";
import { treatmentPlanRouter } from "./treatment-plan/treatment-plan.router";

/**
 * Everything the client and family portal may call; each key's procedures live in the folder of
 * the same name. Staff procedures are not reachable from here.
 */
export const portalRouter = createRouter({
  plan: planRouter,
  schedule: scheduleRouter,
  hours: hoursRouter,
  /** The client's treatment plan: goals, objectives and their progress, signing it. */
  treatmentPlan: treatmentPlanRouter,
  calendar: calendarRouter,
  /** The client's check-ins: questionnaires to answer, and how they have gone over time. */
  checkIns: checkInsRouter,
  account: accountRouter,
  /** The client's own family: invitations and consents. */
  family: familyRouter,
  /** Accepting a family invitation (public: the link is the credential). */
  invitation: invitationRouter,
  /** A family member's view of what each client shares with them. */
  sharedWithMe: sharedWithMeRouter,
  /** Family-therapy sign-ups, for clients and family members. */
  familySessions: familySessionsRouter,
  /** The client's own: who has seen their information. */
  privacy: privacyRouter,
  /** The account's own second factor: optional, and asked for at sign-in once turned on. */
  secondFactor: secondFactorRouter,
});

export type PortalRouter = typeof portalRouter;
