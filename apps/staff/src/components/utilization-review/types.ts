import type { StaffOutputs } from "@stepwise/api/staff";

/** The utilization-review packet of a client in care. */
export type ReviewPacket = NonNullable<StaffOutputs["utilizationReview"]["packet"]["packet"]>;
export type ClientAuthorizations = StaffOutputs["authorizations"]["ofClient"];
