import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client";
import { createTestDatabase, type TestDatabase } from "../testing";
import { insertClient, insertProgram } from "../testing/fixtures";
import { expectPgError, pgErrorFacts } from "../testing/pg-error";
import { enrollments } from "./enrollments";

let testDb: TestDatabase;
let db: Database;
let programId: string;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  programId = (await insertProgram(db)).id;
});
afterAll(() => testDb.drop());

/** An open enrollment is active; one with an end date has been discharged (it completed). */
function enrollment(clientId: string, startsOn: string, endsOn: string | null = null) {
  const outcome = endsOn ? { status: "discharged" as const, dischargeReason: "completed" as const } : { status: "active" as const };
  return { clientId, programId, level: "iop" as const, startsOn, endsOn, ...outcome };
}

describe("enrollments_no_overlap", () => {
  it("rejects a second enrollment that overlaps the first", async () => {
    const client = await insertClient(db);
    await db.insert(enrollments).values(enrollment(client.id, "2026-01-05", "2026-03-02"));
    const error = await expectPgError(db.insert(enrollments).values(enrollment(client.id, "2026-02-02", "2026-04-06")));
    expect(error.code).toBe("23P01");
    expect(error.constraint).toBe("enrollments_no_overlap");
  });

  it("allows sequential enrollments: the end date is exclusive", async () => {
    const client = await insertClient(db);
    await db.insert(enrollments).values(enrollment(client.id, "2026-01-05", "2026-03-02"));
    await db.insert(enrollments).values(enrollment(client.id, "2026-03-02"));
    const rows = await db.query.enrollments.findMany({ where: (e, { eq }) => eq(e.clientId, client.id) });
    expect(rows).toHaveLength(2);
  });

  it("treats an open enrollment as running forever", async () => {
    const client = await insertClient(db);
    await db.insert(enrollments).values(enrollment(client.id, "2026-01-05"));
    const error = await expectPgError(db.insert(enrollments).values(enrollment(client.id, "2027-06-01", "2027-07-01")));
    expect(error.constraint).toBe("enrollments_no_overlap");
  });

  it("applies whatever the status: a referral may not overlap an active enrollment", async () => {
    const client = await insertClient(db);
    await db.insert(enrollments).values(enrollment(client.id, "2026-01-05"));
    const error = await expectPgError(
      db.insert(enrollments).values({ ...enrollment(client.id, "2026-02-01"), status: "referred" }),
    );
    expect(error.constraint).toBe("enrollments_no_overlap");
  });

  it("keeps one open enrollment per client even when their dates do not overlap", async () => {
    const client = await insertClient(db);
    const plannedEnd = { ...enrollment(client.id, "2026-01-05", "2026-02-02"), status: "active" as const, dischargeReason: null };
    await db.insert(enrollments).values(plannedEnd);
    const error = await expectPgError(db.insert(enrollments).values({ ...enrollment(client.id, "2026-03-02"), status: "referred" }));
    expect(error.constraint).toBe("enrollments_one_open_per_client");
  });

  it("leaves out a referral closed before it started, and only that one", async () => {
    const client = await insertClient(db);
    // Closed on 2026-03-02 before its planned start of 2026-03-09: its stored period covers that start.
    const closed = { ...enrollment(client.id, "2026-03-09", "2026-03-10"), dischargeReason: "administrative" as const };
    await db.insert(enrollments).values({ ...closed, referralClosedOn: "2026-03-02" });
    const [referral] = await db.insert(enrollments).values({ ...enrollment(client.id, "2026-03-09"), status: "referred" }).returning();
    expect(referral).toMatchObject({ clientId: client.id, startsOn: "2026-03-09", status: "referred" });

    // The same period, discharged after care (no closing day), still binds.
    const other = await insertClient(db);
    await db.insert(enrollments).values({ ...closed, clientId: other.id });
    const error = await expectPgError(db.insert(enrollments).values({ ...enrollment(other.id, "2026-03-09"), status: "referred" }));
    expect(error.constraint).toBe("enrollments_no_overlap");
  });

  it("lets different clients overlap", async () => {
    const first = await insertClient(db);
    const second = await insertClient(db);
    await db.insert(enrollments).values(enrollment(first.id, "2026-01-05"));
    const [overlapping] = await db.insert(enrollments).values(enrollment(second.id, "2026-01-05")).returning();
    expect(overlapping).toMatchObject({ clientId: second.id, startsOn: "2026-01-05" });
  });

  it("lets exactly one of two simultaneous transactions enroll the same client", async () => {
    const client = await insertClient(db);
    const enrollInTransaction = (startsOn: string) =>
      db.transaction(async (tx) => {
        await tx.insert(enrollments).values(enrollment(client.id, startsOn));
      });
    const outcomes = await Promise.allSettled([enrollInTransaction("2026-01-05"), enrollInTransaction("2026-01-12")]);

    const fulfilled = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const rejected = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(pgErrorFacts(rejected[0]?.reason).constraint).toBe("enrollments_no_overlap");
    const rows = await db.query.enrollments.findMany({ where: (e, { eq }) => eq(e.clientId, client.id) });
    expect(rows).toHaveLength(1);
  });
});

describe("enrollment check constraints", () => {
  it("rejects an end date that is not after the start", async () => {
    const client = await insertClient(db);
    const error = await expectPgError(db.insert(enrollments).values(enrollment(client.id, "2026-03-02", "2026-03-02")));
    expect(error.code).toBe("23514");
    expect(error.constraint).toBe("enrollments_period_ordered");
  });

  it("requires a discharge reason and an end date exactly when discharged", async () => {
    const client = await insertClient(db);
    const withoutReason = await expectPgError(
      db.insert(enrollments).values({ ...enrollment(client.id, "2026-01-05", "2026-02-02"), dischargeReason: null }),
    );
    expect(withoutReason.constraint).toBe("enrollments_discharge_consistent");
    const [discharged] = await db
      .insert(enrollments)
      .values({ ...enrollment(client.id, "2026-01-05", "2026-02-02"), status: "discharged", dischargeReason: "completed" })
      .returning();
    expect(discharged).toMatchObject({ status: "discharged", dischargeReason: "completed", endsOn: "2026-02-02" });
  });

  it("records a referral's closing day only on a discharged enrollment", async () => {
    const client = await insertClient(db);
    const error = await expectPgError(
      db.insert(enrollments).values({ ...enrollment(client.id, "2026-03-09"), status: "referred", referralClosedOn: "2026-03-02" }),
    );
    expect(error.code).toBe("23514");
    expect(error.constraint).toBe("enrollments_referral_closed_when_discharged");
  });
});
