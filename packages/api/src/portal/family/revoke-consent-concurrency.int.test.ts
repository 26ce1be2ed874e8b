import { familySessionSignUps } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays } from "@stepwise/domain";
import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyFixtures, inHours } from "../../test-support/family-fixtures";
import { createPortalCaller } from "../index";

/**
 * Revocations running side by side, each in its own transaction on its own connection. Whatever
 * order they commit in, the seats a person held under consents that all ended are given up.
 */

const rounds = 8;

let testDb: TestDatabase;
let t: ReturnType<typeof familyFixtures>;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange() {
  const clinician = await t.staff("clinician");
  const setting = await t.iopProgram();
  const alex = await t.enrolledClient(setting, clinician, { startsOn: addDays(t.today, -14), firstName: "Alex" });
  const alexApi = createPortalCaller({ db: testDb.db, caller: await alex.caller() });
  return { setting, alex, alexApi };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  t = familyFixtures(testDb.db);
  setup = await arrange();
}, 60_000);
afterAll(() => testDb.drop());

/** A person with two consents that both share family sessions, and a seat at one of Alex's family sessions. */
async function personWithASeat(round: number) {
  const linked = await t.familyMemberOf(setup.alex.client, { name: `Sam ${round}` });
  const first = await t.consent(setup.alex.client, linked.member, { scopes: ["family_sessions"] });
  const second = await t.consent(setup.alex.client, linked.member, { scopes: ["schedule", "family_sessions"] });
  const session = await t.familySession(setup.setting, { startsAt: inHours(48 + round), clientId: setup.alex.client.id, capacity: 4 });
  const api = await linked.api();
  await api.familySessions.signUp({ sessionId: session.id, clientId: setup.alex.client.id });
  return { linked, consents: [first, second], session, api };
}

const activeSignUps = (userId: string, sessionId: string) =>
  testDb.db
    .select()
    .from(familySessionSignUps)
    .where(and(eq(familySessionSignUps.userId, userId), eq(familySessionSignUps.sessionId, sessionId), ne(familySessionSignUps.status, "cancelled")));

describe("simultaneous revocations", () => {
  it(`give up the seat when the last consent sharing family sessions ends, whichever commits first (${rounds} rounds)`, async () => {
    for (let round = 0; round < rounds; round++) {
      const person = await personWithASeat(round);
      expect(await activeSignUps(person.linked.user.id, person.session.id)).toHaveLength(1);
      const results = await Promise.allSettled(person.consents.map((consent) => setup.alexApi.family.revokeConsent({ consentId: consent.id })));
      expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
      expect(await activeSignUps(person.linked.user.id, person.session.id)).toEqual([]);
      expect((await t.consentsOf(person.linked.member.id)).every((consent) => consent.revokedAt !== null)).toBe(true);
    }
  }, 60_000);

  it("and a sign-up at the same moment neither deadlocks nor keeps a seat once both have ended", async () => {
    for (let round = 0; round < rounds; round++) {
      const person = await personWithASeat(100 + round);
      const other = await t.familySession(setup.setting, { startsAt: inHours(300 + round), clientId: setup.alex.client.id, capacity: 4 });
      const [signUp, ...revocations] = await Promise.allSettled([
        person.api.familySessions.signUp({ sessionId: other.id, clientId: setup.alex.client.id }),
        ...person.consents.map((consent) => setup.alexApi.family.revokeConsent({ consentId: consent.id })),
      ]);
      expect(revocations.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
      // The sign-up either came first (and its seat was given up) or found no consent (and answered not found).
      if (signUp!.status === "rejected") expect(signUp!.reason).toMatchObject({ code: "NOT_FOUND" });
      expect(await activeSignUps(person.linked.user.id, other.id)).toEqual([]);
      expect(await activeSignUps(person.linked.user.id, person.session.id)).toEqual([]);
    }
  }, 60_000);
});
