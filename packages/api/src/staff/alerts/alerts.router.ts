import { createRouter } from "../../core/trpc";
import { acknowledgeAlert } from "./acknowledge.procedure";
import { alertDetail } from "./detail.procedure";
import { followUpAlert } from "./follow-up.procedure";
import { alertsQueue } from "./queue.procedure";
import { resolveAlert } from "./resolve.procedure";

/** Safety alerts: the queue of open ones, one alert's steps, and taking it up, following up and resolving it. */
export const alertsRouter = createRouter({
  queue: alertsQueue,
  detail: alertDetail,
  acknowledge: acknowledgeAlert,
  followUp: followUpAlert,
  resolve: resolveAlert,
});
