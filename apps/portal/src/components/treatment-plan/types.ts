import type { PortalOutputs } from "@stepwise/api/portal";

/** The client's treatment plan as the portal reads it: the version their care team has signed. */
export type ClientPlan = NonNullable<PortalOutputs["treatmentPlan"]["mine"]["plan"]>;
export type PlanGoal = ClientPlan["goals"][number];
export type PlanObjective = ClientPlan["objectives"][number];
export type PlanIntervention = ClientPlan["interventions"][number];
export type ObjectiveState = PlanObjective["progress"]["state"];
