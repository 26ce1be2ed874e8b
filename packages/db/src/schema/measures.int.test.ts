import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client";
import { createTestDatabase, type TestDatabase } from "../testing";
import { insertClient, insertProgram, insertStaffMember } from "../testing/fixtures";
import { expectPgError } from "../testing/pg-error";
import { enrollments } from "./enrollments";
import { measureCheckInDrafts, measureResponses, safetyAlertEvents, safetyAlerts } from "./measures";

/**
 * Migration 0013's guards, straight against the tables: check-in responses and safety alerts are
 * records of care (never changed or removed, corrected once, with a reason), and an alert's steps
 * hold what the escalation job and staff rely on. "23001" is restrict_violation (the history
 * trigger), "23505" unique_violation, "23514" check_violation, "23503" foreign_key_violation.
 */

let testDb: TestDatabase;
/** As the owner: the guards must hold for it too (the app may not even try an UPDATE or DELETE). */
let db: Database;
let programId: string;
let staffUserId: string;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.owner.db;
  programId = (await insertProgram(db)).id;
  staffUserId = (await insertStaffMember(db)).userId;
});
afterAll(() => testDb.drop());

async function enrolledClient() {
  const client = await insertClient(db);
  const [enrollment] = await db
    .insert(enrollments)
    .values({ clientId: client.id, programId, status: "active", level: "iop", startsOn: "2026-01-05" })
    .returning();
  return { clientId: client.id, enrollmentId: enrollment!.id };
}

function phq9(at: { clientId: string; enrollmentId: string }, overrides: Partial<typeof measureResponses.$inferInsert> = {}) {
  return {
    ...at,
    instrument: "phq9" as const,
    instrumentVersion: "1",
    occasion: "scheduled" as const,
    dueOn: "2026-01-12",
    answers: { phq9_1: 2, phq9_2: 2, phq9_3: 1, phq9_4: 1, phq9_5: 1, phq9_6: 1, phq9_7: 1, phq9_8: 0, phq9_9: 1 },
    total: 10,
    bandKey: "moderate",
    ...overrides,
  };
}

async function response(overrides: Partial<typeof measureResponses.$inferInsert> = {}) {
  const at = await enrolledClient();
  const [row] = await db.insert(measureResponses).values(phq9(at, overrides)).returning();
  return row!;
}

async function alert() {
  const answered = await response();
  const openedAt = new Date();
  const [row] = await db
    .insert(safetyAlerts)
    .values({
      clientId: answered.clientId,
      enrollmentId: answered.enrollmentId,
      responseId: answered.id,
      reason: "safety_item",
      detail: "phq9_9",
      openedAt,
      acknowledgeBy: new Date(openedAt.getTime() + 3_600_000),
    })
    .returning();
  await db.insert(safetyAlertEvents).values({ alertId: row!.id, kind: "opened" });
  return row!;
}

