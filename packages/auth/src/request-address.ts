type HeaderValue = string | string[] | undefined | null;

function firstValue(value: HeaderValue): string | undefined {
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

/**
 * The client's address for throttling: the first X-Forwarded-For hop, else X-Real-IP. The first
 * hop is whatever the client claimed unless the load balancer overwrites the header (configure it
 * to); a forged value only weakens the per-address limit, never the per-account one.
 */
export function requestAddress(headers: Record<string, HeaderValue> | undefined): string {
  const forwarded = firstValue(headers?.["x-forwarded-for"])?.split(",")[0]?.trim();
  if (forwarded) return forwarded;
  const realIp = firstValue(headers?.["x-real-ip"])?.trim();
  return realIp || "unknown";
}
