import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import type { RequestInternal } from "next-auth";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthOptions } from "./next-auth";
import { peerAddressHeader } from "./request-address";
import { signInErrorCodes } from "./sign-in-errors";
import { signInThrottle } from "./sign-in-throttle";
import { createAccount, uniqueAddress } from "./test-support/accounts";

/**
 * The per-address throttle as the apps run it: next-auth's authorize callback with the headers a
 * request reaches it with, the connection's peer written by the app's server (TRUSTED_PROXIES is
 * empty here, as in the demo and the tests), and X-Forwarded-For whatever the client sent.
 */
let testDb: TestDatabase;
let authorize: CredentialsConfig["authorize"];

beforeAll(async () => {
  testDb = await createTestDatabase();
  const options = createAuthOptions({ app: "portal", getDatabase: async () => testDb.db });
  authorize = (options.providers[0] as unknown as { options: CredentialsConfig }).options.authorize;
});
afterAll(() => testDb?.drop());

/** One sign-in attempt: the account (or nobody) it signed in, or the error code it ended with. */
async function attempt(email: string, password: string, headers: Record<string, string>) {
  const request = { headers, body: {}, query: {}, method: "POST" } as Pick<RequestInternal, "body" | "query" | "headers" | "method">;
  try {
    const user = await authorize({ email, password }, request);
    return user ? "signed in" : "wrong password";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("the per-address sign-in throttle", () => {
  it("holds when an untrusted peer rotates X-Forwarded-For (password spraying)", async () => {
    const sprayer = uniqueAddress();
    for (let i = 0; i < signInThrottle.maxFailuresPerAddress; i++) {
      const victim = await createAccount(testDb.db, "client");
      const answer = await attempt(victim.email, "Summer2025!", { [peerAddressHeader]: sprayer, "x-forwarded-for": uniqueAddress() });
      expect(answer).toBe("wrong password");
    }
    // Yet another forged address, and a correct password for an account with no failures of its own.
    const next = await createAccount(testDb.db, "client");
    expect(await attempt(next.email, next.password, { [peerAddressHeader]: sprayer, "x-forwarded-for": uniqueAddress() })).toBe(signInErrorCodes.throttled);
  });

  it("does not lock out the address an attacker forges", async () => {
    const attacker = uniqueAddress();
    const victimAddress = uniqueAddress();
    for (let i = 0; i < signInThrottle.maxFailuresPerAddress; i++) {
      const someone = await createAccount(testDb.db, "client");
      await attempt(someone.email, "wrong guess", { [peerAddressHeader]: attacker, "x-forwarded-for": victimAddress });
    }
    const victim = await createAccount(testDb.db, "client");
    expect(await attempt(victim.email, victim.password, { [peerAddressHeader]: victimAddress })).toBe("signed in");
    expect(await attempt(victim.email, victim.password, { [peerAddressHeader]: attacker })).toBe(signInErrorCodes.throttled);
  });
});