describe("measure responses", () => {
  it("can't be updated or deleted, nor truncated", async () => {
    const row = await response();
    const updated = await expectPgError(db.update(measureResponses).set({ total: 0 }).where(eq(measureResponses.id, row.id)));
    expect(updated.code).toBe("23001");
    expect(updated.message).toContain("measure_responses keeps history: UPDATE is not allowed");
    const deleted = await expectPgError(db.delete(measureResponses).where(eq(measureResponses.id, row.id)));
    expect(deleted.code).toBe("23001");
    expect(deleted.message).toContain("measure_responses keeps history: DELETE is not allowed");
    const truncated = await expectPgError(db.execute(sql`truncate measure_responses cascade`));
    expect(truncated.message).toContain("keeps history: TRUNCATE is not allowed");
    const [kept] = await db.select().from(measureResponses).where(eq(measureResponses.id, row.id));
    expect(kept).toMatchObject({ total: 10, bandKey: "moderate" });
  });

  it("are corrected once: a second correction of the same response is refused", async () => {
    const original = await response();
    const at = { clientId: original.clientId, enrollmentId: original.enrollmentId };
    await db.insert(measureResponses).values(phq9(at, { supersedesId: original.id, correctionReason: "Item 3 misread from paper", total: 11 }));
    const twice = await expectPgError(
      db.insert(measureResponses).values(phq9(at, { supersedesId: original.id, correctionReason: "Corrected again", total: 12 })),
    );
    expect(twice.code).toBe("23505");
    expect(twice.constraint).toBe("measure_responses_superseded_once");
  });

  it("need a correction reason exactly when they supersede another", async () => {
    const original = await response();
    const at = { clientId: original.clientId, enrollmentId: original.enrollmentId };
    const noReason = await expectPgError(db.insert(measureResponses).values(phq9(at, { supersedesId: original.id })));
    expect(noReason.code).toBe("23514");
    expect(noReason.constraint).toBe("measure_responses_correction_has_reason");
    const blankReason = await expectPgError(db.insert(measureResponses).values(phq9(at, { supersedesId: original.id, correctionReason: "  " })));
    expect(blankReason.constraint).toBe("measure_responses_correction_reason_given");
    const reasonWithoutCorrection = await expectPgError(db.insert(measureResponses).values(phq9(at, { correctionReason: "Nothing to correct" })));
    expect(reasonWithoutCorrection.constraint).toBe("measure_responses_correction_has_reason");
  });

  it("can't correct another client's response", async () => {
    const original = await response();
    const other = await enrolledClient();
    const error = await expectPgError(db.insert(measureResponses).values(phq9(other, { supersedesId: original.id, correctionReason: "Wrong client" })));
    expect(error.code).toBe("23503");
    expect(error.constraint).toBe("measure_responses_supersedes_same_enrollment");
  });

  it("can't name another client's enrollment", async () => {
    const mine = await enrolledClient();
    const theirs = await enrolledClient();
    const error = await expectPgError(db.insert(measureResponses).values(phq9({ clientId: mine.clientId, enrollmentId: theirs.enrollmentId })));
    expect(error.code).toBe("23503");
    expect(error.constraint).toBe("measure_responses_enrollment_of_client");
  });

  it("hold answers as a JSON object, and a total of at least 0", async () => {
    const at = await enrolledClient();
    for (const answers of [[2, 1, 0], 7, "phq9_9=1", null]) {
      const error = await expectPgError(db.insert(measureResponses).values(phq9(at, { answers: answers as never })));
      expect(error.code, JSON.stringify(answers)).toBe(answers === null ? "23502" : "23514");
      if (answers !== null) expect(error.constraint).toBe("measure_responses_answers_object");
    }
    const negative = await expectPgError(db.insert(measureResponses).values(phq9(at, { total: -1 })));
    expect(negative.constraint).toBe("measure_responses_total_non_negative");
  });
});

describe("check-in drafts", () => {
  it("hold one draft per check-in, and partial answers as an object", async () => {
    const at = await enrolledClient();
    const draft = { ...at, instrument: "gad7" as const, occasion: "intake" as const, dueOn: "2026-01-05" };
    await db.insert(measureCheckInDrafts).values({ ...draft, answers: { gad7_1: 2 } });
    const twice = await expectPgError(db.insert(measureCheckInDrafts).values(draft));
    expect(twice.constraint).toBe("measure_check_in_drafts_one_per_check_in");
    const notObject = await expectPgError(db.insert(measureCheckInDrafts).values({ ...draft, dueOn: "2026-01-12", answers: [1] as never }));
    expect(notObject.constraint).toBe("measure_check_in_drafts_answers_object");
  });
});

