/** Jobs run outside any request, by the launcher and by cron: no caller, no tRPC. */
export { releaseSeatsOfEndedConsents, releaseSeatsOfEndedConsentsAction } from "./family-sessions/ended-consent-seats";
export { extendRunningTemplates, extendRunningTemplatesAction } from "./staff/sessions/extend-running-templates";
