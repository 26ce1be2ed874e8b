import { describe, expect, it } from "vitest";
import {
  checkPasswordPolicy,
  dummyPasswordHash,
  hashPassword,
  needsRehash,
  verifyPassword,
  type PasswordProblemCode,
} from "./password";

function codes(password: string, context = {}): PasswordProblemCode[] {
  return checkPasswordPolicy(password, context).map((problem) => problem.code);
}

describe("checkPasswordPolicy", () => {
  const context = { email: "maria.lopez@example.org", displayName: "Maria Lopez" };

  it.each([
    ["11 characters is too short", "kj8#mQ2vLp0", ["too_short"]],
    ["12 unguessable characters are enough", "kj8#mQ2vLp0z", []],
    ["a common password with digits is refused", "password1234", ["too_guessable"]],
    ["a keyboard walk with a sequence is refused", "qwertyuiop123", ["too_guessable"]],
    ["a common password with the usual capital and symbol is refused", "Password123!", ["too_guessable"]],
    ["a repeated character is refused", "aaaaaaaaaaaaaaaa", ["too_guessable"]],
    ["the email's local part is refused", "maria.lopez-violin-48", ["contains_email", "contains_name"]],
    ["a part of the name is refused", "plum-lopez-violin", ["contains_name"]],
    ["a passphrase of unrelated words is accepted", "glacier mosaic tender", []],
    ["no composition rules: all lowercase letters are fine", "tangerine owl", []],
  ])("%s", (_label, password, expected) => {
    expect(codes(password, context)).toEqual(expected);
  });

  it("accepts a 64-character passphrase", () => {
    const passphrase = "the quiet river bends twice before the old mill at dawn, slowly!";
    expect([...passphrase].length).toBe(64);
    expect(codes(passphrase, context)).toEqual([]);
  });

  it("accepts 128 characters and refuses 129 with a message naming the limit", () => {
    const base = "kj8#mQ2vLp0z".repeat(11);
    expect(codes(base.slice(0, 128))).toEqual([]);
    const problems = checkPasswordPolicy(base.slice(0, 129));
    expect(problems.map((p) => p.code)).toEqual(["too_long"]);
    expect(problems[0]?.message).toContain("128");
  });

  it("counts characters, not UTF-16 units", () => {
    // 11 emoji are 22 UTF-16 units but 11 characters: still too short.
    expect(codes("🐢🦊🌵🍋🎻🧭🪁🧩🛶🌋🦉")).toContain("too_short");
  });

  it("checks the email and name case-insensitively, and ignores very short name parts", () => {
    expect(codes("Violin-MARIA-glacier", context)).toContain("contains_name");
    expect(codes("alps-violin-glacier-48", { displayName: "Al Ng" })).toEqual([]);
  });

  it("words every problem in plain language", () => {
    for (const problem of checkPasswordPolicy("maria", context)) {
      expect(problem.message).toMatch(/^[A-Z].*\.$/);
      expect(problem.message).not.toMatch(/zxcvbn|entropy|score/i);
    }
  });
});

describe("hashPassword / verifyPassword", () => {
  it("round-trips with argon2id at the OWASP parameters and a fresh salt each time", async () => {
    const first = await hashPassword("glacier mosaic tender");
    const second = await hashPassword("glacier mosaic tender");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, "glacier mosaic tender")).toBe(true);
    expect(await verifyPassword(first, "glacier mosaic tendeR")).toBe(false);
    expect(needsRehash(first)).toBe(false);
  });

  it("normalises Unicode so a composed and a decomposed accent verify the same", async () => {
    const composed = "caf\u00e9 glacier mosaic";
    const decomposed = "cafe\u0301 glacier mosaic";
    expect(composed).not.toBe(decomposed);
    expect(await verifyPassword(await hashPassword(composed), decomposed)).toBe(true);
  });

  it("answers false, without throwing, for an unreadable hash", async () => {
    expect(await verifyPassword("not-a-hash", "anything at all")).toBe(false);
  });

  it("flags hashes made with weaker parameters for rehashing", () => {
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaGhhc2g")).toBe(true);
  });

  it("has a dummy hash with the same parameters as real ones, so it costs the same to check", async () => {
    expect(needsRehash(dummyPasswordHash)).toBe(false);
    expect(await verifyPassword(dummyPasswordHash, "")).toBe(false);
  });
});
