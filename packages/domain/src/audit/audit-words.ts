import type { AuditOutcome } from "./audit-search";

/**
 * The audit's own words, the same on the staff app's audit page and in its CSV file (which the
 * domain writes, so the words live here and the page takes them from here).
 */

export const auditOutcomeWords: Record<AuditOutcome, string> = { allowed: "Allowed", denied: "Denied" };

/** Who acted on a row without an actor: a scheduled job, a public link before it proved who used it. */
export const nobodySignedInWords = "Nobody signed in";

/** The clients a row names beyond those listed by name: "and 3 more". */
export function moreClientsWords(more: number): string {
  return `and ${more.toLocaleString("en-US")} more`;
}
