import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../client";
import { totpFactors, users } from "../schema";
import { demoSignIns, demoStaffToSetUpEmail, demoTotpSecret } from "./center";

/** Seals a TOTP secret for one account, as the app reads it (@stepwise/auth's sealTotpSecret, injected). */
export type SealTotpSecret = (secret: string, userId: string) => string;

/**
 * Staff always need a second factor, so the demo staff sign-ins get one with the printed demo
 * key, already confirmed; all but one, whose first sign-in shows how an authenticator app is set
 * up. Added to a demo database made before, on its next start; an account that already has one
 * (set up, or reset by a director) is left as it is. The key is sealed under the apps' secret, so
 * a demo database started later with another NEXTAUTH_SECRET asks for a reset of these accounts.
 */
export async function seedDemoSecondFactors(tx: Transaction, seal: SealTotpSecret): Promise<number> {
  const emails = demoSignIns.filter((signIn) => signIn.kind === "staff" && signIn.email !== demoStaffToSetUpEmail).map((signIn) => signIn.email);
  const accounts = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.email, emails), eq(users.kind, "staff")));
  if (accounts.length === 0) return 0;
  const added = await tx
    .insert(totpFactors)
    .values(accounts.map((account) => ({ userId: account.id, encryptedSecret: seal(demoTotpSecret, account.id), confirmedAt: new Date() })))
    .onConflictDoNothing()
    .returning({ userId: totpFactors.userId });
  return added.length;
}
