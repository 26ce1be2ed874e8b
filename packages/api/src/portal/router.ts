import { createRouter } from "../trpc";
import { myPlan } from "./plan/plan.procedure";
import { mySchedule } from "./schedule/schedule.procedure";
import { myHours } from "./hours/hours.procedure";
import { calendarRouter } from "./calendar/calendar.router";
import { accountRouter } from "./account/account.router";

/** Everything the client and family portal may call. Staff procedures are not reachable from here. */
export const portalRouter = createRouter({
  plan: createRouter({ mine: myPlan }),
  schedule: createRouter({ mine: mySchedule }),
  hours: createRouter({ mine: myHours }),
  calendar: calendarRouter,
  account: accountRouter,
});

export type PortalRouter = typeof portalRouter;
