import type { AccountKind } from "./account";

/**
 * Who must prove a second factor after their password (ONC 170.315(d)(13), OWASP ASVS 5.0 V6.3.3):
 * every staff account, whatever the role, because each one reaches clients' records; clients and
 * family members may turn one on for themselves.
 */
export const secondFactorPolicy = {
  client: "optional",
  family: "optional",
  staff: "required",
} as const satisfies Record<AccountKind, "required" | "optional">;

export function secondFactorRequired(kind: AccountKind): boolean {
  return secondFactorPolicy[kind] === "required";
}

/**
 * Time-based one-time passwords as RFC 6238 and every authenticator app default to: HMAC-SHA-1,
 * 6 digits, a new code every 30 seconds. One step either side is accepted for a phone whose clock
 * has drifted a little and for the seconds it takes to type (RFC 6238 §5.2); a code from two steps
 * away is not.
 */
export const totpParameters = {
  algorithm: "sha1",
  digits: 6,
  periodSeconds: 30,
  toleranceSteps: 1,
} as const;

/** The name authenticator apps list the account under. */
export const totpIssuer = "Stepwise";

/**
 * Where a session stands with the second factor:
 * - `not_needed`: the account has none and needs none (a client or family member who did not turn it on);
 * - `verified`: proven in this session;
 * - `code_needed`: the account has one, not yet proven in this session;
 * - `set_up_needed`: the policy requires one and the account has none set up yet.
 */
export type SecondFactorStatus = "not_needed" | "verified" | "code_needed" | "set_up_needed";

export function secondFactorStatus(account: { kind: AccountKind; hasFactor: boolean; provenInSession: boolean }): SecondFactorStatus {
  if (account.hasFactor) return account.provenInSession ? "verified" : "code_needed";
  return secondFactorRequired(account.kind) ? "set_up_needed" : "not_needed";
}

/** Whether a session may reach the account's information: anything beyond the second-factor step. */
export function secondFactorSatisfied(status: SecondFactorStatus): boolean {
  return status === "verified" || status === "not_needed";
}

/**
 * Whether the session may set up an authenticator now: only while the account has none. A session
 * waiting for a code may not, or setting up a new one would be a way around the one it has.
 */
export function maySetUpSecondFactor(status: SecondFactorStatus): boolean {
  return status === "set_up_needed" || status === "not_needed";
}

/** Whether the session may prove the second factor now: it has one, not yet proven. */
export function mayProveSecondFactor(status: SecondFactorStatus): boolean {
  return status === "code_needed";
}

/** Whether the session may change an authenticator it has (new recovery codes, turning it off): once proven. */
export function mayManageSecondFactor(status: SecondFactorStatus): boolean {
  return status === "verified";
}

/** Whether the account may turn its second factor off: only where the policy leaves it optional. */
export function mayTurnOffSecondFactor(kind: AccountKind): boolean {
  return !secondFactorRequired(kind);
}

/**
 * Why one staff member may not reset another's second factor, or null when they may. Never their
 * own: a reset signs the holder out and lets the next sign-in set up a new authenticator with the
 * password alone, so a stolen password with a stolen session must not be able to do it to itself.
 * Never a disabled account's: it cannot sign in, so there is nothing to reset.
 */
export function secondFactorResetRefusal(
  actor: { userId: string },
  holder: { userId: string; kind: AccountKind; disabledAt: Date | null },
): "not_staff" | "own_account" | "disabled" | null {
  if (holder.kind !== "staff") return "not_staff";
  if (holder.userId === actor.userId) return "own_account";
  if (holder.disabledAt !== null) return "disabled";
  return null;
}

/** The TOTP secret in groups of four, as it is typed into an authenticator app by hand. */
export function groupedForTyping(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? "";
}
