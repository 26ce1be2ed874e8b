import { createHash, randomBytes } from "node:crypto";

/** How long a password-setup link works after staff create it. */
export const passwordSetupTokenLifetimeDays = 7;
const day = 24 * 60 * 60 * 1000;

/**
 * A new single-use secret for the setup link: 32 random bytes, base64url. Only its SHA-256 is
 * stored, so a copy of the database cannot be used to set anyone's password.
 */
export function newPasswordSetupToken(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashPasswordSetupToken(token), expiresAt: new Date(now.getTime() + passwordSetupTokenLifetimeDays * day) };
}

export function hashPasswordSetupToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The portal page where the client sets their password; staff hand this path over once. */
export function passwordSetupPath(token: string): string {
  return `/welcome/${token}`;
}
