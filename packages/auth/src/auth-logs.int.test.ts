import { createTestDatabase } from "@stepwise/db/testing";
import type { LoggerInstance, User } from "next-auth";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAuthOptions } from "./next-auth";
import { signInErrorCodes } from "./sign-in-errors";

type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<User | null>;

const email = "harriet.quimby@example.test";

/** Everything written to console.error while `run` runs, as one string. */
async function errorLog(run: () => Promise<unknown>): Promise<string> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    lines.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : String(arg))).join(" "));
  });
  try {
    await run().catch(() => {});
  } finally {
    spy.mockRestore();
  }
  return lines.join("\n");
}

afterEach(() => vi.restoreAllMocks());

describe("what sign-in writes to the server log", () => {
  it("a database failure during sign-in: the summary, never the query's email", async () => {
    // A real database that went away: every query fails, and drizzle's error quotes its parameters.
    const gone = await createTestDatabase();
    await gone.drop();
    const options = createAuthOptions({ app: "portal", getDatabase: async () => gone.db });
    const provider = options.providers[0] as unknown as { options: { authorize: Authorize } };

    let thrown: unknown;
    const log = await errorLog(async () => {
      try {
        await provider.options.authorize({ email, password: "any password at all" }, { headers: {} });
      } catch (error) {
        thrown = error;
      }
    });
    expect((thrown as Error).message).toBe(signInErrorCodes.unavailable);
    expect(log).toContain("[auth] sign-in failed:");
    expect(log).toContain("DrizzleQueryError");
    expect(log).not.toMatch(/harriet|quimby|select|params/i);
  });

  it("next-auth's own error log: the summary of the error, not its message", async () => {
    const options = createAuthOptions({ app: "portal", getDatabase: async () => Promise.reject(new Error("unused")) });
    const refused = Object.assign(new Error(`Failed query: select * from users where email = $1\nparams: ${email}`), { name: "DrizzleQueryError" });
    const log = await errorLog(async () => (options.logger as LoggerInstance).error("JWT_SESSION_ERROR", { error: refused, message: refused.message }));
    expect(log).toContain("[next-auth] JWT_SESSION_ERROR: DrizzleQueryError");
    expect(log).not.toMatch(/harriet|select/i);
  });
});
