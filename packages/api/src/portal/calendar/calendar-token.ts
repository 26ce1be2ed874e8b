import { createHash, randomBytes } from "node:crypto";

/**
 * The secret in a client's calendar URL: 32 random bytes, base64url (43 characters). Only its
 * SHA-256 is stored, so a copy of the database opens no one's calendar, and the URL can only be
 * shown once, right after it is made.
 */
export function newCalendarFeedToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashCalendarFeedToken(token) };
}

export function hashCalendarFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
