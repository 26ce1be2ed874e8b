import { attendance } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, consentScopes } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyFixtures, inHours } from "../test-support/family-fixtures";
import { mondayInFixtureZone } from "../test-support/fixtures";

/**
 * What staff write about a session (the attendance note, where counseling content could land) is
 * theirs alone: nothing a client or a family member can call returns it (HIPAA 164.524(a)(1)(i)).
 */
const marker = "COUNSELING-NOTE-7f3a: talked about the relapse in detail";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

/** Every key anywhere in a value, so a `note` field can't hide in a nested object. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
  return [];
}

describe("staff notes never reach the portal", () => {
  it("are in no answer to the client or to a family member with every consent", async () => {
    const f = familyFixtures(testDb.db);
    const clinician = await f.staff("clinician", "Dana Reyes");
    const iop = await f.iopProgram();
    const alex = await f.clientInTreatment(iop, clinician, "Alex");
    const lastMonday = addDays(mondayInFixtureZone(new Date()), -7);
    const session = await f.groupSession(iop, lastMonday);
    await testDb.db.insert(attendance).values({ sessionId: session.id, clientId: alex.client.id, status: "present", minutesAttended: 180, note: marker });
    const family = await f.familyMemberOf(alex.client, { name: "Jordan Ellis" });
    await f.consent(alex.client, family.member, { scopes: [...consentScopes] });
    await f.familySession(iop, { startsAt: inHours(24 * 5), clientId: alex.client.id });
    const familyApi = await family.api();
    const clientId = alex.client.id;

    // The note is really stored, beside the attendance the portal does show.
    const [stored] = await testDb.db.select({ note: attendance.note }).from(attendance).where(eq(attendance.sessionId, session.id));
    expect(stored?.note).toBe(marker);

    const answers = {
      plan: await alex.api.plan.mine(),
      schedule: await alex.api.schedule.mine({ weekOf: lastMonday }),
      hours: await alex.api.hours.mine(),
      checkIns: await alex.api.checkIns.due(),
      checkInResults: await alex.api.checkIns.results(),
      family: await alex.api.family.members(),
      sharedClients: await familyApi.sharedWithMe.clients(),
      sharedSchedule: await familyApi.sharedWithMe.schedule({ clientId }),
      sharedAttendance: await familyApi.sharedWithMe.attendance({ clientId }),
      sharedPlan: await familyApi.sharedWithMe.plan({ clientId }),
      eligible: await familyApi.familySessions.eligible(),
      mine: await familyApi.familySessions.mine(),
    };
    // The answers did carry last week's attendance, so a leak would have had somewhere to show.
    expect(answers.hours.weeks.some((week) => week.minutes > 0)).toBe(true);
    expect(answers.sharedAttendance.weeks.some((week) => week.minutes > 0)).toBe(true);
    for (const [name, answer] of Object.entries(answers)) {
      expect(JSON.stringify(answer), name).not.toContain("COUNSELING-NOTE");
      expect(keysOf(answer).filter((key) => /note/i.test(key)), name).toEqual([]);
    }
  });
});
