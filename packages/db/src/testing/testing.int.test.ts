import { sql } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { clients } from "../schema";
import { createTestDatabase } from "./index";
import { insertClient } from "./fixtures";

describe("createTestDatabase", () => {
  it("gives each caller its own migrated database", async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      expect(first.url).not.toBe(second.url);
      await insertClient(first.db);
      const [inFirst] = await first.db.select({ n: sql<number>`count(*)::int` }).from(clients);
      const [inSecond] = await second.db.select({ n: sql<number>`count(*)::int` }).from(clients);
      expect(inFirst?.n).toBe(1);
      expect(inSecond?.n).toBe(0);
    } finally {
      await Promise.all([first.drop(), second.drop()]);
    }
  });

  it("drops the database, even while other connections to it are open", async () => {
    const testDb = await createTestDatabase();
    const name = new URL(testDb.url).pathname.slice(1);
    const otherConnection = postgres(testDb.url, { max: 1 });
    await otherConnection`select 1`;
    await testDb.drop();

    const admin = postgres(testDb.url.replace(`/${name}`, "/postgres"), { max: 1 });
    try {
      const rows = await admin`select 1 from pg_database where datname = ${name}`;
      expect(rows).toHaveLength(0);
    } finally {
      await admin.end();
      await otherConnection.end().catch(() => undefined);
    }
  });
});
