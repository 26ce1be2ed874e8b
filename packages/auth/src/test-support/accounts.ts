import { randomUUID } from "node:crypto";
import type { Database } from "@stepwise/db/client";
import { clients, staffMembers, users } from "@stepwise/db/schema";
import { ownerOf } from "@stepwise/db/testing";
import type { AccountKind, StaffRole } from "@stepwise/domain";
import { hashPassword } from "../password";

export const goodPassword = "glacier mosaic tender";

export interface TestAccount {
  userId: string;
  email: string;
  password: string;
  clientId: string | null;
  staffMemberId: string | null;
}

let hashed: Promise<string> | undefined;

/**
 * A user of the given kind with a unique email, its client or staff record, and `goodPassword`,
 * written as the owner (staff records are not the app's to make).
 */
export async function createAccount(
  database: Database,
  kind: AccountKind,
  options: { role?: StaffRole; disabled?: boolean; displayName?: string } = {},
): Promise<TestAccount> {
  // One argon2 hash shared by every fixture: the tests are about sign-in, not about hashing speed.
  hashed ??= hashPassword(goodPassword);
  const db = ownerOf(database);
  const email = `${kind}-${randomUUID().slice(0, 8)}@example.org`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      passwordHash: await hashed,
      kind,
      displayName: options.displayName ?? `Test ${kind}`,
      disabledAt: options.disabled ? new Date() : null,
    })
    .returning({ id: users.id });
  if (!user) throw new Error("user insert returned no row");

  let clientId: string | null = null;
  let staffMemberId: string | null = null;
  if (kind === "client") {
    const [client] = await db
      .insert(clients)
      .values({ userId: user.id, firstName: "Test", lastName: "Client", dateOfBirth: "1990-01-01" })
      .returning({ id: clients.id });
    clientId = client?.id ?? null;
  }
  if (kind === "staff") {
    const [staff] = await db
      .insert(staffMembers)
      .values({ userId: user.id, role: options.role ?? "clinician" })
      .returning({ id: staffMembers.id });
    staffMemberId = staff?.id ?? null;
  }
  return { userId: user.id, email, password: goodPassword, clientId, staffMemberId };
}

/** A fresh address per test, so one test's failures never throttle another's. */
export function uniqueAddress(): string {
  const bytes = randomUUID().replace(/-/g, "");
  return `10.${parseInt(bytes.slice(0, 2), 16)}.${parseInt(bytes.slice(2, 4), 16)}.${parseInt(bytes.slice(4, 6), 16)}`;
}
