import { z } from "zod";
import { untrimmedTextSchema } from "../common/text";
import { emailAddressSchema } from "./email-address";

/**
 * The two links that let someone choose a password without knowing the old one: the set-up link
 * staff hand a new client, and the reset link anyone may ask to have mailed to an account's
 * address. A set-up link is handed over in person, so it may live for days; a reset link travels
 * by mail, where it can sit unread in an inbox others may open, so it works for minutes.
 */

/** How long a password set-up link works after staff make it. */
export const passwordSetupLinkLifetimeDays = 7;

/** How long a password reset link works after it is asked for. */
export const passwordResetLinkLifetimeMinutes = 30;

/** Far above the password policy's maximum; stops megabyte "passwords" from costing hashing time. */
const maxPasswordInputLength = 1024;

/**
 * Asking for a reset link. Trimmed and lowered as at sign-in, so the address typed there finds the
 * same account here.
 */
export const passwordResetRequestSchema = z.object({
  email: emailAddressSchema,
});
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

/**
 * Choosing a password from a link (set-up or reset): the link's token and the new password. The
 * password is never trimmed: spaces count. The policy itself is checked by the auth layer, which
 * knows the account's name and address.
 */
export const passwordFromLinkSchema = z.object({
  token: untrimmedTextSchema.min(1).max(200),
  password: untrimmedTextSchema.min(1, { message: "Enter a password." }).max(maxPasswordInputLength),
});
export type PasswordFromLink = z.infer<typeof passwordFromLinkSchema>;

/** What people are told about resetting a password, in one place and in plain words. */
export const passwordResetWords = {
  /**
   * The one answer to every request, whether or not an account uses the address: anything else
   * would tell a stranger who has an account here, and so who is in treatment.
   */
  requested: `If an account uses that address, we've sent it a link to choose a new password. The link works once, for ${passwordResetLinkLifetimeMinutes} minutes. If nothing arrives in a few minutes, check your spam folder, or ask for a new link.`,
  /** The one answer for a link that is unknown, used, expired or replaced by a newer one. */
  linkUnusable: "This link has expired or was already used. You can ask for a new one.",
  /** After the new password is set: every session has ended, so they sign in again, second factor and all. */
  changed: "Your password is changed, and you've been signed out everywhere. Sign in with your new password.",
} as const;
