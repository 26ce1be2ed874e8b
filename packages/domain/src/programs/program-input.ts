import { z } from "zod";
import { careLevelSchema } from "../care-levels/care-level";
import { type PolicyViolation, describePolicyViolation, programPolicyFromSettings, validateProgramPolicy } from "./program-policy";
import { intRangeSchema } from "../common/range";
import { sessionKindSchema } from "./session-kind";
import { isValidTimeZone } from "../time/time-zone";
import { programTrackSchema } from "../care-levels/track";
import { singleLineTextSchema } from "../common/text";

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A program's address in URLs and the seed: lowercase words joined by hyphens. */
export const programSlugSchema = z
  .string()
  .max(80, { message: "A slug is at most 80 characters." })
  .regex(slugPattern, { message: "Use lowercase letters, digits and single hyphens (e.g. adult-evening-iop)." });

/** "Adult Mental Health IOP" → "adult-mental-health-iop"; letters outside a–z drop their accents or go. */
export function slugFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

const programFields = z.object({
  name: singleLineTextSchema.min(1, { message: "Give the program a name." }).max(120, { message: "A name is at most 120 characters." }),
  slug: programSlugSchema.optional(),
  level: careLevelSchema,
  track: programTrackSchema,
  timeZone: singleLineTextSchema.min(1, { message: "Choose the program's time zone." }),
  /** The weekly band in minutes: within the level's bounds, never under its regulatory floor. */
  weeklyMinutes: intRangeSchema,
  expectedLengthWeeks: z
    .number({ message: "Give the expected length in weeks." })
    .int({ message: "The expected length is a whole number of weeks." })
    .min(1, { message: "A program lasts at least 1 week." })
    .max(104, { message: "A program lasts at most 104 weeks." }),
  sessionKinds: z
    .array(sessionKindSchema)
    .min(1, { message: "Choose at least one kind of session the program offers." })
    .refine((kinds) => new Set(kinds).size === kinds.length, { message: "Each session kind is listed once." }),
});

/** Where each policy rule's message belongs on the program form. */
function programFieldOf(violation: PolicyViolation): string {
  return violation.kind === "unknown_time_zone" ? "timeZone" : "weeklyMinutes";
}

/**
 * A program as staff create or edit it. The band is checked with the level's own rules
 * (validateProgramPolicy), each reported in describePolicyViolation's words; a missing slug is
 * made from the name.
 */
export const programInputSchema = programFields
  .superRefine((program, ctx) => {
    if (!program.slug && slugFromName(program.name) === "") {
      ctx.addIssue({ code: "custom", path: ["slug"], message: "The name has no letters to make a slug from; give a slug." });
    }
    if (!isValidTimeZone(program.timeZone)) {
      ctx.addIssue({
        code: "custom",
        path: ["timeZone"],
        message: describePolicyViolation({ kind: "unknown_time_zone", timeZone: program.timeZone }),
      });
      return;
    }
    for (const violation of validateProgramPolicy(programPolicyFromSettings(program))) {
      ctx.addIssue({ code: "custom", path: [programFieldOf(violation)], message: describePolicyViolation(violation), params: { violation } });
    }
  })
  .transform((program) => ({ ...program, slug: program.slug ?? slugFromName(program.name) }));

export type ProgramInput = z.input<typeof programInputSchema>;
export type ProgramSettings = z.output<typeof programInputSchema>;
