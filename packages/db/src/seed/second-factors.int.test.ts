import { hash } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpFactors, users } from "../schema";
import { createTestDatabase, type TestDatabase } from "../testing";
import { demoSignIns, demoStaffToSetUpEmail, demoTotpSecret, seedDemoData } from "./index";

const hashPassword = (plain: string) => hash(plain, { memoryCost: 1024, timeCost: 1 });
/** Stands in for @stepwise/auth's sealTotpSecret: what matters here is which accounts get one. */
const seal = (secret: string, userId: string) => `sealed:${userId}:${secret}`;

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.drop());

async function factorsByEmail() {
  const rows = await testDb.owner.db
    .select({ email: users.email, encryptedSecret: totpFactors.encryptedSecret, confirmedAt: totpFactors.confirmedAt })
    .from(totpFactors)
    .innerJoin(users, eq(users.id, totpFactors.userId));
  return new Map(rows.map((row) => [row.email, row]));
}

describe("the demo staff's second factors", () => {
  it("are set up with the demo key for every staff sign-in but the one left to set up, once", async () => {
    await seedDemoData(testDb.owner.db, { hashPassword, sealTotpSecret: seal, today: new Date("2026-03-04T15:00:00Z") });
    const factors = await factorsByEmail();
    const staff = demoSignIns.filter((signIn) => signIn.kind === "staff").map((signIn) => signIn.email);
    expect(staff).toContain(demoStaffToSetUpEmail);
    for (const email of staff) {
      if (email === demoStaffToSetUpEmail) expect(factors.has(email), email).toBe(false);
      else expect(factors.get(email), email).toMatchObject({ encryptedSecret: expect.stringMatching(new RegExp(`:${demoTotpSecret}$`)), confirmedAt: expect.any(Date) });
    }
    expect(factors.size).toBe(staff.length - 1);

    // Seeding again changes nothing: a factor set up (or reset) since is left as it is.
    await seedDemoData(testDb.owner.db, { hashPassword, sealTotpSecret: () => "another", today: new Date("2026-03-04T15:00:00Z") });
    expect([...(await factorsByEmail()).values()].map((row) => row.encryptedSecret)).toEqual([...factors.values()].map((row) => row.encryptedSecret));
  });
});
