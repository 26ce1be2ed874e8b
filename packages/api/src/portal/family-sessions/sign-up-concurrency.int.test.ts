import { createDatabase, type DatabaseHandle } from "@stepwise/db/client";
import { familySessionSignUps } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays } from "@stepwise/domain";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyFixtures, inHours } from "../../test-support/family-fixtures";
import { mondayInFixtureZone } from "../../test-support/fixtures";
import { createPortalCaller } from "../index";

/**
 * Many people signing up for one family session at the same moment, through a pool wide enough
 * that their transactions really run side by side. Seats must never overflow and the waitlist
 * must follow the order in which sign-ups were served.
 */

const people = 60;
const seats = 8;
const familiesPerClient = 10;

let testDb: TestDatabase;
let pool: DatabaseHandle;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const t = familyFixtures(db);
  const monday = mondayInFixtureZone(new Date());
  const clinician = await t.staff("clinician");
  const setting = await t.iopProgram();
  const session = await t.familySession(setting, { startsAt: inHours(24 * 6), capacity: seats });
  const clients = await Promise.all(
    Array.from({ length: people / familiesPerClient }, () => t.enrolledClient(setting, clinician, { startsOn: addDays(monday, -7) })),
  );
  // Sixty real family accounts, each consented by one of the clients.
  const linked = await Promise.all(
    Array.from({ length: people }, async (_, index) => {
      const client = clients[index % clients.length]!.client;
      const member = await t.familyMemberOf(client, { name: `Family ${index + 1}` });
      await t.consent(client, member.member, { scopes: ["family_sessions"] });
      return { clientId: client.id, member };
    }),
  );
  // Each signed in for real, one after another: sign-ins from one address at once would be throttled.
  const family = [];
  for (const { clientId, member } of linked) family.push({ clientId, userId: member.user.id, caller: await member.caller() });
  return { session, setting, clients, family, t };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
  pool = createDatabase(testDb.url, { max: 30, applicationName: "stepwise-test-sign-up-race" });
}, 120_000);
afterAll(async () => {
  await pool?.close();
  await testDb.drop();
});

describe("simultaneous sign-ups", () => {
  it(`seat exactly ${seats} of ${people} people and waitlist the rest in the order they were served`, async () => {
    const { session, family } = setup;
    const timings: { startedAt: number; endedAt: number }[] = [];
    const results = await Promise.all(
      family.map(async (person) => {
        const api = createPortalCaller({ db: pool.db, caller: person.caller });
        const startedAt = performance.now();
        const result = await api.familySessions.signUp({ sessionId: session.id, clientId: person.clientId });
        timings.push({ startedAt, endedAt: performance.now() });
        return { ...result, userId: person.userId };
      }),
    );

    // They overlapped: many started before the first one finished.
    const firstDone = Math.min(...timings.map((timing) => timing.endedAt));
    expect(timings.filter((timing) => timing.startedAt < firstDone).length).toBeGreaterThan(seats);

    const rows = await testDb.db
      .select()
      .from(familySessionSignUps)
      .where(eq(familySessionSignUps.sessionId, session.id))
      .orderBy(asc(familySessionSignUps.arrival));
    expect(rows).toHaveLength(people);
    const confirmed = rows.filter((row) => row.status === "confirmed");
    const waitlisted = rows.filter((row) => row.status === "waitlisted");
    expect(confirmed).toHaveLength(seats);
    expect(waitlisted).toHaveLength(people - seats);
    // The seats went to the first eight served: the eight lowest arrivals.
    expect(rows.slice(0, seats).every((row) => row.status === "confirmed")).toBe(true);

    // What each person was told matches what was stored, and the waitlist reads 1..52 in arrival order.
    const told = new Map(results.map((result) => [result.userId, result]));
    waitlisted.forEach((row, index) => {
      expect(told.get(row.userId)).toMatchObject({ signUpId: row.id, status: "waitlisted", waitlistPosition: index + 1 });
    });
    for (const row of confirmed) expect(told.get(row.userId)).toMatchObject({ signUpId: row.id, status: "confirmed", waitlistPosition: null });
    expect(results.flatMap((result) => result.waitlistPosition ?? []).sort((a, b) => a - b)).toEqual(
      Array.from({ length: people - seats }, (_, index) => index + 1),
    );

    // Every listing agrees.
    const listed = await createPortalCaller({ db: testDb.db, caller: family[0]!.caller }).familySessions.eligible();
    expect(listed.find((row) => row.sessionId === session.id)).toMatchObject({ seatsTaken: seats, waitlistLength: people - seats });
  }, 60_000);

  it("keep one person to one place however many times they press the button at once", async () => {
    const session = await setup.t.familySession(setup.setting, { startsAt: inHours(24 * 7), capacity: 2 });
    const person = setup.family[1]!;
    const api = createPortalCaller({ db: pool.db, caller: person.caller });
    const presses = await Promise.allSettled(
      Array.from({ length: 12 }, () => api.familySessions.signUp({ sessionId: session.id, clientId: person.clientId })),
    );
    const kept = presses.filter((press) => press.status === "fulfilled");
    expect(kept).toHaveLength(1);
    for (const press of presses) {
      if (press.status === "rejected") expect(press.reason).toMatchObject({ code: "CONFLICT", message: "You're already signed up for this session." });
    }
    const rows = await testDb.db.select().from(familySessionSignUps).where(eq(familySessionSignUps.sessionId, session.id));
    expect(rows.map((row) => [row.userId, row.status])).toEqual([[person.userId, "confirmed"]]);
  }, 30_000);
});
