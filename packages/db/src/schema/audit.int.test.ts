import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { expectPgError } from "../testing/pg-error";
import { auditEvents } from "./audit";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

async function insertEvent() {
  const [event] = await testDb.db
    .insert(auditEvents)
    .values({ action: "staff.client.read", outcome: "allowed", actorKind: "staff", resourceType: "client" })
    .returning();
  if (!event) throw new Error("no audit row returned");
  return event;
}

describe("audit_events is append-only", () => {
  it("accepts new events", async () => {
    const event = await insertEvent();
    expect(event.id).toBeGreaterThan(0);
    expect(event.at).toBeInstanceOf(Date);
  });

  it("rejects UPDATE with a clear message", async () => {
    const event = await insertEvent();
    const error = await expectPgError(
      testDb.db.update(auditEvents).set({ outcome: "denied" }).where(eq(auditEvents.id, event.id)),
    );
    expect(error.code).toBe("23001");
    expect(error.message).toBe("audit_events is append-only: UPDATE is not allowed");
    const [unchanged] = await testDb.db.select().from(auditEvents).where(eq(auditEvents.id, event.id));
    expect(unchanged?.outcome).toBe("allowed");
  });

  it("rejects DELETE", async () => {
    const event = await insertEvent();
    const error = await expectPgError(testDb.db.delete(auditEvents).where(eq(auditEvents.id, event.id)));
    expect(error.message).toBe("audit_events is append-only: DELETE is not allowed");
    const remaining = await testDb.db.select().from(auditEvents).where(eq(auditEvents.id, event.id));
    expect(remaining).toHaveLength(1);
  });

  it("rejects TRUNCATE", async () => {
    await insertEvent();
    const error = await expectPgError(testDb.db.execute(sql`truncate audit_events`));
    expect(error.message).toBe("audit_events is append-only: TRUNCATE is not allowed");
    const [count] = await testDb.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
    expect(count?.n).toBeGreaterThan(0);
  });
});
