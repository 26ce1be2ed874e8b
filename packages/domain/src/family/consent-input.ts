import { z } from "zod";
import { type CalendarDate, addDays, calendarDateSchema, compareCalendarDates } from "../time/calendar-date";
import { consentExpiryEventSchema, consentScopeSchema } from "./consent";
import { multiLineTextSchema, singleLineTextSchema } from "../common/text";

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
  purpose: multiLineTextSchema
    .min(3, { message: "Say why you are sharing, in a few words." })
    .max(300, { message: "Keep the purpose under 300 characters." }),
  expiry: expirySchema,
  signedName: singleLineTextSchema
    .min(1, { message: "Type your full name to sign." })
    .max(200, { message: "A name is at most 200 characters." }),
});
export type ConsentGrant = z.infer<typeof consentGrantSchema>;

export const consentRevocationSchema = z.object({ consentId: z.uuid() });

const normalizedName = (name: string) => name.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en-US");

/** The client's names as a consent needs them. */
export interface ConsentSigner {
  firstName: string;
  lastName: string;
  preferredName: string | null;
}

/**
 * The names a typed signature may be: the legal first name with the last name, and the preferred
 * first name with it when the client has one. The legal one comes first.
 */
export function acceptedSignatureNames(client: ConsentSigner): string[] {
  const firstNames = [...new Set([client.firstName, client.preferredName].filter((first): first is string => Boolean(first)))];
  return firstNames.map((first) => `${first} ${client.lastName}`);
}

/** The fields of the consent form a refusal can point at. */
export type ConsentGrantField = "signedName" | "expiry";
/** What stops a client from signing, field by field, in plain words; empty when it may be signed. */
export type ConsentGrantProblems = Partial<Record<ConsentGrantField, string[]>>;

/**
 * What stops a client from signing this consent, each beside the field it is about. The typed
 * signature must be one of the client's accepted signature names.
 */
export function consentGrantProblems(
  grant: ConsentGrant,
  context: {
    today: CalendarDate;
    client: ConsentSigner;
    /**
     * Whether the client is in treatment here now, so that "until my treatment here ends" means
     * something: the episode they are about is open (isEnrollmentOpen).
     */
    inTreatment: boolean;
  },
): ConsentGrantProblems {
  const problems: ConsentGrantProblems = {};
  const add = (field: ConsentGrantField, message: string) => (problems[field] ??= []).push(message);
  const { client } = context;
  if (!acceptedSignatureNames(client).map(normalizedName).includes(normalizedName(grant.signedName))) {
    add("signedName", `Sign with your full name as we have it: ${client.firstName} ${client.lastName}.`);
  }
  if (grant.expiry.kind === "date") {
    if (compareCalendarDates(grant.expiry.on, context.today) < 0) add("expiry", "The end date can't be in the past.");
    if (compareCalendarDates(grant.expiry.on, addDays(context.today, maxConsentDays)) > 0) {
      add("expiry", "Choose an end date within a year; you can sign again then.");
    }
  } else if (!context.inTreatment) {
    add("expiry", "You aren't in treatment here now, so choose an end date instead.");
  }
  return problems;
}
