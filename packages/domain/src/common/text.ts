import { z } from "zod";

/**
 * Text as people type it, for every text input: no byte Postgres refuses (NUL), no character that
 * changes how text is shown without being seen. Names, titles and places are one line; notes and
 * reasons may run over several. Formats of their own (ids, emails, dates, links) keep their own
 * schemas, which refuse these characters too.
 */

// Control characters (\p{Cc}: C0, DEL and C1, tab and line breaks among them); line and paragraph
// separators (U+2028, U+2029), which break a line as \n does; the bidirectional embeddings,
// overrides (U+202A–U+202E) and isolates (U+2066–U+2069) that can make "Alex" display as another
// name; unpaired surrogate halves (\p{Cs}), which no keyboard types and which would be stored as a
// replacement character.
const unusualCharacters = /[\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
// What a text area may hold beside ordinary characters: \n and \r\n line ends (a lone \r, an old
// Mac line end, is refused so every line is read the same way) and tabs.
const multiLineWhitespace = /\r\n|[\n\t]/g;
const lineBreaks = /[\n\r\u2028\u2029]/g;

export const unusualCharactersMessage = "Please remove the unusual characters from this field.";
export const oneLineMessage = "Please keep this to one line.";

/** Whether the value is one line of ordinary characters. */
export function isSingleLineText(value: string): boolean {
  return !unusualCharacters.test(value);
}

/** Whether the value is ordinary characters over any number of lines: \n or \r\n, and tabs. */
export function isMultiLineText(value: string): boolean {
  return isSingleLineText(value.replace(multiLineWhitespace, ""));
}

/**
 * The value with each unusual character replaced by U+FFFD, for what is recorded rather than
 * accepted (the email of a failed sign-in): it can be stored and read, and matches no account.
 */
export function withUnusualCharactersReplaced(value: string): string {
  return value.replace(new RegExp(unusualCharacters.source, "gu"), "\uFFFD");
}

function singleLineMessage(value: unknown): string {
  // A name pasted with a line break in it reads better told so than called unusual.
  return typeof value === "string" && isSingleLineText(value.replace(lineBreaks, "")) ? oneLineMessage : unusualCharactersMessage;
}

/** One line, trimmed: names, titles, places, phone numbers. Add the field's own length limits. */
export const singleLineTextSchema = z
  .string()
  .trim()
  .refine(isSingleLineText, { error: (issue) => singleLineMessage(issue.input) });

/** Several lines, trimmed: notes and reasons typed into a text area. */
export const multiLineTextSchema = z.string().trim().refine(isMultiLineText, { message: unusualCharactersMessage });

/**
 * One line exactly as typed, never trimmed: passwords (where spaces count) and link tokens. The
 * same characters are refused as in `singleLineTextSchema`.
 */
export const untrimmedTextSchema = z.string().refine(isSingleLineText, { error: (issue) => singleLineMessage(issue.input) });
