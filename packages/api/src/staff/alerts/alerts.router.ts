import { createRouter } from "../../core/trpc";
import { acknowledgeAlert } from "./acknowledge.procedure";
import { alertDetail } from "./detail.procedure";
import { followUpAlert } from "./follow-up.procedure";
import { alertsOfClient } from "./of-client.procedure";
import { alertsQueue } from "./queue.procedure";
import { resolveAlert } from "./resolve.procedure";

/** Safety alerts: the queue of open ones, a client's open ones, one alert's steps, and taking it up, following up and resolving it. */
export const alertsRouter = createRouter({
  queue: alertsQueue,
  detail: alertDetail,
  ofClient: alertsOfClient,
  acknowledge: acknowledgeAlert,
  followUp: followUpAlert,
  resolve: resolveAlert,
});
