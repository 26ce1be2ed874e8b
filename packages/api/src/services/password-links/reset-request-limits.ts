import type { EnforceRateLimit } from "../../core/rate-limit";

/**
 * Counts a reset request against both of its limits (see the domain's rateLimits): the address
 * typed, counted whether or not an account uses it, so the refusal tells nothing either; and the
 * caller's network address, when the request came with one. Without one ("unknown", or a call from
 * outside the web), every caller would share a single count and lock each other out.
 */
export async function limitResetRequests(rateLimit: EnforceRateLimit, email: string, networkAddress: string | undefined): Promise<void> {
  await rateLimit("account.requestPasswordReset", email);
  if (networkAddress && networkAddress !== "unknown") await rateLimit("account.requestPasswordReset.fromNetworkAddress", networkAddress);
}
