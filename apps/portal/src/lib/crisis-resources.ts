import "server-only";
import { env } from "~/env";

/**
 * Crisis resources shown on every page (DOMAIN.md §9). The center's 24/7 line is fictional in the
 * demo (555-01xx numbers are reserved for fiction) and can be set per deployment through
 * STEPWISE_CRISIS_LINE_TEL / STEPWISE_CRISIS_LINE_DISPLAY.
 */
export const defaultCenterLine = { tel: "+16175550142", display: "(617) 555-0142" } as const;

export interface PhoneLine {
  /** What goes after `tel:`. */
  tel: string;
  /** How a person reads it. */
  display: string;
}

export interface CrisisResources {
  lifeline: PhoneLine;
  emergency: PhoneLine;
  centerLine: PhoneLine;
}

export function crisisResources(): CrisisResources {
  const { STEPWISE_CRISIS_LINE_TEL, STEPWISE_CRISIS_LINE_DISPLAY } = env();
  return {
    lifeline: { tel: "988", display: "988" },
    emergency: { tel: "911", display: "911" },
    centerLine: STEPWISE_CRISIS_LINE_TEL
      ? { tel: STEPWISE_CRISIS_LINE_TEL, display: STEPWISE_CRISIS_LINE_DISPLAY ?? STEPWISE_CRISIS_LINE_TEL }
      : defaultCenterLine,
  };
}
