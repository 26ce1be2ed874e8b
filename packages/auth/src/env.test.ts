import { describe, expect, it } from "vitest";
import { parseAuthEnv } from "./env";

const secret = "x".repeat(32);

describe("parseAuthEnv", () => {
  it("refuses a missing secret with a message naming the variable and how to make one", () => {
    expect(() => parseAuthEnv({ NODE_ENV: "development" })).toThrow(/NEXTAUTH_SECRET: is required.*openssl rand/);
    expect(() => parseAuthEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "" })).toThrow(/NEXTAUTH_SECRET/);
  });

  it("refuses a secret shorter than 32 characters", () => {
    expect(() => parseAuthEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(31) })).toThrow(/at least 32 characters/);
  });

  it("uses secure cookies only for an https public URL", () => {
    expect(parseAuthEnv({ NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "https://portal.example.org" }).secureCookies).toBe(true);
    expect(parseAuthEnv({ NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "http://127.0.0.1:3000" }).secureCookies).toBe(false);
    expect(parseAuthEnv({ NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "" })).toMatchObject({ publicUrl: undefined, secureCookies: false });
  });

  it("defaults NODE_ENV to development and refuses unknown values", () => {
    expect(parseAuthEnv({ NEXTAUTH_SECRET: secret }).nodeEnv).toBe("development");
    expect(() => parseAuthEnv({ NEXTAUTH_SECRET: secret, NODE_ENV: "staging" })).toThrow(/NODE_ENV/);
  });

  it("refuses a public URL that is not http(s)", () => {
    expect(() => parseAuthEnv({ NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "ftp://example.org" })).toThrow(/NEXTAUTH_URL/);
  });
});
