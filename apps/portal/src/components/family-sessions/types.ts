import type { PortalOutputs } from "@stepwise/api/portal";

export type JoinableSession = PortalOutputs["familySessions"]["eligible"][number];
export type MySignUp = PortalOutputs["familySessions"]["mine"][number];
