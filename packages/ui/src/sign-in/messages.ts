import type { SignInMessages } from "./sign-in-form";

/**
 * The sign-in form's messages. The auth layer owns its error codes and the wording of the ones it
 * raises; the app passes them in (this package never imports the auth package). Neither message
 * says whether an account exists for the email.
 */
export function signInMessages(auth: {
  codes: { invalid: string; throttled: string; unavailable: string };
  describe: (code: string) => string | null;
}): SignInMessages {
  const { codes, describe } = auth;
  return {
    [codes.invalid]: "That email and password don't match our records.",
    [codes.throttled]: describe(codes.throttled) ?? "",
    [codes.unavailable]: describe(codes.unavailable) ?? "",
    fallback: describe("unknown") ?? "Something went wrong signing in. Please try again.",
    missing: "Enter your email and password.",
  };
}
