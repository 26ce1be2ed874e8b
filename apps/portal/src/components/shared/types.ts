import type { PortalOutputs } from "@stepwise/api/portal";

export type SharedClient = PortalOutputs["shared"]["clients"][number];
export type SharedSchedule = PortalOutputs["shared"]["schedule"];
export type SharedAttendance = PortalOutputs["shared"]["attendance"];
export type SharedPlan = PortalOutputs["shared"]["plan"];
export type SessionPlace = SharedSchedule["weeks"][number]["sessions"][number]["place"];
