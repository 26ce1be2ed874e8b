import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as passwords from "./password";
import { signIn } from "./sign-in";
import { createAccount, uniqueAddress } from "./test-support/accounts";

// The real argon2 functions, watched: the test proves which hash each path verifies against.
vi.mock(import("./password"), async (original) => {
  const real = await original();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.drop());
beforeEach(() => vi.mocked(passwords.verifyPassword).mockClear());

describe("signIn does the same argon2 work whether or not the account exists", () => {
  it("verifies an unknown email's password against the dummy hash", async () => {
    const result = await signIn(testDb.db, {
      email: "nobody-here@example.org",
      password: "not the password at all",
      app: "portal",
      address: uniqueAddress(),
    });
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(passwords.verifyPassword).toHaveBeenCalledTimes(1);
    expect(passwords.verifyPassword).toHaveBeenCalledWith(passwords.dummyPasswordHash, "not the password at all");
  });

  it("verifies a known email's wrong password once, against the account's own hash", async () => {
    const account = await createAccount(testDb.db, "client");
    await signIn(testDb.db, { email: account.email, password: "not the password at all", app: "portal", address: uniqueAddress() });
    expect(passwords.verifyPassword).toHaveBeenCalledTimes(1);
    const [hash] = vi.mocked(passwords.verifyPassword).mock.calls[0] ?? [];
    expect(hash).not.toBe(passwords.dummyPasswordHash);
    expect(hash).toMatch(/^\$argon2id\$/);
  });

  it("makes the dummy hash as costly as a real one: same algorithm and parameters", () => {
    const parameters = (hash: string) => hash.split("$").slice(1, 4).join("$");
    expect(parameters(passwords.dummyPasswordHash)).toBe("argon2id$v=19$m=19456,t=2,p=1");
  });
});
