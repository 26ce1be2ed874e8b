import * as passwords from "@stepwise/auth/password";
import { users } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { eq } from "drizzle-orm";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { familyFixtures } from "../../test-support/family-fixtures";
import { portalRouter } from "../router";

// The real argon2 functions, watched: every refusal must do the same hashing work.
vi.mock(import("@stepwise/auth/password"), async (original) => {
  const real = await original();
  return { ...real, hashPassword: vi.fn(real.hashPassword), verifyPassword: vi.fn(real.verifyPassword) };
});

/**
 * Whoever holds an invitation link (the client who sent it, in a deployment that shows links)
 * must not learn from accepting it whether the address has a family account, a client's or
 * staff's account, or none: every refusal is the same answer, byte for byte over HTTP, after the
 * same argon2 work.
 */
let testDb: TestDatabase;
let t: ReturnType<typeof familyFixtures>;
let tokens: Awaited<ReturnType<typeof arrange>>;

/** A password the policy accepts, and that is no account's password here. */
const typed = "harbor lantern quietly folds maps";
const familyPassword = "another quiet river carries paper boats";

async function arrange() {
  const clinician = await t.staff("clinician");
  const iop = await t.iopProgram();
  const alex = await t.clientInTreatment(iop, clinician, "Alex");
  const blair = await t.clientInTreatment(iop, clinician, "Blair");
  const invite = async (by: typeof alex, name: string, email: string) => {
    await by.api.family.invite({ name, relationship: "parent", email });
    return t.mailedInvitationToken(email);
  };
  /** A family account of Alex's, invited again by Blair: the link Blair's invitation sent. */
  const familyAccountInvitedAgain = async (name: string) => {
    const email = t.email(name.toLowerCase());
    await t.publicApi().invitation.accept({ token: await invite(alex, name, email), password: familyPassword });
    return { email, token: await invite(blair, name, email) };
  };
  const family = await familyAccountInvitedAgain("Jamie");
  const locked = await familyAccountInvitedAgain("Lee");
  await testDb.db.update(users).set({ lockedUntil: new Date(Date.now() + 3_600_000) }).where(eq(users.email, locked.email));
  const disabled = await familyAccountInvitedAgain("Dale");
  await testDb.db.update(users).set({ disabledAt: new Date() }).where(eq(users.email, disabled.email));
  return {
    "an unknown link": "q".repeat(43),
    "a family account, with a wrong password": family.token,
    "a family account locked after wrong passwords": locked.token,
    "a disabled family account": disabled.token,
    "a client's account": await invite(alex, "Blair", blair.user.email),
    "a staff member's account": await invite(alex, "Dr. Staff", clinician.user.email),
    /** Accepting here with a password the policy refuses is refused too, as for a new account. */
    "no account": await invite(alex, "Robin", t.email("robin")),
  };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  t = familyFixtures(testDb.db);
  tokens = await arrange();
});
afterAll(() => testDb.drop());

/** The answer as the browser gets it, and how many argon2 operations it took. */
async function accept(token: string, password: string) {
  vi.mocked(passwords.verifyPassword).mockClear();
  vi.mocked(passwords.hashPassword).mockClear();
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request("http://localhost/api/trpc/invitation.accept", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(superjson.serialize({ token, password })),
    }),
    router: portalRouter,
    createContext: () => ({ db: testDb.db, caller: null }),
  });
  const hashing = vi.mocked(passwords.verifyPassword).mock.calls.length + vi.mocked(passwords.hashPassword).mock.calls.length;
  return { status: response.status, body: await response.text(), hashing };
}

describe("invitation.accept answers every address that cannot accept the same way", () => {
  it("with a password the policy accepts: one answer for every account, and for an unknown link", async () => {
    const { "no account": _newAddress, ...cannotAccept } = tokens;
    // One at a time, so each answer's hashing is its own.
    const answers = [];
    for (const token of Object.values(cannotAccept)) answers.push(await accept(token, typed));
    const first = answers[0]!;
    expect(first.status).toBe(400);
    expect(JSON.parse(first.body)).toMatchObject({ error: { json: { code: -32600, data: { code: "BAD_REQUEST", fieldErrors: null } } } });
    expect(JSON.parse(first.body).error.json.message).toMatch(/^We couldn't accept your invitation with that password\./);
    for (const answer of answers) expect(answer).toEqual({ status: 400, body: first.body, hashing: 1 });
  });

  it("with a password the policy refuses: the policy's reasons, the same for every address, a new one included", async () => {
    const answers = [];
    for (const token of Object.values(tokens)) answers.push(await accept(token, "short"));
    const first = answers[0]!;
    expect(JSON.parse(first.body).error.json.message).toContain("Use at least 12 characters.");
    for (const answer of answers) expect(answer).toEqual({ status: 400, body: first.body, hashing: 1 });
  });

  it("still accepts with the family account's own password, and makes a new account for a new address", async () => {
    expect(await accept(tokens["a family account, with a wrong password"], familyPassword)).toMatchObject({ status: 200, hashing: 1 });
    expect(await accept(tokens["no account"], typed)).toMatchObject({ status: 200, hashing: 1 });
  });
});
