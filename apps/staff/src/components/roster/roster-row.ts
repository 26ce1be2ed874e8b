import type { StaffOutputs } from "@stepwise/api/staff";

/** One client on the compliance board, as `roster.list` returns it. */
export type RosterRow = StaffOutputs["roster"]["list"]["rows"][number];
