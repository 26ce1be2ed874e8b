import { createHash, randomBytes } from "node:crypto";
import { familyInvitationLifetimeDays, passwordResetLinkLifetimeMinutes, passwordSetupLinkLifetimeDays } from "@stepwise/domain";

/**
 * The single-use secrets in the apps' links: a password set-up or reset link, a family invitation
 * and a calendar feed. Each is 32 random bytes, base64url (43 characters), and only its SHA-256 is
 * stored, so a copy of the database sets nobody's password, accepts nobody's invitation and opens
 * nobody's calendar; a link can be shown once, right after it is made.
 */

const minute = 60 * 1000;
const day = 24 * 60 * minute;

/** The stored form of a link's secret. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function newPasswordSetupToken(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  return { ...newToken(), expiresAt: new Date(now.getTime() + passwordSetupLinkLifetimeDays * day) };
}

export function newPasswordResetToken(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  return { ...newToken(), expiresAt: new Date(now.getTime() + passwordResetLinkLifetimeMinutes * minute) };
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

/** The page, in the app the account signs in to, where a reset link's holder chooses a new password. */
export function passwordResetPath(token: string): string {
  return `/reset-password/${token}`;
}

/** The public portal page where the invited person accepts. */
export function familyInvitationPath(token: string): string {
  return `/invitation/${token}`;
}
