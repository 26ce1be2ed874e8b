import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../time/calendar-date";
import { checkClientIntake, clientIntakeInputSchema, clientIntakeProblemField, describeClientIntakeProblem } from "./client-intake";

const valid = {
  firstName: " Jordan ",
  lastName: "Reyes",
  preferredName: "",
  dateOfBirth: "1991-04-12",
  email: "Jordan.Reyes@Example.com",
  programId: "0d3b7a4e-4f1c-4d7e-9a53-2f1e8b6c9d10",
  plannedStartOn: "2026-03-09",
};

describe("clientIntakeInputSchema", () => {
  it("trims names, lowercases the email and treats a blank preferred name as none", () => {
    const parsed = clientIntakeInputSchema.parse(valid);
    expect(parsed).toMatchObject({ firstName: "Jordan", email: "jordan.reyes@example.com", preferredName: undefined });
  });

  it("makes the email optional and refuses one that is not an address", () => {
    const { email: _email, ...withoutEmail } = valid;
    expect(clientIntakeInputSchema.safeParse(withoutEmail).success).toBe(true);
    expect(clientIntakeInputSchema.safeParse({ ...valid, email: "jordan at home" }).success).toBe(false);
  });

  it("needs both names and real dates", () => {
    expect(clientIntakeInputSchema.safeParse({ ...valid, lastName: "  " }).success).toBe(false);
    expect(clientIntakeInputSchema.safeParse({ ...valid, dateOfBirth: "1991-02-30" }).success).toBe(false);
    expect(clientIntakeInputSchema.safeParse({ ...valid, programId: "adult-iop" }).success).toBe(false);
  });
});

describe("checkClientIntake", () => {
  const today = "2026-03-02";

  it("accepts a plausible date of birth and a start after it", () => {
    expect(checkClientIntake({ dateOfBirth: "1991-04-12", plannedStartOn: "2026-03-09" }, today)).toEqual([]);
  });

  it("refuses a date of birth today or later, and one over 120 years ago, on the date-of-birth field", () => {
    const future = checkClientIntake({ dateOfBirth: today, plannedStartOn: "2026-03-09" }, today);
    expect(future.map((p) => p.kind)).toEqual(["date_of_birth_not_in_past"]);
    const ancient = checkClientIntake({ dateOfBirth: "1906-03-01", plannedStartOn: "2026-03-09" }, today);
    expect(ancient.map((p) => p.kind)).toEqual(["date_of_birth_implausibly_early"]);
    expect(clientIntakeProblemField(ancient[0]!)).toBe("dateOfBirth");
    expect(describeClientIntakeProblem(ancient[0]!)).toContain("more than 120 years ago");
    expect(checkClientIntake({ dateOfBirth: "1906-03-02", plannedStartOn: "2026-03-09" }, today)).toEqual([]);
  });

  it("never flags a date of birth between 120 years ago and yesterday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 * 365 }), (daysAgo) => {
        const problems = checkClientIntake({ dateOfBirth: addDays(today, -daysAgo), plannedStartOn: today }, today);
        expect(problems).toEqual([]);
      }),
    );
  });

  it("puts a start on or before the birth date on the planned start field", () => {
    const problems = checkClientIntake({ dateOfBirth: "1991-04-12", plannedStartOn: "1991-04-12" }, today);
    expect(problems.map((p) => clientIntakeProblemField(p))).toEqual(["plannedStartOn"]);
  });
});
