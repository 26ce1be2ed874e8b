import type { PortalOutputs } from "@stepwise/api/portal";

export type Plan = PortalOutputs["plan"]["mine"];
export type Enrollment = NonNullable<Plan["enrollment"]>;
export type EnrolledPlan = Extract<Plan, { enrollment: Enrollment }>;
export type ContinuingCare = NonNullable<EnrolledPlan["continuingCare"]>;
export type NextStep = NonNullable<Plan["nextStep"]>;
/** A session as the client is shown it; the schedule, the plan and the hours pages share it. */
export type ClientSession = EnrolledPlan["thisWeek"]["sessions"][number];
