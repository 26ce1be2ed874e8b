import { createHash, randomBytes } from "node:crypto";
import { formatRecoveryCode, recoveryCodeCount, recoveryCodeFrom, recoveryCodeLength } from "@stepwise/domain";

/**
 * A new set of recovery codes: shown once, as `codes`; only `hashes` are stored.
 *
 * SHA-256 and no salt, unlike passwords: a slow, salted hash exists to protect secrets people
 * choose, which are few enough to try one by one. These are 50 random bits each, drawn by the
 * server, so there is no list of likely codes to try and every code is unique; and a code found
 * still needs the account's password beside it.
 */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const plain = Array.from({ length: recoveryCodeCount }, () => recoveryCodeFrom(randomBytes(recoveryCodeLength)));
  return { codes: plain.map(formatRecoveryCode), hashes: plain.map(hashRecoveryCode) };
}

/** The stored form of a recovery code, from its normalised entry (normalizeRecoveryCode). */
export function hashRecoveryCode(normalised: string): string {
  return createHash("sha256").update(normalised, "utf8").digest("hex");
}
