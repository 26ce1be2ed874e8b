import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { clientMessageOf, failure } from "./errors";

describe("clientMessageOf", () => {
  it("passes an outcome's own words, and only those", () => {
    expect(clientMessageOf(failure({ kind: "conflict", message: "You're already signed up for this session." }))).toBe(
      "You're already signed up for this session.",
    );
    // The same code from anywhere else (a driver, the framework) speaks in the code's plain words.
    expect(clientMessageOf(new TRPCError({ code: "CONFLICT", message: 'duplicate key value violates unique constraint "users_email_unique"' }))).toBe(
      "Something went wrong on our side. Please try again.",
    );
    expect(clientMessageOf(new TRPCError({ code: "UNSUPPORTED_MEDIA_TYPE", message: 'Unsupported content-type "text/plain' }))).toBe(
      "This address only accepts requests sent as JSON.",
    );
    expect(clientMessageOf(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new Error("Failed query: select … params: Ada") }))).toBe(
      "Something went wrong on our side. Please try again.",
    );
  });
});
