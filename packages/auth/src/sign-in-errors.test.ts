import { describe, expect, it } from "vitest";
import { signInErrorCodes, signInErrorMessage } from "./sign-in-errors";

describe("signInErrorMessage", () => {
  it("gives the throttling message the sign-in page must show", () => {
    expect(signInErrorMessage(signInErrorCodes.throttled)).toBe("Too many attempts. Please wait a few minutes and try again.");
  });

  it("never says whether the email has an account", () => {
    for (const code of Object.values(signInErrorCodes)) {
      expect(signInErrorMessage(code)).not.toMatch(/no account|not found|unknown|doesn't exist|disabled|locked/i);
    }
  });

  it("shows a general message, not the raw code, for codes it does not know", () => {
    expect(signInErrorMessage("OAuthCallback<script>")).toBe("Something went wrong signing in. Please try again.");
    expect(signInErrorMessage(null)).toBeNull();
  });

  it("uses next-auth's own code for a wrong email or password", () => {
    expect(signInErrorCodes.invalid).toBe("CredentialsSignin");
  });
});
