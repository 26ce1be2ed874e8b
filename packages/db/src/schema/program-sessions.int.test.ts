import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client";
import { createTestDatabase, type TestDatabase } from "../testing";
import { insertClient, insertProgram } from "../testing/fixtures";
import { expectPgError } from "../testing/pg-error";
import { users } from "./people";
import { programs } from "./programs";
import { attendance, programSessions } from "./program-sessions";

let testDb: TestDatabase;
let db: Database;
let programId: string;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  programId = (await insertProgram(db)).id;
});
afterAll(() => testDb.drop());

async function insertSession(startsAt = new Date("2026-03-02T14:00:00Z"), endsAt = new Date("2026-03-02T17:00:00Z")) {
  const [session] = await db
    .insert(programSessions)
    .values({ programId, kind: "process_group", title: "Process group", startsAt, endsAt })
    .returning();
  if (!session) throw new Error("no session row returned");
  return session;
}

describe("attendance", () => {
  it("keeps one row per session and client", async () => {
    const session = await insertSession();
    const client = await insertClient(db);
    await db.insert(attendance).values({ sessionId: session.id, clientId: client.id, status: "present", minutesAttended: 180 });
    const error = await expectPgError(
      db.insert(attendance).values({ sessionId: session.id, clientId: client.id, status: "late", minutesAttended: 150 }),
    );
    expect(error.code).toBe("23505");
    expect(error.constraint).toBe("attendance_session_client");
  });

  it("rejects minutes for an absence", async () => {
    const session = await insertSession();
    const client = await insertClient(db);
    const error = await expectPgError(
      db.insert(attendance).values({ sessionId: session.id, clientId: client.id, status: "absent", minutesAttended: 30 }),
    );
    expect(error.code).toBe("23514");
    expect(error.constraint).toBe("attendance_minutes_match_status");
  });

  it("rejects negative minutes", async () => {
    const session = await insertSession();
    const client = await insertClient(db);
    const error = await expectPgError(
      db.insert(attendance).values({ sessionId: session.id, clientId: client.id, status: "late", minutesAttended: -5 }),
    );
    expect(error.constraint).toBe("attendance_minutes_non_negative");
  });
});

describe("check constraints elsewhere", () => {
  it("rejects a session that ends before it starts", async () => {
    const error = await expectPgError(insertSession(new Date("2026-03-02T17:00:00Z"), new Date("2026-03-02T14:00:00Z")));
    expect(error.constraint).toBe("program_sessions_time_ordered");
  });

  it("rejects a program whose weekly band is upside down", async () => {
    const error = await expectPgError(
      db.insert(programs).values({
        slug: "upside-down",
        name: "Upside down",
        level: "iop",
        track: "trauma",
        minWeeklyMinutes: 900,
        maxWeeklyMinutes: 540,
        expectedLengthWeeks: 6,
        sessionKinds: ["process_group", "skills_group", "psychoeducation", "individual"],
      }),
    );
    expect(error.constraint).toBe("programs_band_ordered");
  });

  it("rejects an e-mail address that is not lower case", async () => {
    const error = await expectPgError(
      db.insert(users).values({ email: "Someone@Example.test", passwordHash: "x", kind: "client", displayName: "Someone" }),
    );
    expect(error.constraint).toBe("users_email_lowercase");
  });
});
