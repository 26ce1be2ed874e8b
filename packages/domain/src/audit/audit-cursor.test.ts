import { describe, expect, it } from "vitest";
import { auditCursorParamSchema, auditCursorSchema } from "./audit-cursor";

describe("the audit's paging cursor", () => {
  it("reads a row id from the URL", () => {
    expect(auditCursorParamSchema.parse("120")).toBe(120);
    expect(auditCursorParamSchema.parse(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("reads anything else as no cursor (the newest page), never as an error", () => {
    for (const value of [undefined, "", "0", "012", "-3", "+3", "1.5", "1e3", " 12", "twelve", ["1", "2"], "9999999999999999", "12345678901234567"]) {
      expect(auditCursorParamSchema.parse(value), JSON.stringify(value)).toBeUndefined();
    }
  });

  it("is what the API's inputs accept, so a cursor read from a URL is never refused there", () => {
    expect(auditCursorSchema.safeParse(Number.MAX_SAFE_INTEGER + 1).success).toBe(false);
    expect(auditCursorSchema.safeParse(0).success).toBe(false);
    expect(auditCursorSchema.safeParse(1).success).toBe(true);
  });
});
