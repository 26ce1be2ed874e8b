/**
 * Recovery codes: single-use codes for when the authenticator is lost. Ten of them, each ten
 * characters from an alphabet without the look-alikes 0/O and 1/I, shown in two groups of five
 * ("7KQ2M-XH4TP") so they are easy to copy onto paper and type back. Ten characters of 32 are 50
 * random bits: far beyond guessing within the throttle.
 */
export const recoveryCodeCount = 10;
export const recoveryCodeLength = 10;
const groupLength = 5;

/** 32 characters, so the low five bits of a random byte pick one with no bias (256 is a multiple of 32). */
export const recoveryCodeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** A code made from `recoveryCodeLength` random bytes (the caller draws them: this package does no I/O). */
export function recoveryCodeFrom(randomBytes: Uint8Array): string {
  if (randomBytes.length !== recoveryCodeLength) throw new Error(`a recovery code needs ${recoveryCodeLength} random bytes`);
  return Array.from(randomBytes, (byte) => recoveryCodeAlphabet[byte % recoveryCodeAlphabet.length]).join("");
}

/** The code as it is shown: two groups of five joined by a hyphen. */
export function formatRecoveryCode(code: string): string {
  return `${code.slice(0, groupLength)}-${code.slice(groupLength)}`;
}

/** A typed code in its stored form: spaces and hyphens dropped, letters upper-cased. */
export function normalizeRecoveryCode(typed: string): string {
  return typed.replace(/[\s-]/g, "").toUpperCase();
}

const pattern = new RegExp(`^[${recoveryCodeAlphabet}]{${recoveryCodeLength}}$`);

/** Whether a normalised entry has the shape of a recovery code. */
export function isRecoveryCodeShape(normalised: string): boolean {
  return pattern.test(normalised);
}
