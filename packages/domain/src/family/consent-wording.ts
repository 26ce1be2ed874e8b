import type { CalendarDate } from "../time/calendar-date";
import { type ConsentExpiry, type ConsentExpiryEvent, type ConsentScope, consentScopes } from "./consent";

/**
 * Who reads a consent's words. The client signs it in their own voice ("My schedule"); a family
 * member reads it about the client by first name ("Alex's schedule"); staff read it neutrally
 * ("Schedule"). The same consent, the same facts, in the reader's words.
 */
export type ConsentReader = "client" | "staff" | { clientFirstName: string };

interface Voice {
  /** "My schedule", "Alex's schedule", "Schedule". */
  label: (thing: string) => string;
  /** "my", "Alex's", "the client's". */
  whose: string;
  /** "I", "Alex", "the client". */
  who: string;
  /** "me", "Alex", "the client". */
  whom: string;
  /** "my program", "the program". */
  program: string;
}

const capitalized = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

function voiceOf(reader: ConsentReader): Voice {
  if (reader === "client") return { label: (thing) => `My ${thing}`, whose: "my", who: "I", whom: "me", program: "my program" };
  if (reader === "staff") {
    return { label: capitalized, whose: "the client's", who: "the client", whom: "the client", program: "the program" };
  }
  const name = reader.clientFirstName;
  return { label: (thing) => `${name}'s ${thing}`, whose: `${name}'s`, who: name, whom: name, program: "the program" };
}

const scopeWords: Record<ConsentScope, (voice: Voice) => { label: string; description: string }> = {
  schedule: (v) => ({
    label: v.label("schedule"),
    description: `The days and times of ${v.whose} program sessions (not who else attends).`,
  }),
  attendance_summary: (v) => ({
    label: v.label("attendance summary"),
    description: `How many hours and days ${v.who} attended each week, against ${v.program}'s weekly hours.`,
  }),
  plan_summary: (v) => ({
    label: v.label("plan summary"),
    description: `${capitalized(v.whose)} level of care, ${v.program} and when it started: no notes and nothing ${v.who} said in sessions.`,
  }),
  family_sessions: (v) => ({ label: "Family sessions", description: `Signing up for family therapy sessions with ${v.whom}.` }),
};

/** What one scope shares, named and described for this reader. */
export function consentScopeWordingFor(scope: ConsentScope, reader: ConsentReader): { label: string; description: string } {
  return scopeWords[scope](voiceOf(reader));
}

/** The event a consent ends on, for this reader: "when my treatment here ends", "when Alex's treatment here ends". */
export function consentExpiryEventWordingFor(event: ConsentExpiryEvent, reader: ConsentReader): string {
  const words: Record<ConsentExpiryEvent, string> = { end_of_treatment: `when ${voiceOf(reader).whose} treatment here ends` };
  return words[event];
}

/** When a consent ends, for this reader: "until 1 March 2027", "until Alex's treatment here ends". */
export function consentExpiryWordingFor(expiry: ConsentExpiry, reader: ConsentReader, formatDate: (date: CalendarDate) => string): string {
  return expiry.kind === "date" ? `until ${formatDate(expiry.on)}` : `until ${consentExpiryEventWordingFor(expiry.event, reader).replace(/^when /, "")}`;
}

/** Each scope in the client's own voice, as the consent form shows it. */
export const consentScopeWording = Object.fromEntries(consentScopes.map((scope) => [scope, consentScopeWordingFor(scope, "client")])) as Record<
  ConsentScope,
  { label: string; description: string }
>;

/** The events in the client's own voice, as the consent form offers them. */
export const consentExpiryEventWording: Record<ConsentExpiryEvent, string> = {
  end_of_treatment: consentExpiryEventWordingFor("end_of_treatment", "client"),
};
