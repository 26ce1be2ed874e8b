import { describe, expect, it } from "vitest";
import { requestAddress } from "./request-address";

describe("requestAddress", () => {
  it.each([
    ["the first X-Forwarded-For hop", { "x-forwarded-for": "203.0.113.9, 10.0.0.1, 10.0.0.2" }, "203.0.113.9"],
    ["X-Forwarded-For over X-Real-IP", { "x-forwarded-for": "203.0.113.9", "x-real-ip": "10.0.0.1" }, "203.0.113.9"],
    ["X-Real-IP when there is no X-Forwarded-For", { "x-real-ip": " 198.51.100.4 " }, "198.51.100.4"],
    ["the first of repeated headers", { "x-forwarded-for": ["2001:db8::1, 10.0.0.1", "10.9.9.9"] }, "2001:db8::1"],
    ["'unknown' without either header", {}, "unknown"],
    ["'unknown' for an empty header", { "x-forwarded-for": " , " }, "unknown"],
  ])("takes %s", (_label, headers, expected) => {
    expect(requestAddress(headers)).toBe(expected);
  });

  it("copes with no headers at all", () => {
    expect(requestAddress(undefined)).toBe("unknown");
  });
});
