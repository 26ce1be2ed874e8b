import type { FamilyRelationship } from "@stepwise/domain";
import type { SessionPlace } from "./types";

/**
 * How the client listed the person reading, said to them about the client: "Alex's parent",
 * "a friend of Alex's", "someone close to Alex" (the client's own "someone else close to me").
 */
const relationshipWords: Record<FamilyRelationship, (firstName: string) => string> = {
  spouse_or_partner: (name) => `${name}'s spouse or partner`,
  parent: (name) => `${name}'s parent`,
  child: (name) => `${name}'s child`,
  sibling: (name) => `${name}'s brother or sister`,
  grandparent: (name) => `${name}'s grandparent`,
  other_relative: (name) => `a relative of ${name}'s`,
  friend: (name) => `a friend of ${name}'s`,
  other: (name) => `someone close to ${name}`,
};

export function relationshipToClient(relationship: FamilyRelationship, firstName: string): string {
  return relationshipWords[relationship](firstName);
}

const placeWords: Record<NonNullable<SessionPlace>, string> = {
  in_person: "In person",
  video: "By video",
  both: "In person or by video",
};

export function sessionPlaceWords(place: SessionPlace): string {
  return place ? placeWords[place] : "Place to be confirmed";
}
