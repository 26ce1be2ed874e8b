import { describe, expect, it } from "vitest";
import { lastDayOfEnrollment } from "./enrollment-period";

describe("lastDayOfEnrollment", () => {
  it("is the day before the half-open end, across a month", () => {
    expect(lastDayOfEnrollment("2026-03-01")).toBe("2026-02-28");
  });
});
