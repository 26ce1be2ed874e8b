import { users } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { addDays, errorLogSummary } from "@stepwise/domain";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mondayInFixtureZone } from "../test-support/fixtures";
import { portalTestData } from "../test-support/portal-fixtures";
import { portalRouter, type Caller } from "../portal/index";
import { createContext } from "./context";

let testDb: TestDatabase;
let client: Caller;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const t = portalTestData(testDb.db);
  const clinician = await t.staff("clinician");
  const enrolled = await t.enrolledClient(await t.iopProgram(), clinician, { startsOn: addDays(mondayInFixtureZone(new Date()), -21) });
  client = await enrolled.caller();
});
afterAll(() => testDb.drop());

/** The portal router over HTTP as the app mounts it (its formatter included), signed in as the client. */
async function request(path: string, init: RequestInit = {}) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://127.0.0.1:3000/api/trpc/${path}`, init),
    router: portalRouter,
    createContext: () => createContext({ db: testDb.db, caller: client }),
  });
  const body = (await response.json()) as { error?: { json?: { message?: string; data?: { code?: string } } } };
  return { status: response.status, message: body.error?.json?.message ?? "", code: body.error?.json?.data?.code };
}

const postJson = (body: string): RequestInit => ({ method: "POST", headers: { "Content-Type": "application/json" }, body });

describe("what a client reads when a request fails", () => {
  // A procedure with input: tRPC reads the body only for one.
  it("malformed JSON: plain words, not the parser's message", async () => {
    const answer = await request("familySessions.signUp", postJson('{"json": {oops}}'));
    expect(answer).toMatchObject({ status: 400, message: "Something in the request isn't right." });
    expect(answer.message).not.toMatch(/JSON|position|property/i);
  });

  it("a deeply nested body: plain words, not the runtime's stack overflow", async () => {
    const deep = `{"json":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    const answer = await request("familySessions.signUp", postJson(deep));
    expect(answer).toMatchObject({ status: 400, message: "Something in the request isn't right." });
  });

  it("a mutation asked for with GET, or a path that names no procedure: plain words for the code", async () => {
    expect(await request("calendar.turnOff")).toMatchObject({ status: 405, message: "That kind of request isn't accepted here." });
    expect(await request("calendar.nothingHere")).toMatchObject({ status: 404, message: "We couldn't find that." });
  });

  it("our own refusals keep their words", async () => {
    // A client is not a family member: the family rung answers not found in its own words.
    expect(await request("sharedWithMe.clients")).toMatchObject({ status: 404, code: "NOT_FOUND", message: "We couldn't find that." });
    const invalid = await request("familySessions.signUp", postJson('{"json":{"sessionId":"not-a-uuid"}}'));
    expect(invalid).toMatchObject({ status: 400, message: "Please check the highlighted fields." });
  });
});

describe("errorLogSummary on a real database refusal", () => {
  it("names the SQLSTATE and the constraint, never the values of the row", async () => {
    const row = { email: "harriet.quimby@example.test", passwordHash: "not-a-hash", kind: "client" as const, displayName: "Harriet Quimby" };
    await testDb.db.insert(users).values(row);
    let refused: unknown;
    try {
      await testDb.db.insert(users).values(row);
    } catch (error) {
      refused = error;
    }
    // What the driver hands over does carry them (so the test could fail)…
    expect(JSON.stringify(refused, Object.getOwnPropertyNames(refused)) + String((refused as Error).cause?.toString())).toMatch(/Harriet|harriet/);
    // …and the summary does not.
    const summary = errorLogSummary(refused, { path: "clients.create" });
    expect(summary).toContain("code=23505");
    expect(summary).toContain("constraint=users_email_unique");
    expect(summary).toContain("path=clients.create");
    expect(summary).not.toMatch(/harriet|quimby|insert into|params/i);
  });
});
