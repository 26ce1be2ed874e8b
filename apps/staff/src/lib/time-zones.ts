import { defaultTimeZone } from "@stepwise/domain";

/** The zones this runtime knows, the center's own first: suggestions for the time zone field. */
export function knownTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [defaultTimeZone, ...zones.filter((zone) => zone !== defaultTimeZone)];
}
