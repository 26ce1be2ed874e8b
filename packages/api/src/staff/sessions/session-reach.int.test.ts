import type { SessionUser } from "@stepwise/auth";
import { auditEvents, programSessions } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, instantToZonedDate, zonedWallClockToInstant } from "@stepwise/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, fixtureTimeZone } from "../../test-support/fixtures";
import { createStaffCaller } from "../index";

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const director = await f.staff("program_director");
  const administrator = await f.staff("administrator");
  const setting = await f.iopProgram();
  const client = await f.enrolledClient(setting, director, { startsOn: "2026-01-05", firstName: "Alex" });
  return { setting, client, callers: { director: await director.caller(), administrator: await administrator.caller() } };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

const api = (caller: SessionUser) => createStaffCaller({ db: testDb.db, caller });

/** A family session five days ahead, 18:00–19:30 in the program's zone; `signUpCutoffMinutes` makes it one that takes sign-ups. */
async function familySession(options: { clientId?: string; signUpCutoffMinutes?: number }) {
  const on = addDays(instantToZonedDate(new Date(), fixtureTimeZone), 5);
  const [session] = await testDb.db
    .insert(programSessions)
    .values({
      programId: setup.setting.program.id,
      clientId: options.clientId ?? null,
      kind: "family",
      title: "Multi-family group",
      startsAt: zonedWallClockToInstant(on, "18:00", fixtureTimeZone),
      endsAt: zonedWallClockToInstant(on, "19:30", fixtureTimeZone),
      location: "Family room",
      capacity: options.signUpCutoffMinutes === undefined ? null : 8,
      signUpCutoffMinutes: options.signUpCutoffMinutes ?? null,
    })
    .returning();
  return session!;
}

const edit = { startTime: "17:00", endTime: "18:30", facilitatorStaffId: null, location: "Room 9", videoUrl: null };

describe("generic session procedures and family sessions that take sign-ups", () => {
  it("answer not found to everyone holding program.write, change nothing, and audit each attempt as denied", async () => {
    const group = await familySession({ signUpCutoffMinutes: 120 });
    const oneFamily = await familySession({ clientId: setup.client.client.id, signUpCutoffMinutes: 60 });
    for (const caller of [setup.callers.director, setup.callers.administrator]) {
      for (const session of [group, oneFamily]) {
        const staff = api(caller);
        await expect(staff.sessions.detail({ sessionId: session.id })).rejects.toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that." });
        await expect(staff.sessions.update({ sessionId: session.id, ...edit })).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(staff.sessions.cancel({ sessionId: session.id, reason: "Room double-booked" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
      for (const action of ["sessions.detail", "sessions.update", "sessions.cancel"]) {
        const denied = await testDb.db
          .select({ resourceId: auditEvents.resourceId, subject: auditEvents.subjectClientIds })
          .from(auditEvents)
          .where(and(eq(auditEvents.actorUserId, caller.userId), eq(auditEvents.action, action), eq(auditEvents.outcome, "denied")));
        expect(denied).toEqual(
          expect.arrayContaining([
            { resourceId: group.id, subject: [] },
            { resourceId: oneFamily.id, subject: [setup.client.client.id] },
          ]),
        );
      }
    }
    const rows = await testDb.db.select().from(programSessions).where(eq(programSessions.kind, "family"));
    expect(rows.find((row) => row.id === group.id)).toEqual(group);
    expect(rows.find((row) => row.id === oneFamily.id)).toEqual(oneFamily);
  });

  it("still reach a family-kind session without sign-ups, such as one a weekly template made", async () => {
    const templated = await familySession({});
    const director = api(setup.callers.director);
    await expect(director.sessions.detail({ sessionId: templated.id })).resolves.toMatchObject({ id: templated.id, kind: "family" });
    await director.sessions.update({ sessionId: templated.id, ...edit });
    const [row] = await testDb.db.select().from(programSessions).where(eq(programSessions.id, templated.id));
    expect(row).toMatchObject({ location: "Room 9" });
    expect(row!.editedAt).not.toBeNull();
  });
});
