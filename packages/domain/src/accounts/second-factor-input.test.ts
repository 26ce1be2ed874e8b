import { describe, expect, it } from "vitest";
import { recoveryCodeSchema, secondFactorProofSchema, totpCodeSchema } from "./second-factor-input";

describe("a typed authenticator code", () => {
  it("keeps only the digits' spacing out", () => {
    expect(totpCodeSchema.parse("123 456")).toBe("123456");
    expect(totpCodeSchema.parse(" 012345 ")).toBe("012345");
  });

  it("is refused in plain words when it is not six digits", () => {
    for (const typed of ["12345", "1234567", "12a456", "１２３４５６"]) {
      const parsed = totpCodeSchema.safeParse(typed);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/6 digits/);
    }
    expect(totpCodeSchema.safeParse("").error?.issues[0]?.message).toBe("Enter the 6-digit code from your authenticator app.");
  });
});

describe("a typed recovery code", () => {
  it("is read with or without its hyphen, in any case", () => {
    expect(recoveryCodeSchema.parse("7kq2m-xh4tp")).toBe("7KQ2MXH4TP");
    expect(recoveryCodeSchema.safeParse("7KQ2M-XH4T").success).toBe(false);
  });

  it("goes with its method", () => {
    expect(secondFactorProofSchema.parse({ method: "recovery_code", code: "7KQ2M XH4TP" })).toEqual({ method: "recovery_code", code: "7KQ2MXH4TP" });
    expect(secondFactorProofSchema.safeParse({ method: "app", code: "7KQ2MXH4TP" }).success).toBe(false);
  });
});
