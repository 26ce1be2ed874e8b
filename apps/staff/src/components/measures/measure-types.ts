import type { StaffOutputs } from "@stepwise/api/staff";

export type ClientMeasures = StaffOutputs["measures"]["list"];
export type StaffResponse = ClientMeasures["responses"][number];
export type StaffTrend = ClientMeasures["trends"][number];
export type StaffCheckIn = NonNullable<ClientMeasures["checkIns"]>["checkIns"][number];
