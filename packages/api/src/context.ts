import type { Database } from "@stepwise/db/client";
import type { AccountKind, StaffRole } from "@stepwise/domain";

/** Who is calling, as resolved from the database on this very request (never from the cookie alone). */
export type Caller = {
  userId: string;
  kind: AccountKind;
  displayName: string;
  clientId: string | null;
  staff: { staffMemberId: string; role: StaffRole } | null;
};

export type Context = {
  db: Database;
  caller: Caller | null;
};

export function createContext(input: { db: Database; caller: Caller | null }): Context {
  return { db: input.db, caller: input.caller };
}
