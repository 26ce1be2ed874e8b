import { createHash, randomBytes } from "node:crypto";
import { familyInvitationLifetimeDays } from "@stepwise/domain";

const day = 24 * 60 * 60 * 1000;

/**
 * A new single-use secret for a family invitation link: 32 random bytes, base64url. Only its
 * SHA-256 is stored, so a copy of the database cannot be used to accept anyone's invitation.
 */
export function newFamilyInvitationToken(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashFamilyInvitationToken(token), expiresAt: new Date(now.getTime() + familyInvitationLifetimeDays * day) };
}

export function hashFamilyInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The public portal page where the invited person accepts. */
export function familyInvitationPath(token: string): string {
  return `/invitation/${token}`;
}
