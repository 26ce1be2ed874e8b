import { type ConsentExpiry, type ConsentScope, consentScopeWording } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import type { SessionPlace } from "./types";

/**
 * What a client shares, in the family member's words: the client's own labels ("My schedule")
 * read about them ("Alex's schedule").
 */
export function scopeLabelFor(scope: ConsentScope, firstName: string): string {
  return consentScopeWording[scope].label.replace(/^My /, `${firstName}'s `);
}

/** "until March 1, 2027", or "until Alex's treatment here ends". */
export function untilWords(expiry: ConsentExpiry, firstName: string): string {
  return expiry.kind === "date" ? `until ${formatCalendarDate(expiry.on)}` : `until ${firstName}'s treatment here ends`;
}

const placeWords: Record<NonNullable<SessionPlace>, string> = {
  in_person: "In person",
  video: "By video",
  both: "In person or by video",
};

export function sessionPlaceWords(place: SessionPlace): string {
  return place ? placeWords[place] : "Place to be confirmed";
}
