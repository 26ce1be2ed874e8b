import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { zxcvbn, zxcvbnOptions } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/**
 * Password storage and the password policy (NIST SP 800-63B §3.1.1.2 and OWASP Password Storage
 * Cheat Sheet). Kept apart from the rest of the package (its own `@stepwise/auth/password`
 * export) so seeds and account-management code can hash without pulling in next-auth.
 */

// `Algorithm` is an ambient const enum, which isolatedModules cannot read at runtime; 2 is Argon2id.
const argon2id: Algorithm.Argon2id = 2;

/** OWASP's minimum for argon2id: 19 MiB of memory, 2 iterations, 1 degree of parallelism. */
export const passwordHashParameters = {
  algorithm: argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const minPasswordLength = 12;
/** NIST asks to allow at least 64 characters; beyond 128 only costs hashing time. */
export const maxPasswordLength = 128;

/**
 * NIST asks for Unicode normalisation before hashing, so the same password typed on two keyboards
 * (composed "é" versus "e" + combining accent) verifies the same.
 */
function normalise(password: string): string {
  return password.normalize("NFKC");
}

function lengthOf(password: string): number {
  // Code points, not UTF-16 units: an emoji is one character to the person typing it.
  return [...normalise(password)].length;
}

export async function hashPassword(password: string): Promise<string> {
  return hash(normalise(password), passwordHashParameters);
}

/** False for a wrong password and for a hash that cannot be read; never throws on bad input. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalise(password));
  } catch {
    return false;
  }
}

/** True when the stored hash was made with other parameters than today's: rehash on next sign-in. */
export function needsRehash(passwordHash: string): boolean {
  const { memoryCost, timeCost, parallelism } = passwordHashParameters;
  return !passwordHash.startsWith(`$argon2id$v=19$m=${memoryCost},t=${timeCost},p=${parallelism}$`);
}

/**
 * An argon2id hash of a random string nobody knows, with the same parameters as real hashes.
 * Sign-in verifies against it when the email is unknown, so an unknown email takes as long to
 * answer as a wrong password and the timing does not tell which accounts exist.
 */
export const dummyPasswordHash =
  "$argon2id$v=19$m=19456,t=2,p=1$wo02FI+mKC3M/Tc8Cel34Q$8fpPNq9pi38qPf1ssljZPxjA7mma1UI+W2BbbKdbPL0";

export type PasswordProblemCode = "too_short" | "too_long" | "too_guessable" | "contains_email" | "contains_name";

export interface PasswordProblem {
  code: PasswordProblemCode;
  /** Plain words, ready to show under the password field. */
  message: string;
}

export interface PasswordContext {
  email?: string | null;
  displayName?: string | null;
}

/**
 * zxcvbn score 3 means at least 10^8 guesses. Anything in the common-password list (whole or with
 * a few digits or symbols added, e.g. "password1234", "qwertyuiop123") scores 0–2, and so do
 * keyboard walks, repeats and dates. NIST forbids composition rules (one capital, one digit …), so
 * guessability is the only strength test.
 */
const minZxcvbnScore = 3;

/** Fragments shorter than this ("al", "jo") would reject too many good passwords by accident. */
const minPersonalFragmentLength = 3;

let zxcvbnReady = false;
function ensureZxcvbnDictionaries(): void {
  if (zxcvbnReady) return;
  // Only the language-neutral lists: common passwords, diceware words and keyboard layouts.
  zxcvbnOptions.setOptions({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  zxcvbnReady = true;
}

function emailLocalPart(email: string | null | undefined): string | null {
  const local = email?.trim().toLowerCase().split("@")[0] ?? "";
  return local.length >= minPersonalFragmentLength ? local : null;
}

function nameParts(displayName: string | null | undefined): string[] {
  const words = (displayName ?? "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= minPersonalFragmentLength);
  return [...new Set(words)];
}

/** Every rule the password breaks, in the order a person would fix them; empty when it is fine. */
export function checkPasswordPolicy(password: string, context: PasswordContext = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = lengthOf(password);
  if (length < minPasswordLength) {
    problems.push({
      code: "too_short",
      message: `Use at least ${minPasswordLength} characters. A few unrelated words make a long password that is easy to remember.`,
    });
  }
  if (length > maxPasswordLength) {
    problems.push({ code: "too_long", message: `Use at most ${maxPasswordLength} characters.` });
    // zxcvbn on a very long input is slow, and the password is refused anyway.
    return problems;
  }

  const lowered = normalise(password).toLowerCase();
  const local = emailLocalPart(context.email);
  if (local && lowered.includes(local)) {
    problems.push({ code: "contains_email", message: "Don't use your email address in your password." });
  }
  const names = nameParts(context.displayName);
  if (names.some((name) => lowered.includes(name))) {
    problems.push({ code: "contains_name", message: "Don't use your name in your password." });
  }

  if (length >= minPasswordLength) {
    ensureZxcvbnDictionaries();
    const { score } = zxcvbn(normalise(password), [...(local ? [local] : []), ...names]);
    if (score < minZxcvbnScore) {
      problems.push({
        code: "too_guessable",
        message: "This password is too common or too easy to guess. Try a few unrelated words together.",
      });
    }
  }
  return problems;
}
