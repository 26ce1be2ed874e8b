import { hashPassword } from "@stepwise/auth/password";
import type { Executor } from "@stepwise/db/client";
import { randomBytes } from "node:crypto";
import { newPasswordSetupToken, passwordSetupPath } from "../../services/tokens";
import { insertSetupToken } from "./clients.queries";

/**
 * The hash a new portal account starts with: argon2id of a secret nobody keeps, so the account
 * cannot be signed in to until its holder sets a password, and a sign-in attempt against it
 * costs the same time as against any other account.
 */
export function unusablePasswordHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString("base64url"));
}

/** Stores a new setup token's hash and returns the link path, which is shown once and never stored. */
export async function issuePasswordSetupLink(db: Executor, input: { userId: string; createdByUserId: string; now: Date }) {
  const { token, tokenHash, expiresAt } = newPasswordSetupToken(input.now);
  await insertSetupToken(db, { userId: input.userId, tokenHash, expiresAt, createdByUserId: input.createdByUserId, createdAt: input.now });
  return { path: passwordSetupPath(token), expiresAt };
}
