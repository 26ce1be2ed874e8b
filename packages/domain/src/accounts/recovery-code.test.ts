import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatRecoveryCode,
  isRecoveryCodeShape,
  normalizeRecoveryCode,
  recoveryCodeAlphabet,
  recoveryCodeFrom,
  recoveryCodeLength,
} from "./recovery-code";

const randomCode = fc.uint8Array({ minLength: recoveryCodeLength, maxLength: recoveryCodeLength }).map(recoveryCodeFrom);

describe("recovery codes", () => {
  it("use 32 characters with no look-alikes", () => {
    expect(new Set(recoveryCodeAlphabet).size).toBe(32);
    for (const lookAlike of ["0", "O", "1", "I"]) expect(recoveryCodeAlphabet).not.toContain(lookAlike);
  });

  it("come back as typed: grouped, lower-case or spaced, they normalise to the code", () => {
    fc.assert(
      fc.property(randomCode, (code) => {
        expect(code).toHaveLength(recoveryCodeLength);
        expect(isRecoveryCodeShape(code)).toBe(true);
        const shown = formatRecoveryCode(code);
        expect(shown).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
        expect(normalizeRecoveryCode(shown)).toBe(code);
        expect(normalizeRecoveryCode(` ${shown.toLowerCase().replace("-", " ")} `)).toBe(code);
      }),
    );
  });

  it("take each character equally often from the bytes (no modulo bias)", () => {
    const counts = new Map<string, number>();
    for (let byte = 0; byte < 256; byte += 1) {
      const character = recoveryCodeFrom(new Uint8Array(recoveryCodeLength).fill(byte))[0]!;
      counts.set(character, (counts.get(character) ?? 0) + 1);
    }
    expect([...counts.values()]).toEqual(Array(32).fill(8));
  });

  it("refuse entries of the wrong shape", () => {
    expect(isRecoveryCodeShape("7KQ2MXH4T")).toBe(false);
    expect(isRecoveryCodeShape("7KQ2MXH4TO")).toBe(false);
    expect(() => recoveryCodeFrom(new Uint8Array(4))).toThrow();
  });
});
