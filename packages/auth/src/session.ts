import type { Database, Executor } from "@stepwise/db/client";
import { clients, staffMembers, totpFactors, userSessions, users } from "@stepwise/db/schema";
import { and, eq, isNull, sql } from "drizzle-orm";
import { accountColumns } from "./account-query";
import { toSessionUser, type AuthApp, type SessionUser } from "./session-user";

/**
 * OWASP ASVS 5.0 §7.3 (session timeout): V7.3.1 asks for an inactivity timeout and V7.3.2 for an
 * absolute maximum session lifetime, both enforced on the server and chosen from a risk analysis.
 * A portal with mental-health records on shared or family devices is high-risk for idle sessions,
 * so 30 minutes idle; 12 hours covers a staff member's long clinic day without a second sign-in.
 */
export const sessionIdleTimeoutMs = 30 * 60 * 1000;
export const sessionAbsoluteLifetimeMs = 12 * 60 * 60 * 1000;

/** last_seen_at moves at most once a minute: every request would otherwise be a write. */
export const sessionTouchIntervalMs = 60 * 1000;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from a cookie: a malformed one must answer "no session", not a Postgres cast error. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

export interface ResolveSessionInput {
  sessionId: string;
  userId: string;
  sessionVersion: number;
  app: AuthApp;
  /** The current time; tests pass a later one instead of waiting. */
  now?: Date;
}

export type SessionEndReason = "ended" | "idle" | "expired";

/** Why a session row no longer counts, or null while it is live. */
export function sessionEndReason(
  session: { createdAt: Date; lastSeenAt: Date; endedAt: Date | null },
  now: Date,
): SessionEndReason | null {
  if (session.endedAt) return "ended";
  if (now.getTime() - session.createdAt.getTime() > sessionAbsoluteLifetimeMs) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() > sessionIdleTimeoutMs) return "idle";
  return null;
}

/**
 * Who is behind a session cookie's claims, checked against the database on every request: the
 * session row (not ended, not idle, not too old, same app), the account (enabled, allowed in this
 * app, same session version), the current staff role, and where the session stands with the
 * second factor (`secondFactor`: a session that has not proven one it needs reaches nothing but
 * the second-factor step; the API's ladder and the apps' layouts check it). Null means "not signed in".
 */
export async function resolveSession(db: Database, input: ResolveSessionInput): Promise<SessionUser | null> {
  const now = input.now ?? new Date();
  if (!isUuid(input.sessionId) || !isUuid(input.userId) || !Number.isInteger(input.sessionVersion)) return null;

  const [row] = await db
    .select({
      ...accountColumns,
      sessionApp: userSessions.app,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      endedAt: userSessions.endedAt,
      secondFactorAt: userSessions.secondFactorAt,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .leftJoin(staffMembers, eq(staffMembers.userId, users.id))
    .leftJoin(clients, eq(clients.userId, users.id))
    .leftJoin(totpFactors, eq(totpFactors.userId, users.id))
    .where(and(eq(userSessions.id, input.sessionId), eq(userSessions.userId, input.userId)))
    .limit(1);
  if (!row) return null;

  const endReason = sessionEndReason(row, now);
  if (endReason) {
    // Record the end so the sessions table tells the truth when staff review account activity.
    if (endReason !== "ended") await endSession(db, input.sessionId, now);
    return null;
  }
  if (row.sessionApp !== input.app) return null;
  if (row.sessionVersion !== input.sessionVersion) return null;

  const user = toSessionUser(row, input.app, input.sessionId, { provenInSession: row.secondFactorAt !== null });
  if (!user) return null;

  if (now.getTime() - row.lastSeenAt.getTime() >= sessionTouchIntervalMs) {
    await db
      .update(userSessions)
      .set({ lastSeenAt: now })
      .where(and(eq(userSessions.id, input.sessionId), isNull(userSessions.endedAt)));
  }
  return user;
}

/** Sign-out: the session stops working at once, whatever cookies are still around. */
export async function endSession(db: Database, sessionId: string, now: Date = new Date()): Promise<void> {
  if (!isUuid(sessionId)) return;
  await db
    .update(userSessions)
    .set({ endedAt: now })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
}

/**
 * Sign-out everywhere (password change, role change, a lost phone): bumping the version makes
 * every cookie issued so far stale, and ending the rows keeps the sessions table truthful.
 */
export async function endAllSessions(db: Executor, userId: string, now: Date = new Date()): Promise<void> {
  if (!isUuid(userId)) return;
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
    await tx
      .update(userSessions)
      .set({ endedAt: now })
      .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
  });
}
