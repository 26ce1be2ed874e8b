import type { PortalOutputs } from "@stepwise/api/portal";

/** The client's check-ins open now, as "My plan" lists them. */
export type DueCheckIn = PortalOutputs["checkIns"]["due"]["due"][number];

/** One questionnaire's trend: each check-in by date, in the band's plain words. */
export type Trend = PortalOutputs["checkIns"]["results"]["trends"][number];
