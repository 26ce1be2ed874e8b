import { type SessionUser, resolveSession, signIn, totpCodeAt } from "@stepwise/auth";
import type { Database } from "@stepwise/db/client";
import { fixturePassword } from "./fixtures";

/**
 * A real password sign-in that stops at the second-factor step, for the second-factor tests. Each
 * call of `caller()` resolves the session afresh, as the next request would, so a test sees the
 * session move from one status to the next.
 */
export async function passwordOnlySession(db: Database, email: string, app: "portal" | "staff") {
  const result = await signIn(db, { email, password: fixturePassword, app, address: "127.0.0.1" });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  const claims = { sessionId: result.sessionId, userId: result.user.userId, sessionVersion: result.sessionVersion, app };
  return {
    sessionId: result.sessionId,
    async caller(): Promise<SessionUser> {
      const caller = await resolveSession(db, claims);
      if (!caller) throw new Error("the session no longer resolves");
      return caller;
    },
    /** Whether the session still resolves at all (a reset ends it). */
    alive: async () => (await resolveSession(db, claims)) !== null,
  };
}

/** The secret typed by hand, as the set-up screen shows it in groups. */
export const secretFromTyping = (grouped: string) => grouped.replace(/\s/g, "");

/** The code an authenticator app shows `offsetSeconds` from now. */
export const codeAt = (secret: string, offsetSeconds = 0) => totpCodeAt(secret, new Date(Date.now() + offsetSeconds * 1000));

/** A code that is certainly not `right`. */
export const otherThan = (right: string) => String((Number(right) + 1) % 1_000_000).padStart(6, "0");

/** Ten seconds into the current 30-second step: codes a step either side are unambiguous. */
export function midStep(): Date {
  return new Date((Math.floor(Date.now() / 30_000) * 30 + 10) * 1000);
}
