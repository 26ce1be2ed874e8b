import { describe, expect, it } from "vitest";
import { phoneLineOf, phoneNumberSchema } from "./phone";

describe("phoneNumberSchema", () => {
  it("takes numbers as people write them", () => {
    for (const typed of ["(617) 555-0100", "617.555.0100", "+44 20 7946 0958", " 6175550100 "]) {
      expect(phoneNumberSchema.safeParse(typed).success).toBe(true);
    }
  });

  it("refuses letters, too few or too many digits, and unusual characters", () => {
    for (const typed of ["call me", "555-01", "+1 617 555 0100 1234 5", "617\u202E5550100", "(617) 555-0100 x12"]) {
      expect(phoneNumberSchema.safeParse(typed).success).toBe(false);
    }
  });
});

describe("phoneLineOf", () => {
  it("dials a ten-digit number as North American and keeps how it reads", () => {
    expect(phoneLineOf("(617) 555-0142")).toEqual({ tel: "+16175550142", display: "(617) 555-0142" });
  });

  it("keeps a country code given with +", () => {
    expect(phoneLineOf("+44 20 7946 0958").tel).toBe("+442079460958");
  });

  it("dials a short number as written", () => {
    expect(phoneLineOf("988").tel).toBe("988");
  });
});
