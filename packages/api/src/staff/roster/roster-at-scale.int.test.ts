import { hashPassword } from "@stepwise/auth/password";
import { seedScaleCenter } from "@stepwise/db/seed";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { auditEvents } from "@stepwise/db/schema";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffCaller } from "..";
import { countingDatabase } from "../../test-support/counting-database";
import { fixturePassword, fixtures } from "../../test-support/fixtures";

/**
 * The board sums a whole center's weeks in SQL; a client's record sums one client's in the
 * domain. On a center in four time zones with holds, step-downs and absences, the two agree.
 */

let testDb: TestDatabase;
let clinicianEmail: string;
const now = new Date();

beforeAll(async () => {
  testDb = await createTestDatabase();
  const seeded = await seedScaleCenter(testDb.owner.db, { clients: 300, inCare: 130, weeksOfHistory: 5 }, { passwordHash: await hashPassword(fixturePassword), today: now });
  clinicianEmail = seeded.accounts.clinician;
}, 120_000);

afterAll(async () => {
  await testDb?.drop();
});

async function staffApi(db = testDb.db) {
  const caller = await fixtures(testDb.db).callerFor(clinicianEmail, "staff");
  return createStaffCaller({ db, caller });
}

describe("the compliance board at a center's size", () => {
  it("gives every client in care the weeks, standing and flags their own record gives them", async () => {
    const api = await staffApi();
    const first = await api.roster.list();
    const second = await api.roster.list({ page: 2 });
    expect({ total: first.total, pageCount: first.pageCount, onPages: [first.rows.length, second.rows.length] }).toEqual({
      total: 130,
      pageCount: 2,
      onPages: [100, 30],
    });
    const board = [...first.rows, ...second.rows];
    expect(new Set(board.map((row) => row.clientId)).size).toBe(130);
    // Some clients are short of their band and some are flagged, or the comparison proves little.
    expect(board.some((row) => row.lastWeek.standing !== "within_band")).toBe(true);
    expect(board.some((row) => row.flags.length > 0)).toBe(true);
    // The record reads the attendance flags the board does; the board adds the measures' flags
    // (open alerts, check-ins left unanswered), which the record shows on its measures page.
    const attendanceFlags = (flags: readonly { kind: string }[]) => flags.filter((flag) => !["safety_alert_open", "check_in_overdue"].includes(flag.kind));
    for (const row of board) {
      const { compliance } = await api.clients.detail({ clientId: row.clientId });
      expect({ client: row.name, thisWeek: row.thisWeek, lastWeek: row.lastWeek, flags: attendanceFlags(row.flags) }).toEqual({
        client: row.name,
        thisWeek: compliance?.thisWeek,
        lastWeek: compliance?.lastWeek,
        flags: compliance?.flags,
      });
    }
  }, 120_000);

  it("names in the audit the clients of the page shown, and only them", async () => {
    const api = await staffApi();
    const second = await api.roster.list({ page: 2 });
    const [row] = await testDb.db
      .select({ clients: auditEvents.subjectClientIds })
      .from(auditEvents)
      .where(eq(auditEvents.action, "roster.list"))
      .orderBy(desc(auditEvents.at))
      .limit(1);
    expect(new Set(row?.clients)).toEqual(new Set(second.rows.map((shown) => shown.clientId)));
  });

  it("reads the whole board and one program's in the same number of statements", async () => {
    const counting = countingDatabase(testDb.url);
    try {
      const api = await staffApi(counting.db);
      const [program] = (await api.roster.list()).rows.map((row) => row.program.id);
      const whole = await counting.count(() => api.roster.list());
      const one = await counting.count(() => api.roster.list({ programId: program }));
      expect(whole).toBe(one);
      expect(whole).toBeLessThanOrEqual(13);
    } finally {
      await counting.close();
    }
  });
});
