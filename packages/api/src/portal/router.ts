import { createRouter } from "../trpc";
import { myPlan } from "./plan/plan.procedure";
import { mySchedule } from "./schedule/schedule.procedure";
import { myHours } from "./hours/hours.procedure";
import { calendarRouter } from "./calendar/calendar.router";
import { accountRouter } from "./account/account.router";
import { familyRouter } from "./family/family.router";
import { invitationRouter } from "./invitation/invitation.router";
import { sharedRouter } from "./shared/shared.router";
import { familySessionsRouter } from "./family-sessions/family-sessions.router";

/** Everything the client and family portal may call. Staff procedures are not reachable from here. */
export const portalRouter = createRouter({
  plan: createRouter({ mine: myPlan }),
  schedule: createRouter({ mine: mySchedule }),
  hours: createRouter({ mine: myHours }),
  calendar: calendarRouter,
  account: accountRouter,
  /** The client's own family: invitations and consents. */
  family: familyRouter,
  /** Accepting a family invitation (public: the link is the credential). */
  invitation: invitationRouter,
  /** A family member's view of what each client shares with them. */
  shared: sharedRouter,
  /** A family member's family-therapy sign-ups. */
  familySessions: familySessionsRouter,
});

export type PortalRouter = typeof portalRouter;
