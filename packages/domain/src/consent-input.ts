import { z } from "zod";
import { type CalendarDate, addDays, calendarDateSchema, compareCalendarDates } from "./calendar-date";
import { consentExpiryEventSchema, consentScopeSchema } from "./consent";

/** The longest a dated consent may run; a longer one should be signed again. */
export const maxConsentDays = 366;

const expirySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("date"), on: calendarDateSchema }),
  z.object({ kind: z.literal("event"), event: consentExpiryEventSchema }),
]);

/** A consent as the client signs it: every element 42 CFR 2.31 asks for. */
export const consentGrantSchema = z.object({
  familyMemberId: z.uuid({ message: "Choose who you are sharing with." }),
  scopes: z
    .array(consentScopeSchema)
    .min(1, { message: "Choose at least one thing to share." })
    .refine((scopes) => new Set(scopes).size === scopes.length, { message: "Choose each thing once." }),
  purpose: z
    .string()
    .trim()
    .min(3, { message: "Say why you are sharing, in a few words." })
    .max(300, { message: "Keep the purpose under 300 characters." }),
  expiry: expirySchema,
  signedName: z
    .string()
    .trim()
    .min(1, { message: "Type your full name to sign." })
    .max(200, { message: "A name is at most 200 characters." }),
});
export type ConsentGrant = z.infer<typeof consentGrantSchema>;

export const consentRevocationSchema = z.object({ consentId: z.uuid() });

const normalizedName = (name: string) => name.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en-US");

/**
 * What stops a client from signing this consent, in plain words; empty when it may be signed.
 * The typed signature must be the client's own name (legal or preferred first name, and last name).
 */
export function consentGrantProblems(
  grant: ConsentGrant,
  context: {
    today: CalendarDate;
    client: { firstName: string; lastName: string; preferredName: string | null };
    /** Whether the client is in treatment here now, so "until my treatment ends" means something. */
    inTreatment: boolean;
  },
): string[] {
  const problems: string[] = [];
  const { client } = context;
  const names = [client.firstName, client.preferredName]
    .filter((first): first is string => Boolean(first))
    .map((first) => normalizedName(`${first} ${client.lastName}`));
  if (!names.includes(normalizedName(grant.signedName))) {
    problems.push(`Sign with your full name as we have it: ${client.firstName} ${client.lastName}.`);
  }
  if (grant.expiry.kind === "date") {
    if (compareCalendarDates(grant.expiry.on, context.today) < 0) problems.push("The end date can't be in the past.");
    if (compareCalendarDates(grant.expiry.on, addDays(context.today, maxConsentDays)) > 0) {
      problems.push("Choose an end date within a year; you can sign again then.");
    }
  } else if (!context.inTreatment) {
    problems.push("You aren't in treatment here now, so choose an end date instead.");
  }
  return problems;
}
