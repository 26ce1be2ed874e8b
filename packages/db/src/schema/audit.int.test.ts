import { arrayContains, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { expectPgError } from "../testing/pg-error";
import { auditEvents } from "./audit";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

// As the owner: the append-only triggers must hold for it too (the app may not even try; see roles.int.test.ts).
async function insertEvent() {
  const [event] = await testDb.owner.db
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
      testDb.owner.db.update(auditEvents).set({ outcome: "denied" }).where(eq(auditEvents.id, event.id)),
    );
    expect(error.code).toBe("23001");
    expect(error.message).toBe("audit_events is append-only: UPDATE is not allowed");
    const [unchanged] = await testDb.owner.db.select().from(auditEvents).where(eq(auditEvents.id, event.id));
    expect(unchanged?.outcome).toBe("allowed");
  });

  it("rejects DELETE", async () => {
    const event = await insertEvent();
    const error = await expectPgError(testDb.owner.db.delete(auditEvents).where(eq(auditEvents.id, event.id)));
    expect(error.message).toBe("audit_events is append-only: DELETE is not allowed");
    const remaining = await testDb.owner.db.select().from(auditEvents).where(eq(auditEvents.id, event.id));
    expect(remaining).toHaveLength(1);
  });

  it("rejects TRUNCATE", async () => {
    await insertEvent();
    const error = await expectPgError(testDb.owner.db.execute(sql`truncate audit_events`));
    expect(error.message).toBe("audit_events is append-only: TRUNCATE is not allowed");
    const [count] = await testDb.owner.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
    expect(count?.n).toBeGreaterThan(0);
  });
});

describe("who saw this client", () => {
  it("is one query on the rows' client arrays, served by their index", async () => {
    const alex = "6f1d7a3e-0000-4000-8000-00000000a1e0";
    const blair = "6f1d7a3e-0000-4000-8000-00000000b1a1";
    await testDb.owner.db.insert(auditEvents).values([
      { action: "roster.list", outcome: "allowed", actorKind: "staff", subjectClientIds: [alex, blair] },
      { action: "plan.mine", outcome: "allowed", actorKind: "client", subjectClientIds: [blair] },
      { action: "programs.create", outcome: "allowed", actorKind: "staff" },
    ]);
    const aboutAlex = await testDb.owner.db.select().from(auditEvents).where(arrayContains(auditEvents.subjectClientIds, [alex]));
    expect(aboutAlex.map((row) => row.action)).toEqual(["roster.list"]);
    const [noClient] = await testDb.owner.db.select().from(auditEvents).where(eq(auditEvents.action, "programs.create"));
    expect(noClient?.subjectClientIds).toEqual([]);

    // With sequential scans priced out, the plan shows which index Postgres can use for it.
    const plan = await testDb.owner.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute<{ "QUERY PLAN": string }>(sql`explain select id from audit_events where subject_client_ids @> array[${alex}]::uuid[]`);
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("audit_events_subject_client_ids");
  });
});
