import { z } from "zod";
import { type EnrollmentOutcome, enrollmentStandingOf } from "../enrollment/enrollment-standing";
import { singleLineTextSchema } from "../common/text";
import { caseloadFilterSchema } from "../attendance/compliance-filter";

/**
 * Where a client stands with the center, in the order staff work through them: the intake queue
 * first (referred, intake scheduled), then those in care, then alumni (no open enrollment, and
 * one that ran and was discharged: isAlumnus), then those whose referrals all closed before the
 * program started, then people on record with no enrollment at all.
 */
export const clientStandings = ["referred", "intake_scheduled", "active", "on_hold", "alumni", "referral_closed", "no_enrollment"] as const;
export const clientStandingSchema = z.enum(clientStandings);
export type ClientStanding = z.infer<typeof clientStandingSchema>;

/** The standings that make up the intake queue. */
export const intakeQueueStandings = ["referred", "intake_scheduled"] as const satisfies readonly ClientStanding[];

/**
 * A client's standing from the enrollment they are about (clientEnrollmentOf): the open one if
 * any, else the latest that ran, else the latest closed referral. So it is "alumni" exactly when
 * isAlumnus holds, even when a later referral closed.
 */
export function clientStandingOf(latest: Pick<EnrollmentOutcome, "status" | "started"> | null): ClientStanding {
  if (latest === null) return "no_enrollment";
  const standing = enrollmentStandingOf(latest);
  return standing === "discharged" ? "alumni" : standing;
}

/** The most clients one search shows; more matches ask staff to narrow the search. */
export const clientSearchLimit = 100;

/** Staff finding clients: by part of a name, by standing, or both; neither lists everyone. */
export const clientSearchInputSchema = z.object({
  query: singleLineTextSchema
    .min(1, "Enter part of a name or a date of birth.")
    .max(100, "Enter at most 100 characters.")
    .refine((query) => /[^\s,]/.test(query), "Enter part of a name or a date of birth.")
    .optional(),
  status: clientStandingSchema.optional(),
  /** "mine": only the signed-in staff member's caseload (see caseloadFilterSchema). */
  caseload: caseloadFilterSchema.optional(),
});
export type ClientSearchInput = z.infer<typeof clientSearchInputSchema>;

/**
 * How a name search is read. "Last, First" (as staff see names written) matches the last name
 * with the part before the comma and the first or preferred name with the part after it.
 * Otherwise every word must appear in the first, last or preferred name, so "Jo Reyes" finds
 * Jordan Reyes.
 */
export type NameQuery = { kind: "last_first"; last: string; first: string } | { kind: "words"; words: string[] };

export function parseNameQuery(query: string): NameQuery {
  const comma = query.indexOf(",");
  if (comma >= 0) {
    const last = query.slice(0, comma).trim();
    const first = query.slice(comma + 1).trim();
    if (last !== "" && first !== "") return { kind: "last_first", last, first };
  }
  const words = query
    .replaceAll(",", " ")
    .split(/\s+/)
    .filter((word) => word !== "");
  return { kind: "words", words };
}

/**
 * A search that is a date of birth rather than a name: "1990-04-12" (as a date field sends it)
 * or "4/12/1990" (as staff type it, month first). Null for anything else, including a date that
 * does not exist.
 */
export function dateOfBirthQuery(query: string): string | null {
  const trimmed = query.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}
