import { describe, expect, it } from "vitest";
import { passwordFromLinkSchema, passwordResetLinkLifetimeMinutes, passwordResetRequestSchema, passwordResetWords } from "./password-links";

describe("asking for a reset link", () => {
  it("reads the address as sign-in does: trimmed and lowered", () => {
    expect(passwordResetRequestSchema.parse({ email: "  River.Okafor@Example.ORG " })).toEqual({ email: "river.okafor@example.org" });
  });

  it("asks plainly for an address that isn't one", () => {
    for (const email of ["", "   ", "river", "river@", `${"a".repeat(250)}@example.org`, "river\u0000@example.org"]) {
      expect(passwordResetRequestSchema.safeParse({ email }).success, JSON.stringify(email)).toBe(false);
    }
    expect(passwordResetRequestSchema.safeParse({ email: "" }).error?.issues[0]?.message).toBe("Enter an email address.");
  });

  it("is answered in words that say how long the link works and nothing about the account", () => {
    expect(passwordResetWords.requested).toMatch(/^If an account uses that address, we've sent it a link/);
    expect(passwordResetWords.requested).toContain(`for ${passwordResetLinkLifetimeMinutes} minutes`);
    expect(passwordResetLinkLifetimeMinutes).toBe(30);
  });
});

describe("choosing a password from a link", () => {
  it("keeps the password exactly as typed, spaces and all", () => {
    expect(passwordFromLinkSchema.parse({ token: "abc", password: "  two spaces either side  " }).password).toBe("  two spaces either side  ");
  });

  it("refuses an empty password in plain words, and a NUL in either field", () => {
    expect(passwordFromLinkSchema.safeParse({ token: "abc", password: "" }).error?.issues[0]?.message).toBe("Enter a password.");
    expect(passwordFromLinkSchema.safeParse({ token: "abc", password: "long enough\u0000" }).success).toBe(false);
    expect(passwordFromLinkSchema.safeParse({ token: "a\u0000c", password: "long enough" }).success).toBe(false);
  });
});
