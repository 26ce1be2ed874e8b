import "server-only";
import type { PhoneLine } from "@stepwise/domain";
import { getCenter } from "./center";

/**
 * Crisis resources shown on every page (DOMAIN.md §9). The center's 24/7 line is its settings
 * row's crisis line (migration 0012; fictional in the demo), the one place it is set.
 */
export interface CrisisResources {
  lifeline: PhoneLine;
  emergency: PhoneLine;
  centerLine: PhoneLine;
}

export async function crisisResources(): Promise<CrisisResources> {
  return {
    lifeline: { tel: "988", display: "988" },
    emergency: { tel: "911", display: "911" },
    centerLine: (await getCenter()).crisisLine,
  };
}
