import { safeCallbackUrl } from "./safe-callback-url";

export interface SignInParams {
  /** Where to go after signing in: a path on this site only. */
  callbackUrl: string;
  /** next-auth's error code, when it sent the person back here. */
  errorCode: string | undefined;
  /** They just signed out (the sign-out button's redirect). */
  signedOut: boolean;
}

/** What the sign-in page's search parameters say. */
export async function signInParams(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<SignInParams> {
  const params = await searchParams;
  return {
    callbackUrl: safeCallbackUrl(params.callbackUrl),
    errorCode: typeof params.error === "string" ? params.error : undefined,
    signedOut: params.signedOut === "1",
  };
}
