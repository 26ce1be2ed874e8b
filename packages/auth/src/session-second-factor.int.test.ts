import { totpFactors, userSessions } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import type { AccountKind } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newTotpSecret, sealTotpSecret } from "./second-factor";
import { resolveSession } from "./session";
import { signIn } from "./sign-in";
import { createAccount, uniqueAddress } from "./test-support/accounts";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.drop());

/** An account of `kind`, with an authenticator in the given state, signed in to its app. */
async function signedIn(kind: AccountKind, factor: "none" | "being set up" | "confirmed") {
  const { db } = testDb;
  const account = await createAccount(db, kind);
  if (factor !== "none") {
    await db.insert(totpFactors).values({
      userId: account.userId,
      encryptedSecret: sealTotpSecret(newTotpSecret(), account.userId),
      confirmedAt: factor === "confirmed" ? new Date() : null,
    });
  }
  const app = kind === "staff" ? "staff" : "portal";
  const result = await signIn(db, { email: account.email, password: account.password, app, address: uniqueAddress() });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  const claims = { sessionId: result.sessionId, userId: account.userId, sessionVersion: result.sessionVersion, app } as const;
  return { account, result, claims };
}

const proveInSession = (sessionId: string) => testDb.db.update(userSessions).set({ secondFactorAt: new Date() }).where(eq(userSessions.id, sessionId));

describe("a session and the second factor", () => {
  it("of a staff member with an authenticator starts waiting for the code, and is verified once it is proven", async () => {
    const { result, claims } = await signedIn("staff", "confirmed");
    expect(result.ok && result.user.secondFactor).toBe("code_needed");
    expect((await resolveSession(testDb.db, claims))?.secondFactor).toBe("code_needed");
    await proveInSession(claims.sessionId);
    expect((await resolveSession(testDb.db, claims))?.secondFactor).toBe("verified");
  });

  it("of a staff member without one, or with one still being set up, starts at setting one up", async () => {
    for (const factor of ["none", "being set up"] as const) {
      const { claims } = await signedIn("staff", factor);
      expect((await resolveSession(testDb.db, claims))?.secondFactor).toBe("set_up_needed");
      // Marking the session does not stand in for having an authenticator.
      await proveInSession(claims.sessionId);
      expect((await resolveSession(testDb.db, claims))?.secondFactor).toBe("set_up_needed");
    }
  });

  it("of a client who turned one on waits for the code; of one who did not needs none", async () => {
    expect((await resolveSession(testDb.db, (await signedIn("client", "confirmed")).claims))?.secondFactor).toBe("code_needed");
    expect((await resolveSession(testDb.db, (await signedIn("family", "confirmed")).claims))?.secondFactor).toBe("code_needed");
    expect((await resolveSession(testDb.db, (await signedIn("client", "none")).claims))?.secondFactor).toBe("not_needed");
  });

  it("is proven per session: another sign-in of the same account waits for the code again", async () => {
    const { account, claims } = await signedIn("staff", "confirmed");
    await proveInSession(claims.sessionId);
    const again = await signIn(testDb.db, { email: account.email, password: account.password, app: "staff", address: uniqueAddress() });
    expect(again.ok && again.user.secondFactor).toBe("code_needed");
    expect((await resolveSession(testDb.db, claims))?.secondFactor).toBe("verified");
  });
});
