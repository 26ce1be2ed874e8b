import type { PortalOutputs } from "@stepwise/api/portal";

export type SharedClient = PortalOutputs["sharedWithMe"]["clients"][number];
export type SharedSchedule = PortalOutputs["sharedWithMe"]["schedule"];
export type SharedAttendance = PortalOutputs["sharedWithMe"]["attendance"];
export type SharedPlan = PortalOutputs["sharedWithMe"]["plan"];
export type SessionPlace = SharedSchedule["weeks"][number]["sessions"][number]["place"];
