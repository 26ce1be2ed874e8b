import type { StaffOutputs } from "@stepwise/api/staff";

export type ClientPlan = StaffOutputs["plans"]["ofClient"];
export type PlanOverview = NonNullable<ClientPlan["plan"]>;
export type CurrentPlanVersion = PlanOverview["current"];
export type EarlierPlanVersion = PlanOverview["history"][number];
export type PlanSignatures = CurrentPlanVersion["signatures"];
export type PlanStaffOption = ClientPlan["staffOptions"][number];
