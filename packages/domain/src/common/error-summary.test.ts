import { describe, expect, it } from "vitest";
import { errorLogSummary } from "./error-summary";

/** The shapes drizzle and postgres.js give a refused insert, with the values they quote. */
function refusedInsert() {
  const driver = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
    name: "PostgresError",
    code: "23505",
    constraint_name: "users_email_unique",
    table_name: "users",
    detail: "Key (email)=(ada.lovelace@example.test) already exists.",
    query: "insert into users (email, display_name) values ($1, $2)",
    parameters: ["ada.lovelace@example.test", "Ada Lovelace"],
  });
  return Object.assign(new Error("Failed query: insert into users (email, display_name) values ($1, $2)\nparams: ada.lovelace@example.test,Ada Lovelace", { cause: driver }), {
    name: "DrizzleQueryError",
    query: "insert into users (email, display_name) values ($1, $2)",
    params: ["ada.lovelace@example.test", "Ada Lovelace"],
  });
}

describe("errorLogSummary", () => {
  it("names each error down the cause chain with its code, constraint and table, and the procedure", () => {
    const summary = errorLogSummary(refusedInsert(), { path: "clients.create" });
    expect(summary).toMatch(/^path=clients\.create DrizzleQueryError <- PostgresError\(code=23505 constraint=users_email_unique table=users\) at /);
  });

  it("carries no message, detail, statement or parameter of any error in the chain", () => {
    const summary = errorLogSummary(refusedInsert());
    for (const value of ["Ada", "Lovelace", "ada.lovelace", "insert into", "duplicate key", "Failed query"]) expect(summary).not.toContain(value);
  });

  it("keeps a parse error's quoted input out, and a runtime error's message", () => {
    let parseError: unknown;
    try {
      JSON.parse('{"firstName": Ada Lovelace}');
    } catch (error) {
      parseError = error;
    }
    expect(errorLogSummary(parseError)).toMatch(/^SyntaxError at /);
    expect(errorLogSummary(parseError)).not.toContain("Ada");
    expect(errorLogSummary(new TypeError("Cannot read properties of undefined (reading 'Ada Lovelace')"))).not.toContain("Ada");
  });

  it("takes the place from a stack frame, not from message lines dressed as frames", () => {
    const error = new Error("no client\n    at Ada Lovelace");
    const summary = errorLogSummary(error);
    expect(summary).not.toContain("Ada");
    expect(summary).toMatch(/ at .*error-summary\.test\.ts:\d+:\d+\)?$/);
  });

  it("leaves out a code or a name that is not an identifier, and survives cycles and non-errors", () => {
    const odd = Object.assign(new Error("x"), { code: "Ada Lovelace", name: "Ada Lovelace" });
    expect(errorLogSummary(odd)).toMatch(/^Error at /);
    const cyclic = new Error("a") as Error & { cause?: unknown };
    cyclic.cause = cyclic;
    expect(errorLogSummary(cyclic)).toMatch(/^Error at /);
    expect(errorLogSummary("Ada Lovelace")).toBe("string");
    expect(errorLogSummary(undefined)).toBe("no error");
    expect(errorLogSummary(Object.assign(new Error("connect failed 10.0.0.1"), { code: "ECONNREFUSED" }))).toMatch(/^Error\(code=ECONNREFUSED\)/);
  });
});
