import { randomUUID } from "node:crypto";
import { normalizeRecoveryCode, recoveryCodeCount } from "@stepwise/domain";
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { openTotpSecret, sealTotpSecret } from "./secret-box";
import { checkTotpCode, newTotpSecret, totpCodeAt, totpUri } from "./totp";

const serverSecret = "a-server-secret-of-at-least-32-characters";

describe("the sealed TOTP secret", () => {
  it("opens for its own account under the same server secret, and for nobody else", () => {
    const secret = newTotpSecret();
    const userId = randomUUID();
    const sealed = sealTotpSecret(secret, userId, serverSecret);
    expect(sealed).not.toContain(secret);
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(openTotpSecret(sealed, userId, serverSecret)).toBe(secret);
    // Copied onto another account's row, or read with another key: nothing.
    expect(openTotpSecret(sealed, randomUUID(), serverSecret)).toBeNull();
    expect(openTotpSecret(sealed, userId, `${serverSecret}-rotated`)).toBeNull();
  });

  it("does not open when altered", () => {
    const userId = randomUUID();
    const [version, iv, tag, ciphertext] = sealTotpSecret(newTotpSecret(), userId, serverSecret).split(".");
    // The first character carries six whole bits of the first byte: changing it changes the ciphertext.
    const flipped = `${ciphertext!.startsWith("A") ? "B" : "A"}${ciphertext!.slice(1)}`;
    expect(openTotpSecret([version, iv, tag, flipped].join("."), userId, serverSecret)).toBeNull();
    expect(openTotpSecret("v2.a.b.c", userId, serverSecret)).toBeNull();
    expect(openTotpSecret("not sealed", userId, serverSecret)).toBeNull();
  });

  it("is sealed afresh each time (a new IV), so equal secrets do not look equal", () => {
    const secret = newTotpSecret();
    const userId = randomUUID();
    expect(sealTotpSecret(secret, userId, serverSecret)).not.toBe(sealTotpSecret(secret, userId, serverSecret));
  });
});

describe("TOTP codes", () => {
  const secret = newTotpSecret();
  // The start of a step, plus ten seconds.
  const at = new Date((Math.floor(Date.now() / 30_000) * 30 + 10) * 1000);
  const seconds = (n: number) => new Date(at.getTime() + n * 1000);

  it("accept the current step and one either side, and name the step matched", async () => {
    const step = Math.floor(at.getTime() / 30_000);
    for (const [offset, expectedStep] of [[-30, step - 1], [0, step], [30, step + 1]] as const) {
      expect(await checkTotpCode({ secret, code: await totpCodeAt(secret, seconds(offset)), at, afterStep: null })).toEqual({ valid: true, step: expectedStep });
    }
  });

  it("refuse a code from two steps away, either way", async () => {
    for (const offset of [-60, 60]) {
      expect(await checkTotpCode({ secret, code: await totpCodeAt(secret, seconds(offset)), at, afterStep: null })).toEqual({ valid: false });
    }
  });

  it("refuse a code whose step was already used, or an earlier one", async () => {
    const code = await totpCodeAt(secret, at);
    const first = await checkTotpCode({ secret, code, at, afterStep: null });
    if (!first.valid) throw new Error("the current code should be accepted");
    expect(await checkTotpCode({ secret, code, at, afterStep: first.step })).toEqual({ valid: false });
    const earlier = await totpCodeAt(secret, seconds(-30));
    expect(await checkTotpCode({ secret, code: earlier, at, afterStep: first.step })).toEqual({ valid: false });
  });

  it("refuse a wrong code, and one of the wrong shape, without throwing", async () => {
    const right = await totpCodeAt(secret, at);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(await checkTotpCode({ secret, code: wrong, at, afterStep: null })).toEqual({ valid: false });
    expect(await checkTotpCode({ secret, code: "12ab", at, afterStep: null })).toEqual({ valid: false });
  });

  it("are offered to authenticator apps under the center's issuer", () => {
    const uri = totpUri("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "clinician@stepwise.test");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Stepwise:clinician%40stepwise\.test\?/);
    expect(new URL(uri).searchParams.get("secret")).toBe("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    expect(new URL(uri).searchParams.get("issuer")).toBe("Stepwise");
  });
});

describe("recovery codes", () => {
  it("are ten different codes, stored only as the hashes of what is typed back", () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(codes).toHaveLength(recoveryCodeCount);
    expect(new Set(codes).size).toBe(recoveryCodeCount);
    expect(hashes).toEqual(codes.map((code) => hashRecoveryCode(normalizeRecoveryCode(code))));
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
