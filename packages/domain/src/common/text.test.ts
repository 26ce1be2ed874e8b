import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isMultiLineText,
  isSingleLineText,
  multiLineTextSchema,
  oneLineMessage,
  singleLineTextSchema,
  untrimmedTextSchema,
  unusualCharactersMessage,
} from "./text";

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

const codePoints = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/** Every character no text input takes, by class. */
const refused = {
  "C0 controls but tab and line breaks": codePoints(0x00, 0x1f).filter((c) => !"\t\n\r".includes(c)),
  DEL: ["\u007f"],
  "C1 controls": codePoints(0x80, 0x9f),
  "bidirectional embeddings and overrides": codePoints(0x202a, 0x202e),
  "bidirectional isolates": codePoints(0x2066, 0x2069),
  "line and paragraph separators": ["\u2028", "\u2029"],
  "unpaired surrogate halves": ["\ud800", "\udfff"],
};
const refusedEverywhere = Object.values(refused).flat();

/** Names people have, in the scripts and symbols they write them in. */
const names = [
  "José Ñúñez",
  "Zoë O'Brien-Łukasiewicz",
  "Nguyễn Thị Minh Khai",
  "محمد عبد الله",
  "שרה לוי\u200f",
  "李小龍",
  "Ana 🌻",
  "Sam 👨‍👩‍👧 (family)",
  "Dr. K. Müller, PhD",
];

describe("singleLineTextSchema", () => {
  it.each(names)("accepts %s as written", (name) => {
    expect(singleLineTextSchema.parse(`  ${name} `)).toBe(name);
  });

  it("refuses a NUL anywhere, in plain words", () => {
    for (const value of ["\u0000", "Alex\u0000", "\u0000Alex", "Al\u0000ex"]) {
      expect(messagesOf(singleLineTextSchema.safeParse(value))).toEqual([unusualCharactersMessage]);
    }
  });

  it.each(Object.entries(refused))("refuses %s", (_, characters) => {
    for (const character of characters) {
      expect(isSingleLineText(`Alex${character}Rivera`)).toBe(false);
      expect(singleLineTextSchema.safeParse(`Alex${character}Rivera`).success).toBe(false);
    }
  });

  it("refuses line breaks and tabs inside the line, and says to keep to one line for a break", () => {
    for (const value of ["Alex\nRivera", "Alex\r\nRivera", "Alex\rRivera", "Alex\u2028Rivera"]) {
      expect(messagesOf(singleLineTextSchema.safeParse(value))).toEqual([oneLineMessage]);
    }
    expect(messagesOf(singleLineTextSchema.safeParse("Alex\tRivera"))).toEqual([unusualCharactersMessage]);
    // A break at either end is only space around the words, and is trimmed away as before.
    expect(singleLineTextSchema.parse("Alex Rivera\n")).toBe("Alex Rivera");
  });

  it("keeps the length limits a field adds, with the field's words", () => {
    const title = singleLineTextSchema.min(1, "Give the session a title.").max(5, "A title is at most 5 characters.");
    expect(messagesOf(title.safeParse("   "))).toEqual(["Give the session a title."]);
    expect(messagesOf(title.safeParse("Too long\u0000"))).toEqual([unusualCharactersMessage, "A title is at most 5 characters."]);
    expect(title.parse(" Group ")).toBe("Group");
  });

  it("any refused character put anywhere in accepted text makes it refused (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom(...refusedEverywhere), fc.nat(), (text, character, at) => {
        fc.pre(isSingleLineText(text));
        const position = at % (text.length + 1);
        const value = `${text.slice(0, position)}${character}${text.slice(position)}`;
        expect(isSingleLineText(value)).toBe(false);
        expect(isMultiLineText(value)).toBe(false);
        expect(untrimmedTextSchema.safeParse(value).success).toBe(false);
      }),
    );
  });
});

describe("multiLineTextSchema", () => {
  it("allows \\n, \\r\\n and tabs between lines, trimmed at the ends", () => {
    const note = "Arrived late: bus strike.\nCalled ahead.\r\n\tWill bring a note.";
    expect(multiLineTextSchema.parse(`\n${note}\n\n`)).toBe(note);
    for (const name of names) expect(isMultiLineText(`${name}\n${name}`)).toBe(true);
  });

  it("refuses a lone \\r, vertical tab, form feed and every other refused character", () => {
    for (const character of ["\r", "\u000b", "\u000c", ...refusedEverywhere]) {
      expect(messagesOf(multiLineTextSchema.safeParse(`First line${character}second line`))).toEqual([unusualCharactersMessage]);
    }
  });
});

describe("untrimmedTextSchema", () => {
  it("keeps the spaces a password has, and refuses what single lines refuse", () => {
    expect(untrimmedTextSchema.parse("  correct horse battery staple  ")).toBe("  correct horse battery staple  ");
    expect(untrimmedTextSchema.parse("pässwörd 🌻")).toBe("pässwörd 🌻");
    for (const character of ["\u0000", "\n", "\t", "\u202e"]) {
      expect(untrimmedTextSchema.safeParse(`secret${character}phrase`).success).toBe(false);
    }
  });
});