describe("safety alerts", () => {
  it("can't be deleted or updated", async () => {
    const row = await alert();
    const deleted = await expectPgError(db.delete(safetyAlerts).where(eq(safetyAlerts.id, row.id)));
    expect(deleted.code).toBe("23001");
    expect(deleted.message).toContain("safety_alerts keeps history: DELETE is not allowed");
    const updated = await expectPgError(
      db.update(safetyAlerts).set({ acknowledgeBy: new Date(row.acknowledgeBy.getTime() + 86_400_000) }).where(eq(safetyAlerts.id, row.id)),
    );
    expect(updated.code).toBe("23001");
    expect(updated.message).toContain("safety_alerts keeps history: UPDATE is not allowed");
    const [kept] = await db.select().from(safetyAlerts).where(eq(safetyAlerts.id, row.id));
    expect(kept!.acknowledgeBy.getTime()).toBe(row.acknowledgeBy.getTime());
  });

  it("open once per response, reason and detail, a missing detail included", async () => {
    const row = await alert();
    const again = { clientId: row.clientId, enrollmentId: row.enrollmentId, responseId: row.responseId, reason: row.reason, detail: row.detail };
    const twice = await expectPgError(db.insert(safetyAlerts).values({ ...again, acknowledgeBy: new Date(Date.now() + 3_600_000) }));
    expect(twice.code).toBe("23505");
    expect(twice.constraint).toBe("safety_alerts_once_per_response");

    const band = { ...again, reason: "urgent_band" as const, detail: null, acknowledgeBy: new Date(Date.now() + 3_600_000) };
    await db.insert(safetyAlerts).values(band);
    const bandTwice = await expectPgError(db.insert(safetyAlerts).values(band));
    expect(bandTwice.constraint).toBe("safety_alerts_once_per_response");
  });

  it("name their response's client and enrollment, and a deadline after opening", async () => {
    const answered = await response();
    const other = await enrolledClient();
    const elsewhere = await expectPgError(
      db.insert(safetyAlerts).values({ ...other, responseId: answered.id, reason: "safety_item", detail: "phq9_9", acknowledgeBy: new Date(Date.now() + 3_600_000) }),
    );
    expect(elsewhere.constraint).toBe("safety_alerts_response_of_client");
    const openedAt = new Date();
    const late = await expectPgError(
      db.insert(safetyAlerts).values({
        clientId: answered.clientId,
        enrollmentId: answered.enrollmentId,
        responseId: answered.id,
        reason: "safety_item",
        detail: "phq9_9",
        openedAt,
        acknowledgeBy: openedAt,
      }),
    );
    expect(late.constraint).toBe("safety_alerts_deadline_after_opening");
  });
});

describe("safety alert events", () => {
  it("escalate an alert once: a second 'escalated' (a second job run) is refused", async () => {
    const row = await alert();
    await db.insert(safetyAlertEvents).values({ alertId: row.id, kind: "escalated" });
    const twice = await expectPgError(db.insert(safetyAlertEvents).values({ alertId: row.id, kind: "escalated" }));
    expect(twice.code).toBe("23505");
    expect(twice.constraint).toBe("safety_alert_events_once_per_alert");
    // The job's own statement: the conflict is no error, and nothing is added.
    const inserted = await db.insert(safetyAlertEvents).values({ alertId: row.id, kind: "escalated" }).onConflictDoNothing().returning();
    expect(inserted).toEqual([]);
    const opened = await expectPgError(db.insert(safetyAlertEvents).values({ alertId: row.id, kind: "opened" }));
    expect(opened.constraint).toBe("safety_alert_events_once_per_alert");
    // Notifications and follow-ups may repeat.
    await db.insert(safetyAlertEvents).values([
      { alertId: row.id, kind: "notified" },
      { alertId: row.id, kind: "notified" },
    ]);
    const kinds = await db.select({ kind: safetyAlertEvents.kind }).from(safetyAlertEvents).where(eq(safetyAlertEvents.alertId, row.id)).orderBy(safetyAlertEvents.id);
    expect(kinds.map((event) => event.kind)).toEqual(["opened", "escalated", "notified", "notified"]);
  });

  it("resolve only with a note, and once", async () => {
    const row = await alert();
    for (const note of [undefined, "", "   "]) {
      const error = await expectPgError(db.insert(safetyAlertEvents).values({ alertId: row.id, kind: "resolved", byUserId: staffUserId, note }));
      expect(error.code).toBe("23514");
      expect(error.constraint).toBe("safety_alert_events_resolved_has_note");
    }
    await db.insert(safetyAlertEvents).values({ alertId: row.id, kind: "resolved", byUserId: staffUserId, note: "Safety plan reviewed by phone" });
    const again = await expectPgError(
      db.insert(safetyAlertEvents).values({ alertId: row.id, kind: "resolved", byUserId: staffUserId, note: "Resolved again" }),
    );
    expect(again.constraint).toBe("safety_alert_events_once_per_alert");
  });

  it("acknowledge and follow up only with what staff did, and who did it", async () => {
    const row = await alert();
    for (const kind of ["acknowledged", "follow_up"] as const) {
      const error = await expectPgError(db.insert(safetyAlertEvents).values({ alertId: row.id, kind, byUserId: staffUserId }));
      expect(error.code).toBe("23514");
      expect(error.constraint).toBe("safety_alert_events_action_recorded");
      const nobody = await expectPgError(db.insert(safetyAlertEvents).values({ alertId: row.id, kind, action: "contacted_client" }));
      expect(nobody.constraint).toBe("safety_alert_events_staff_step_has_person");
    }
    await db.insert(safetyAlertEvents).values({ alertId: row.id, kind: "acknowledged", action: "contacted_client", byUserId: staffUserId });
  });

  it("can't be updated or deleted", async () => {
    const row = await alert();
    const updated = await expectPgError(db.update(safetyAlertEvents).set({ kind: "resolved", note: "Rewritten" }).where(eq(safetyAlertEvents.alertId, row.id)));
    expect(updated.code).toBe("23001");
    expect(updated.message).toContain("safety_alert_events keeps history: UPDATE is not allowed");
    const deleted = await expectPgError(db.delete(safetyAlertEvents).where(eq(safetyAlertEvents.alertId, row.id)));
    expect(deleted.message).toContain("safety_alert_events keeps history: DELETE is not allowed");
  });
});

