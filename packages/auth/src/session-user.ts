import { type AccountKind, type SecondFactorStatus, type StaffRole, secondFactorStatus } from "@stepwise/domain";

/** The two apps. Each has its own cookie, its own sessions and its own kinds of account. */
export const authApps = ["portal", "staff"] as const;
export type AuthApp = (typeof authApps)[number];

/**
 * Who is making the request, as read from the database on this request. Nothing here comes from
 * the browser: the cookie only names the session row.
 */
export interface SessionUser {
  userId: string;
  sessionId: string;
  kind: AccountKind;
  displayName: string;
  email: string;
  /** The client record of a client account; null for family and staff. */
  clientId: string | null;
  /** Present exactly when kind is "staff"; the role is read fresh on every request. */
  staff: { staffMemberId: string; role: StaffRole } | null;
  /**
   * Where this session stands with the second factor, read fresh on every request. Only
   * "verified" and "not_needed" may reach the account's information (secondFactorSatisfied).
   */
  secondFactor: SecondFactorStatus;
}

const kindsAllowedIn: Record<AuthApp, readonly AccountKind[]> = {
  portal: ["client", "family"],
  staff: ["staff"],
};

export function mayUseApp(kind: AccountKind, app: AuthApp): boolean {
  return kindsAllowedIn[app].includes(kind);
}

/** The columns both sign-in and session checks load about an account, in one query. */
export interface AccountRow {
  userId: string;
  email: string;
  kind: AccountKind;
  displayName: string;
  disabledAt: Date | null;
  sessionVersion: number;
  staffMemberId: string | null;
  staffRole: StaffRole | null;
  clientId: string | null;
  /** Whether the account has a confirmed authenticator. */
  hasSecondFactor: boolean;
}

/**
 * The session user for an account in an app, or null when the account may not be there: disabled,
 * the wrong kind for the app, or a staff account without a staff record (it would have no role).
 */
export function toSessionUser(
  account: AccountRow,
  app: AuthApp,
  sessionId: string,
  session: { provenInSession: boolean },
): SessionUser | null {
  if (account.disabledAt) return null;
  if (!mayUseApp(account.kind, app)) return null;
  const staff =
    account.kind === "staff" && account.staffMemberId && account.staffRole
      ? { staffMemberId: account.staffMemberId, role: account.staffRole }
      : null;
  if (account.kind === "staff" && !staff) return null;
  return {
    userId: account.userId,
    sessionId,
    kind: account.kind,
    displayName: account.displayName,
    email: account.email,
    clientId: account.kind === "client" ? account.clientId : null,
    staff,
    secondFactor: secondFactorStatus({ kind: account.kind, hasFactor: account.hasSecondFactor, provenInSession: session.provenInSession }),
  };
}
