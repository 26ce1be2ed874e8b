import type { Executor } from "@stepwise/db/client";
import { clients, passwordSetupTokens, users } from "@stepwise/db/schema";
import { eq, isNotNull } from "drizzle-orm";

/** A client on record, with whether they have a portal account; null when there is none by that id. */
export async function findClientOnRecord(db: Executor, clientId: string) {
  const [client] = await db.select({ id: clients.id, userId: clients.userId }).from(clients).where(eq(clients.id, clientId));
  return client ?? null;
}

/** Whether an account already uses this email. */
export async function isEmailTaken(db: Executor, email: string): Promise<boolean> {
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return taken !== undefined;
}

/** A client's portal account, not usable until its holder sets a password. */
export async function insertClientAccount(db: Executor, account: { email: string; passwordHash: string; displayName: string }) {
  const [user] = await db
    .insert(users)
    .values({ ...account, kind: "client" })
    .returning({ id: users.id });
  return user!.id;
}

export async function insertClient(
  db: Executor,
  client: { firstName: string; lastName: string; preferredName: string | null; dateOfBirth: string; userId: string | null },
) {
  const [row] = await db.insert(clients).values(client).returning({ id: clients.id });
  return row!.id;
}

/** The account's setup links, locked: whether any was used tells whether the password is set. */
export function lockSetupTokensOf(db: Executor, userId: string) {
  return db
    .select({ used: isNotNull(passwordSetupTokens.usedAt).mapWith(Boolean) })
    .from(passwordSetupTokens)
    .where(eq(passwordSetupTokens.userId, userId))
    .for("update");
}

/** Stores a setup link's hash; the token itself is shown once and never stored. */
export async function insertSetupToken(db: Executor, token: { userId: string; tokenHash: string; expiresAt: Date; createdByUserId: string; createdAt: Date }) {
  await db.insert(passwordSetupTokens).values(token);
}
