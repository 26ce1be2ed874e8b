import type { SessionUser } from "@stepwise/auth";
import { auditEvents, familyMembers, outboxMessages, programs, programSessions } from "@stepwise/db/schema";
import { createTestDatabase, ownerOf, type TestDatabase } from "@stepwise/db/testing";
import { addDays } from "@stepwise/domain";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { type SQL, and, count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portalRouter } from "../portal/router";
import { staffRouter } from "../staff/router";
import { familyFixtures } from "../test-support/family-fixtures";
import { fixtures } from "../test-support/fixtures";

/**
 * Input Postgres cannot store, sent over HTTP as the apps' endpoints answer it: a NUL in a name or
 * a search, or a date in the year 9999, would reach the database and end in a 500. Each is
 * refused by its input schema, field by field, before anything is written.
 */

let testDb: TestDatabase;
let setup: Awaited<ReturnType<typeof arrange>>;

async function arrange(db: TestDatabase["db"]) {
  const f = fixtures(db);
  const family = familyFixtures(db);
  const director = await f.staff("program_director");
  const clinician = await f.staff("clinician");
  const iop = await f.iopProgram();
  const alex = await family.clientInTreatment(iop, clinician, "Alex");
  return { family, iop, clinician, alex, director: await director.caller(), clinicianCaller: await clinician.caller() };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  setup = await arrange(testDb.db);
});
afterAll(() => testDb.drop());

interface Answer {
  status: number;
  body: string;
  error: { json: { message: string; data: { code: string; fieldErrors: Record<string, string[]> | null } } };
}

/** One call to an app's /api/trpc endpoint, as the browser sends it: a query by GET, a mutation by POST. */
async function call(
  router: typeof portalRouter | typeof staffRouter,
  caller: SessionUser,
  path: string,
  type: "query" | "mutation",
  input: unknown,
): Promise<Answer> {
  const encoded = JSON.stringify(superjson.serialize(input));
  const req =
    type === "query"
      ? new Request(`http://localhost/api/trpc/${path}?input=${encodeURIComponent(encoded)}`)
      : new Request(`http://localhost/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: encoded });
  const response = await fetchRequestHandler({ endpoint: "/api/trpc", req, router, createContext: () => ({ db: testDb.db, caller }) });
  const body = await response.text();
  return { status: response.status, body, error: (JSON.parse(body) as Pick<Answer, "error">).error };
}

/** A refusal of the input: 400, the form's lead, and the field's own message. */
function expectRefusedField(answer: Answer, field: string, message: string) {
  expect(answer.status).toBe(400);
  expect(answer.error.json.data.code).toBe("BAD_REQUEST");
  expect(answer.error.json.message).toBe("Please check the highlighted fields.");
  expect(answer.error.json.data.fieldErrors).toEqual({ [field]: [message] });
  expect(answer.body).not.toMatch(/invalid byte sequence|time zone displacement|insert into|select /i);
}

const unusual = "Please remove the unusual characters from this field.";

/** How many rows of the table match, read as the tables' owner (the app may not read the outbox or the audit). */
async function rowsIn(table: PgTable, where?: SQL) {
  const [row] = await ownerOf(testDb.db).select({ value: count() }).from(table).where(where);
  return row?.value ?? 0;
}

describe("a NUL in a text input is refused, not sent to Postgres", () => {
  it("family.invite with a NUL in the name adds no family member and sends no mail", async () => {
    const email = setup.family.email("morgan");
    const answer = await call(portalRouter, setup.alex.caller, "family.invite", "mutation", {
      name: "Morgan\u0000Rivera",
      relationship: "parent",
      email,
    });
    expectRefusedField(answer, "name", unusual);
    expect(await rowsIn(familyMembers, eq(familyMembers.clientId, setup.alex.client.id))).toBe(0);
    expect(await rowsIn(outboxMessages, eq(outboxMessages.toEmail, email))).toBe(0);
  });

  it("programs.create with a NUL in the name adds no program", async () => {
    const before = await rowsIn(programs);
    const answer = await call(staffRouter, setup.director, "programs.create", "mutation", {
      name: "Evening\u0000IOP",
      level: "iop",
      track: "trauma",
      timeZone: "America/New_York",
      weeklyMinutes: { min: 540, max: 900 },
      expectedLengthWeeks: 10,
      sessionKinds: ["process_group"],
    });
    expectRefusedField(answer, "name", unusual);
    expect(await rowsIn(programs)).toBe(before);
  });

  it("clients.list with a NUL in the search leaves no audit row of a search", async () => {
    const answer = await call(staffRouter, setup.clinicianCaller, "clients.list", "query", { query: "Fix\u0000ture" });
    expectRefusedField(answer, "query", unusual);
    const searches = and(eq(auditEvents.actorUserId, setup.clinicianCaller.userId), eq(auditEvents.action, "clients.list"));
    expect(await rowsIn(auditEvents, searches)).toBe(0);
    // The same search without the NUL is answered (and audited), so the refusal above is the NUL's.
    const plain = await call(staffRouter, setup.clinicianCaller, "clients.list", "query", { query: "Fixture" });
    expect(plain.status).toBe(200);
    expect(await rowsIn(auditEvents, searches)).toBe(1);
  });
});

describe("a far date is refused, not sent to Postgres", () => {
  const familySession = (date: string) => ({
    programId: setup.iop.program.id,
    format: "multi_family",
    title: `Multi-family group on ${date}`,
    date,
    startTime: "17:00",
    endTime: "21:00",
    capacity: 8,
    facilitatorStaffId: setup.clinician.member.id,
    location: "Family room",
  });
  const sessionsTitled = (title: string) => rowsIn(programSessions, eq(programSessions.title, title));

  it("familySessions.create on 9999-12-31 (an evening that ends in the year 10000 in UTC) schedules nothing", async () => {
    const answer = await call(staffRouter, setup.director, "familySessions.create", "mutation", familySession("9999-12-31"));
    expectRefusedField(answer, "date", "Choose a date between 1900 and 2100.");
    expect(await sessionsTitled("Multi-family group on 9999-12-31")).toBe(0);
  });

  it("familySessions.create on a near date is scheduled, so the refusal above is the date's", async () => {
    const date = addDays(setup.family.today, 7);
    const answer = await call(staffRouter, setup.director, "familySessions.create", "mutation", familySession(date));
    expect(answer.status).toBe(200);
    expect(await sessionsTitled(`Multi-family group on ${date}`)).toBe(1);
  });
});
