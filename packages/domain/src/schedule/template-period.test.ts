import { describe, expect, it } from "vitest";
import { generationThroughRefusal, templateEndRefusal } from "./template-period";

describe("templateEndRefusal", () => {
  it("lets a template end on or after its first date only", () => {
    expect(templateEndRefusal({ startsOn: "2026-03-02", endsOn: null }, "2026-03-02", "2026-03-10")).toBeNull();
    expect(templateEndRefusal({ startsOn: "2026-03-02", endsOn: null }, "2026-03-01", "2026-03-10")).toMatch(/before its first date/);
  });
  it("refuses a template that has already ended, whatever the new date; one still running may move its end", () => {
    const ended = { startsOn: "2026-03-02", endsOn: "2026-03-09" };
    expect(templateEndRefusal(ended, "2026-06-01", "2026-03-10")).toBe(
      "This template has already ended on 2026-03-09; create a new one to run the group again.",
    );
    expect(templateEndRefusal(ended, "2026-03-05", "2026-03-10")).toMatch(/already ended/);
    expect(templateEndRefusal({ ...ended, endsOn: "2026-03-10" }, "2026-03-20", "2026-03-10")).toBeNull();
  });
});

describe("generationThroughRefusal", () => {
  const today = "2026-03-10";
  it("dates sessions from today to 26 weeks ahead", () => {
    expect(generationThroughRefusal({ endsOn: null }, "2026-09-08", today)).toBeNull();
    expect(generationThroughRefusal({ endsOn: null }, "2026-09-09", today)).toMatch(/26 weeks/);
    expect(generationThroughRefusal({ endsOn: null }, "2026-03-09", today)).toMatch(/from today/);
  });
  it("refuses a template that has already ended", () => {
    expect(generationThroughRefusal({ endsOn: "2026-03-09" }, "2026-04-01", today)).toMatch(/ended on 2026-03-09/);
    expect(generationThroughRefusal({ endsOn: "2026-03-10" }, "2026-04-01", today)).toBeNull();
  });
});
