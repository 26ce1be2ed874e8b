import { createHash, randomBytes } from "node:crypto";
import { familyInvitationLifetimeDays } from "@stepwise/domain";

/**
 * The single-use secrets in the portal's links: a password-setup link, a family invitation and a
 * calendar feed. Each is 32 random bytes, base64url (43 characters), and only its SHA-256 is
 * stored, so a copy of the database sets nobody's password, accepts nobody's invitation and opens
 * nobody's calendar; a link can be shown once, right after it is made.
 */

const day = 24 * 60 * 60 * 1000;

/** How long a password-setup link works after staff create it. */
export const passwordSetupTokenLifetimeDays = 7;

/** The stored form of a link's secret. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function newPasswordSetupToken(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  return { ...newToken(), expiresAt: new Date(now.getTime() + passwordSetupTokenLifetimeDays * day) };
}

export function newFamilyInvitationToken(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  return { ...newToken(), expiresAt: new Date(now.getTime() + familyInvitationLifetimeDays * day) };
}

/** A calendar feed's link works until the client resets or turns it off. */
export const newCalendarFeedToken = newToken;

/** The portal page where the client sets their password; staff hand this path over once. */
export function passwordSetupPath(token: string): string {
  return `/welcome/${token}`;
}

/** The public portal page where the invited person accepts. */
export function familyInvitationPath(token: string): string {
  return `/invitation/${token}`;
}
