import { z } from "zod";
import { type CalendarDate, compareCalendarDates } from "../time/calendar-date";
import { defaultTimeZone, instantToZonedDate } from "../time/time-zone";

/**
 * What a client may share with one family member (DOMAIN.md §7). Each scope opens exactly one
 * kind of information; nothing else is ever shared, and notes never are.
 */
export const consentScopes = ["schedule", "attendance_summary", "plan_summary", "family_sessions"] as const;
export const consentScopeSchema = z.enum(consentScopes);
export type ConsentScope = z.infer<typeof consentScopeSchema>;

/** Events a consent may end on instead of a date (42 CFR 2.31(a)(6)). */
export const consentExpiryEvents = ["end_of_treatment"] as const;
export const consentExpiryEventSchema = z.enum(consentExpiryEvents);
export type ConsentExpiryEvent = z.infer<typeof consentExpiryEventSchema>;

/** When a consent ends on its own: after a date, or at an event. One is always required. */
export type ConsentExpiry = { kind: "date"; on: CalendarDate } | { kind: "event"; event: ConsentExpiryEvent };

/**
 * The statement of the right to revoke, shown beside every consent form and kept with the
 * client's signature (42 CFR 2.31(a)(6) and (8)).
 */
export const rightToRevokeStatement =
  "You can take back this consent at any time, in this portal, and it stops at once: from the next time they open the portal, they see nothing more. " +
  "Taking it back does not undo what was already shared while it was in place. " +
  "Your treatment here does not depend on signing it.";

/**
 * Where a consent stands now. A consent is in force from its signature: one whose signature time
 * is still ahead (a server clock behind the one that recorded it) is not yet in force.
 */
export type ConsentStanding = "active" | "not_yet_in_force" | "revoked" | "expired";

export interface ConsentState {
  signedAt: Date;
  revokedAt: Date | null;
  expiry: ConsentExpiry;
}

/**
 * Whether a consent is in force at `now`. `today` is the date in the center's time zone; a
 * consent that ends on a date covers that whole day. `treatmentEndedSinceSigning` says whether
 * the client was discharged (or their referral closed) after they signed.
 */
export function consentStanding(
  consent: ConsentState,
  at: { now: Date; today: CalendarDate; treatmentEndedSinceSigning: boolean },
): ConsentStanding {
  if (consent.revokedAt !== null) return "revoked";
  if (consent.signedAt > at.now) return "not_yet_in_force";
  const expired =
    consent.expiry.kind === "date"
      ? compareCalendarDates(at.today, consent.expiry.on) > 0
      : at.treatmentEndedSinceSigning;
  return expired ? "expired" : "active";
}

const expiryKey = (expiry: ConsentExpiry) => (expiry.kind === "date" ? `date ${expiry.on}` : `event ${expiry.event}`);

const latestEndingFirst = (a: ConsentExpiry, b: ConsentExpiry) =>
  a.kind === "date" && b.kind === "date" ? b.on.localeCompare(a.on) : a.kind === "date" ? -1 : b.kind === "date" ? 1 : 0;

/**
 * The consents in force (standing "active") that share `scope`, or every consent in force when no
 * scope is named: what a family member's read was allowed under, for the audit to name.
 */
export function consentsAllowing<C extends { scopes: readonly ConsentScope[]; standing: ConsentStanding }>(consents: readonly C[], scope?: ConsentScope): C[] {
  return consents.filter((consent) => consent.standing === "active" && (scope === undefined || consent.scopes.includes(scope)));
}

/**
 * What a client's consents to one person share, taken together (DOMAIN.md §7): a scope is shared
 * while any consent in force (standing "active") includes it. The scopes come in the domain's
 * order, and `until` says when each consent in force ends, the latest date first, then any event.
 * Null when no consent is in force: the person may see nothing of the client.
 */
export function sharedUnderConsents(
  consents: readonly { scopes: readonly ConsentScope[]; expiry: ConsentExpiry; standing: ConsentStanding }[],
): { scopes: ConsentScope[]; until: ConsentExpiry[] } | null {
  const inForce = consentsAllowing(consents);
  if (inForce.length === 0) return null;
  const granted = new Set(inForce.flatMap((consent) => consent.scopes));
  const until = [...new Map(inForce.map((consent) => [expiryKey(consent.expiry), consent.expiry])).values()].sort(latestEndingFirst);
  return { scopes: consentScopes.filter((scope) => granted.has(scope)), until };
}

/** The center's date today: a consent that ends on a date covers all of that day there. */
export function consentToday(now: Date): CalendarDate {
  return instantToZonedDate(now, defaultTimeZone);
}
