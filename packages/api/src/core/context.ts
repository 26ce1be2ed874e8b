import type { SessionUser } from "@stepwise/auth";
import type { Database } from "@stepwise/db/client";

/** Who is calling, as resolved from the database on this very request (never from the cookie alone). */
export type Caller = SessionUser;

/**
 * What a request starts with. The ladder (trpc.ts) replaces `db` with the request's transaction
 * before any procedure runs, and adds the request's audit.
 */
export type Context = {
  db: Database;
  caller: Caller | null;
  /**
   * The caller's network address, for per-address limits on what is tried before sign-in; absent
   * when the caller is not a web request (tests, scripts), and "unknown" when no header gave one.
   */
  address?: string;
};

export function createContext(input: { db: Database; caller: Caller | null; address?: string }): Context {
  return { db: input.db, caller: input.caller, ...(input.address === undefined ? {} : { address: input.address }) };
}
