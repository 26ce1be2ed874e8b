import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clientSearchInputSchema,
  dateOfBirthQuery,
  clientStandingOf,
  clientStandings,
  parseNameQuery,
} from "./client-search";
import { enrollmentStandingOf, isAlumnus } from "../enrollment/enrollment-standing";
import { enrollmentStatuses } from "../enrollment/enrollment-status";

describe("client search input", () => {
  it("accepts no filter, a name, a standing, or both", () => {
    expect(clientSearchInputSchema.parse({})).toEqual({});
    expect(clientSearchInputSchema.parse({ query: "  Reyes ", status: "alumni" })).toEqual({ query: "Reyes", status: "alumni" });
  });

  it("refuses an empty, blank, comma-only or over-long name, and an unknown standing", () => {
    for (const query of ["", "   ", " , ", "x".repeat(101)]) {
      expect(clientSearchInputSchema.safeParse({ query }).success).toBe(false);
    }
    expect(clientSearchInputSchema.safeParse({ query: "x".repeat(100) }).success).toBe(true);
    expect(clientSearchInputSchema.safeParse({ status: "discharged" }).success).toBe(false);
  });
});

describe("parseNameQuery", () => {
  it("reads 'Last, First' as a last name and a first or preferred name", () => {
    expect(parseNameQuery("Reyes, Jo")).toEqual({ kind: "last_first", last: "Reyes", first: "Jo" });
    expect(parseNameQuery("  de la Cruz ,  Ana Maria ")).toEqual({ kind: "last_first", last: "de la Cruz", first: "Ana Maria" });
  });

  it("reads anything else as words that must each appear in a name", () => {
    expect(parseNameQuery("Jo  Reyes")).toEqual({ kind: "words", words: ["Jo", "Reyes"] });
    expect(parseNameQuery("Reyes,")).toEqual({ kind: "words", words: ["Reyes"] });
    expect(parseNameQuery(", Jo")).toEqual({ kind: "words", words: ["Jo"] });
    expect(parseNameQuery("50%_off")).toEqual({ kind: "words", words: ["50%_off"] });
  });

  it("property: words never contain spaces or commas, and none is empty", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (query) => {
        const parsed = parseNameQuery(query);
        if (parsed.kind === "words") {
          for (const word of parsed.words) expect(word).toMatch(/^[^\s,]+$/);
        } else {
          expect(parsed.last).not.toBe("");
          expect(parsed.first).not.toBe("");
        }
      }),
    );
  });
});

describe("client standing", () => {
  it("is the open enrollment's status, alumni after a discharge, a closed referral, or no enrollment", () => {
    expect(clientStandingOf({ status: "intake_scheduled", started: false })).toBe("intake_scheduled");
    expect(clientStandingOf({ status: "on_hold", started: true })).toBe("on_hold");
    expect(clientStandingOf({ status: "discharged", started: true })).toBe("alumni");
    expect(clientStandingOf({ status: "discharged", started: false })).toBe("referral_closed");
    expect(clientStandingOf(null)).toBe("no_enrollment");
    for (const status of enrollmentStatuses) {
      for (const started of [true, false]) expect(clientStandings).toContain(clientStandingOf({ status, started }));
    }
  });

  it("calls a discharged client an alumnus exactly when isAlumnus does", () => {
    for (const started of [true, false]) {
      const latest = { status: "discharged" as const, dischargeReason: "administrative" as const, started };
      expect(clientStandingOf(latest) === "alumni").toBe(isAlumnus([latest]));
    }
  });
});

describe("enrollment standing", () => {
  it("is the status, except a discharge that never started, which is a closed referral", () => {
    for (const status of enrollmentStatuses) {
      expect(enrollmentStandingOf({ status, started: true })).toBe(status);
      expect(enrollmentStandingOf({ status, started: false })).toBe(status === "discharged" ? "referral_closed" : status);
    }
  });
});

describe("dateOfBirthQuery", () => {
  it("reads a date of birth as a date field sends it or as staff type it, month first", () => {
    expect(dateOfBirthQuery("1990-04-12")).toBe("1990-04-12");
    expect(dateOfBirthQuery(" 4/12/1990 ")).toBe("1990-04-12");
    expect(dateOfBirthQuery("04/02/1985")).toBe("1985-04-02");
  });

  it("leaves names and impossible dates to the name search", () => {
    expect(dateOfBirthQuery("Reyes")).toBeNull();
    expect(dateOfBirthQuery("2/30/1990")).toBeNull();
    expect(dateOfBirthQuery("1990-13-01")).toBeNull();
    expect(dateOfBirthQuery("12/4/90")).toBeNull();
  });
});

describe("clientSearchInputSchema caseload", () => {
  it("takes only 'mine'", () => {
    expect(clientSearchInputSchema.parse({ caseload: "mine" })).toEqual({ caseload: "mine" });
    expect(clientSearchInputSchema.safeParse({ caseload: "theirs" }).success).toBe(false);
  });
});
