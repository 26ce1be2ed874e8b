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

  it("trusts no proxy by default, and reads TRUSTED_PROXIES as addresses and ranges", () => {
    expect(parseAuthEnv({ NEXTAUTH_SECRET: secret }).trustedProxies.entries).toEqual([]);
    expect(parseAuthEnv({ NEXTAUTH_SECRET: secret, TRUSTED_PROXIES: "" }).trustedProxies.entries).toEqual([]);
    expect(parseAuthEnv({ NEXTAUTH_SECRET: secret, TRUSTED_PROXIES: "172.30.0.1, fd00::/8" }).trustedProxies.entries).toEqual(["172.30.0.1", "fd00::/8"]);
    expect(() => parseAuthEnv({ NEXTAUTH_SECRET: secret, TRUSTED_PROXIES: "10.0.0.0/8, lb.internal" })).toThrow(/TRUSTED_PROXIES: not an IP address or CIDR range: lb\.internal/);
  });

  it("refuses a public URL that is not http(s)", () => {
    expect(() => parseAuthEnv({ NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "ftp://example.org" })).toThrow(/NEXTAUTH_URL/);
  });
});
