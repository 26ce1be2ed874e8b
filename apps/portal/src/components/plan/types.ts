import type { PortalOutputs } from "@stepwise/api/portal";

export type Plan = PortalOutputs["plan"]["mine"];
export type Enrollment = NonNullable<Plan["enrollment"]>;
export type EnrolledPlan = Plan & { enrollment: Enrollment };
export type PlanSession = EnrolledPlan["thisWeek"]["sessions"][number];
