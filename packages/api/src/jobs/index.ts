/** Jobs run outside any request, by the launcher and by cron: no caller, no tRPC. */
export { releaseSeatsOfEndedConsents, releaseSeatsOfEndedConsentsAction } from "./release-ended-consent-seats";
export { extendRunningTemplates, extendRunningTemplatesAction } from "./extend-running-templates";
export { forgetPastRateLimitWindows } from "./forget-past-rate-limit-windows";
export { escalateOverdueAlerts, escalateOverdueAlertsAction } from "./escalate-overdue-alerts";
export { remindCheckIns, remindCheckInsAction } from "./remind-check-ins";
