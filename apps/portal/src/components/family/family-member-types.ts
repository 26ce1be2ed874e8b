import type { PortalOutputs } from "@stepwise/api/portal";

export type FamilyMember = PortalOutputs["family"]["members"][number];
export type Consent = FamilyMember["consents"][number];
