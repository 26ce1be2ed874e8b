import { describe, expect, it } from "vitest";
import { fullNameGoneBy, lastNameFirst, nameGoneBy } from "./client-names";

const alexandra = { firstName: "Alexandra", lastName: "Okafor", preferredName: "Alex" };
const sam = { firstName: "Sam", lastName: "Reyes", preferredName: null };

describe("client names", () => {
  it("goes by the preferred name when there is one, else the first", () => {
    expect(nameGoneBy(alexandra)).toBe("Alex");
    expect(nameGoneBy(sam)).toBe("Sam");
    expect(fullNameGoneBy(alexandra)).toBe("Alex Okafor");
    expect(fullNameGoneBy(sam)).toBe("Sam Reyes");
  });

  it("writes the last name first for staff, with a preferred name that differs in brackets", () => {
    expect(lastNameFirst(alexandra)).toBe("Okafor, Alexandra (Alex)");
    expect(lastNameFirst(sam)).toBe("Reyes, Sam");
    expect(lastNameFirst({ ...sam, preferredName: "Sam" })).toBe("Reyes, Sam");
  });
});
