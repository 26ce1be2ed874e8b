import { z } from "zod";

/**
 * Where a page of the audit (the search, a client's disclosures, "Who has seen my information")
 * continues: the id of the last row already shown. Rows come newest first, so the next page is the
 * rows before it.
 */
export const auditCursorSchema = z.int().positive();

/**
 * The cursor as a page's URL carries it (`?before=120`): digits with no sign or leading zero, and a
 * safe integer. Anything else (missing, repeated, words, a number too large) is no cursor, so the
 * page shows its newest rows rather than an error.
 */
export const auditCursorParamSchema = z
  .string()
  .regex(/^[1-9]\d{0,15}$/)
  .transform(Number)
  .pipe(auditCursorSchema)
  .optional()
  .catch(undefined);
