import { auditActionDefinition } from "@stepwise/domain";
import { describe, expect, it } from "vitest";
import { calendarFeedAction } from "../portal/calendar/feed";
import { portalRouter } from "../portal/router";
import { staffRouter } from "../staff/router";
import { extendRunningTemplatesAction } from "../jobs/extend-running-templates";
import { releaseSeatsOfEndedConsentsAction } from "../jobs/release-ended-consent-seats";
import { escalateOverdueAlertsAction } from "../jobs/escalate-overdue-alerts";
import { remindCheckInsAction } from "../jobs/remind-check-ins";

/**
 * The audit's rows are read in plain words from the domain's catalog (the privacy officer's search,
 * the client's "who has seen my information"): every action a row can carry must be in it, so a
 * new procedure, job or route cannot be added without saying what it is.
 */
describe("the catalog of audited actions", () => {
  it("words every procedure of both routers, every job and the calendar feed", () => {
    const paths = [
      ...Object.keys(portalRouter._def.procedures),
      ...Object.keys(staffRouter._def.procedures),
      calendarFeedAction,
      extendRunningTemplatesAction,
      releaseSeatsOfEndedConsentsAction,
      escalateOverdueAlertsAction,
      remindCheckInsAction,
    ];
    expect(paths.filter((path) => auditActionDefinition(path) === undefined)).toEqual([]);
  });
});
