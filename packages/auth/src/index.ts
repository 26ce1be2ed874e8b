export { currentRequestAddress } from "./current-address";
export { authEnv, parseAuthEnv, type AuthEnv } from "./env";
export { getSessionUser } from "./get-session-user";
export { authAppOf, createAuthOptions, type CreateAuthOptionsInput } from "./next-auth";
/** The options type itself, so a package that only passes options along needs no next-auth of its own. */
export type { NextAuthOptions } from "next-auth";
export { peerAddressHeader, requestAddress } from "./request-address";
export {
  endAllSessions,
  endSession,
  resolveSession,
  sessionAbsoluteLifetimeMs,
  sessionIdleTimeoutMs,
  sessionTouchIntervalMs,
  type ResolveSessionInput,
} from "./session";
export { parseSessionClaims, type SessionClaims } from "./session-claims";
export { checkTotpCode, hashRecoveryCode, newRecoveryCodes, newTotpSecret, openTotpSecret, sealTotpSecret, totpCodeAt, totpUri } from "./second-factor";
export { authApps, mayUseApp, type AuthApp, type SessionUser } from "./session-user";
export { normaliseEmail, signIn, type SignInInput, type SignInResult } from "./sign-in";
export { signInErrorCodes, signInErrorMessage, type SignInErrorCode } from "./sign-in-errors";
export { signInThrottle } from "./sign-in-throttle";