describe("as the app", () => {
  it("records a check-in, its alert and the alert's steps, and saves and removes a draft", async () => {
    const at = await enrolledClient();
    const app = testDb.db;
    const draft = { ...at, instrument: "phq9" as const, occasion: "scheduled" as const, dueOn: "2026-01-12" };
    await app.insert(measureCheckInDrafts).values({ ...draft, answers: { phq9_1: 1 } });
    await app.update(measureCheckInDrafts).set({ answers: { phq9_1: 1, phq9_2: 2 }, updatedAt: new Date() }).where(eq(measureCheckInDrafts.clientId, at.clientId));
    await app.delete(measureCheckInDrafts).where(eq(measureCheckInDrafts.clientId, at.clientId));
    expect(await app.select().from(measureCheckInDrafts).where(eq(measureCheckInDrafts.clientId, at.clientId))).toEqual([]);

    const [answered] = await app.insert(measureResponses).values(phq9(at)).returning();
    const [opened] = await app
      .insert(safetyAlerts)
      .values({ ...at, responseId: answered!.id, reason: "safety_item", detail: "phq9_9", acknowledgeBy: new Date(Date.now() + 3_600_000) })
      .returning();
    const events = await app
      .insert(safetyAlertEvents)
      .values([
        { alertId: opened!.id, kind: "opened" },
        { alertId: opened!.id, kind: "notified" },
      ])
      .returning();
    expect(events[1]!.id).toBeGreaterThan(events[0]!.id);
    // Without UPDATE or DELETE, the app is stopped before the trigger is even asked.
    expect((await expectPgError(app.delete(safetyAlerts).where(eq(safetyAlerts.id, opened!.id)))).code).toBe("42501");
    expect((await expectPgError(app.update(measureResponses).set({ total: 0 }).where(eq(measureResponses.id, answered!.id)))).code).toBe("42501");
  });
});

describe("the board's queries", () => {
  it("reads the latest current response per client from the indexes, not by scanning the table", async () => {
    const plan = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const clientIds = [randomUUID(), randomUUID()];
      const result = await tx.execute<{ "QUERY PLAN": string }>(sql`
        explain select distinct on (r.client_id, r.instrument) r.id, r.total
        from measure_responses r
        where r.client_id = any(${sql.raw(`array['${clientIds.join("','")}']::uuid[]`)})
          and not exists (select 1 from measure_responses c where c.supersedes_id = r.id)
        order by r.client_id, r.instrument, r.due_on desc, r.submitted_at desc`);
      return result.map((row) => row["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("measure_responses_client_instrument_due");
    expect(plan).toContain("measure_responses_superseded_once");
    expect(plan).not.toContain("Seq Scan");
  });
});
