import { z } from "zod";
import { type CalendarDate, addDays, calendarDateSchema, compareCalendarDates } from "../time/calendar-date";
import { type ConsentExpiry, consentExpiryEventSchema, consentScopeSchema } from "./consent";
import { multiLineTextSchema, singleLineTextSchema } from "../common/text";

/** The longest a dated consent may run; a longer one should be signed again. */
export const maxConsentDays = 366;

// A form left without an end, or with "on a date" and no date, is told so in the form's words.
const expirySchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("date"), on: z.string({ error: "Choose the last day of sharing." }).pipe(calendarDateSchema) }),
    z.object({ kind: z.literal("event"), event: consentExpiryEventSchema }),
  ],
  { error: "Choose when sharing ends: on a date, or when your treatment here ends." },
);

/** A typed signature's shape, shared by every form a client signs (consents, treatment plans). */
export const signedNameSchema = singleLineTextSchema
  .min(1, { message: "Type your full name to sign.", abort: true })
  .max(200, { message: "A name is at most 200 characters.", abort: true });

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
  signedName: signedNameSchema,
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

/** What the checks beyond a consent's shape need: the day at the center, the client's names, their care. */
export interface ConsentGrantContext {
  today: CalendarDate;
  /** The names a signature is accepted as (acceptedSignatureNames); the first is the legal one. */
  signatureNames: readonly string[];
  /**
   * Whether the client is in treatment here now, so that "until my treatment here ends" means
   * something: the episode they are about is open (isEnrollmentOpen).
   */
  inTreatment: boolean;
}

/**
 * Why a typed signature is not accepted, or null when it is one of the client's names
 * (acceptedSignatureNames) whatever its case and spacing. One rule for everything a client signs.
 */
export function typedSignatureProblem(signedName: string, signatureNames: readonly string[]): string | null {
  if (signatureNames.map(normalizedName).includes(normalizedName(signedName))) return null;
  return `Sign with your full name as we have it: ${signatureNames[0] ?? "your first and last name"}.`;
}

function signatureProblem(signedName: string, context: ConsentGrantContext): string | null {
  return typedSignatureProblem(signedName, context.signatureNames);
}

function expiryProblems(expiry: ConsentExpiry, context: ConsentGrantContext): string[] {
  if (expiry.kind === "event") return context.inTreatment ? [] : ["You aren't in treatment here now, so choose an end date instead."];
  const problems: string[] = [];
  if (compareCalendarDates(expiry.on, context.today) < 0) problems.push("The end date can't be in the past.");
  if (compareCalendarDates(expiry.on, addDays(context.today, maxConsentDays)) > 0) problems.push("Choose an end date within a year; you can sign again then.");
  return problems;
}

/**
 * The consent form's one check: the consent's shape and, field by field, what this client may
 * sign today. Each field carries its own checks, so one parse reports every field at once, the
 * signature and the end beside a missing purpose, never in rounds.
 */
export function consentGrantFormSchema(context: ConsentGrantContext) {
  return consentGrantSchema.extend({
    expiry: expirySchema.superRefine((expiry, issues) => {
      for (const message of expiryProblems(expiry, context)) issues.addIssue({ code: "custom", message });
    }),
    signedName: signedNameSchema.superRefine((signedName, issues) => {
      const message = signatureProblem(signedName, context);
      if (message) issues.addIssue({ code: "custom", message });
    }),
  });
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
  context: Omit<ConsentGrantContext, "signatureNames"> & { client: ConsentSigner },
): ConsentGrantProblems {
  const problems: ConsentGrantProblems = {};
  const checks: ConsentGrantContext = { today: context.today, signatureNames: acceptedSignatureNames(context.client), inTreatment: context.inTreatment };
  const signature = signatureProblem(grant.signedName, checks);
  if (signature) problems.signedName = [signature];
  const expiry = expiryProblems(grant.expiry, checks);
  if (expiry.length > 0) problems.expiry = expiry;
  return problems;
}
