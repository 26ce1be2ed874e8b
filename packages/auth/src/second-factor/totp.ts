import { totpIssuer, totpParameters } from "@stepwise/domain";
import { generate, generateSecret, generateURI, verify } from "otplib";

/** RFC 6238 codes with the domain's parameters, through otplib (constant-time comparison, replay guard). */

const { algorithm, digits, periodSeconds: period, toleranceSteps } = totpParameters;

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), base32 as apps expect. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// link an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountName: string): string {
  return generateURI({ strategy: "totp", issuer: totpIssuer, label: accountName, secret, algorithm, digits, period });
}

export type TotpCheck = { valid: true; step: number } | { valid: false };

/**
 * Whether `code` is the secret's code at `at`, one step either side. `afterStep` is the last step
 * accepted for this secret: a code of that step or any earlier one is refused, so a code seen over
 * someone's shoulder (or replayed from a log) cannot be used again. The step matched is returned
 * to be stored as the new `afterStep`.
 */
export async function checkTotpCode(input: { secret: string; code: string; at: Date; afterStep: number | null }): Promise<TotpCheck> {
  try {
    const result = await verify({
      secret: input.secret,
      token: input.code,
      algorithm,
      digits,
      period,
      epoch: Math.floor(input.at.getTime() / 1000),
      epochTolerance: toleranceSteps * period,
      ...(input.afterStep === null ? {} : { afterTimeStep: input.afterStep }),
    });
    // The TOTP strategy's answer names the step it matched (HOTP's, which this never asks for, does not).
    return result.valid && "timeStep" in result ? { valid: true, step: result.timeStep } : { valid: false };
  } catch {
    // otplib throws on a token of the wrong shape; the input schema should have refused it already.
    return { valid: false };
  }
}

/** The code an authenticator app shows at `at` (for tests, the demo's sign-ins and the benchmark). */
export function totpCodeAt(secret: string, at: Date = new Date()): Promise<string> {
  return generate({ secret, algorithm, digits, period, epoch: Math.floor(at.getTime() / 1000) });
}
