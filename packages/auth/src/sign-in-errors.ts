/**
 * What the sign-in page may show. next-auth v4 puts the code in the `error` query parameter of the
 * page it redirects to (`/sign-in?error=…`), and `signIn("credentials", { redirect: false })`
 * returns it as `result.error`. No next-auth or database import here, so a client component can
 * use it.
 */
export const signInErrorCodes = {
  /** next-auth's own code when authorize answers null. */
  invalid: "CredentialsSignin",
  throttled: "Throttled",
  unavailable: "SignInUnavailable",
} as const;

export type SignInErrorCode = (typeof signInErrorCodes)[keyof typeof signInErrorCodes];

// Neither message says whether the email has an account.
const messages: Record<SignInErrorCode, string> = {
  CredentialsSignin: "That email and password don't match. Check them and try again.",
  Throttled: "Too many attempts. Please wait a few minutes and try again.",
  SignInUnavailable: "Signing in isn't working right now. Please try again in a few minutes.",
};

/** A message for any `error` query value; unknown codes get a general one, never the raw code. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return code in messages ? messages[code as SignInErrorCode] : "Something went wrong signing in. Please try again.";
}
