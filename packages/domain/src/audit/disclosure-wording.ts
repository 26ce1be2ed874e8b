import { type FamilyRelationship, familyRelationshipLabels } from "../family/family-member";
import type { StaffRole } from "../staff/staff-permission";
import type { CalendarDate } from "../time/calendar-date";
import { auditActionDefinition } from "./audit-actions";

/**
 * "Who has seen my information", in the client's words: each time a family member saw something
 * the client shares, under which consent, and each time someone at the center opened or changed
 * their information, by role (the privacy officer can say who, on request). Never what it said.
 */

/** A family member's read of the client's information, and the consents it was allowed under. */
export interface FamilyDisclosure {
  kind: "family";
  action: string;
  familyMember: { name: string; relationship: FamilyRelationship };
  /** The days (in the center's zone) the client signed each consent the read was allowed under. */
  consentsSignedOn: readonly CalendarDate[];
}

/** Someone at the center who read or changed the client's information. */
export interface StaffAccess {
  kind: "staff";
  action: string;
  /** Null only for an account whose staff record is gone. */
  role: StaffRole | null;
}

export type InformationSeen = FamilyDisclosure | StaffAccess;

/** How a client reads who, by role, at the start of a sentence. */
export const staffRoleForClient: Record<StaffRole, string> = {
  clinician: "A clinician",
  program_director: "A program director",
  front_desk: "The front desk",
  administrator: "An administrator",
  privacy_officer: "The privacy officer",
};

const listed = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

function underConsents(signedOn: readonly CalendarDate[], formatDate: (date: CalendarDate) => string): string {
  const days = [...new Set(signedOn)].sort();
  if (days.length === 0) return ", under a consent you gave them";
  return `, under the ${days.length === 1 ? "consent" : "consents"} you signed on ${listed(days.map(formatDate))}`;
}

/**
 * One line of "Who has seen my information": "Jordan Ellis (spouse or partner) saw your schedule,
 * under the consent you signed on Mar 3, 2026." or "A clinician opened your record." An action the
 * catalog has no words for still says that someone used the client's information.
 */
export function informationSeenSentence(entry: InformationSeen, formatDate: (date: CalendarDate) => string): string {
  const definition = auditActionDefinition(entry.action);
  if (entry.kind === "staff") {
    const who = entry.role ? staffRoleForClient[entry.role] : "Someone at the center";
    return `${who} ${definition?.forClient ?? "used your information"}.`;
  }
  const who = `${entry.familyMember.name} (${familyRelationshipLabels[entry.familyMember.relationship].toLowerCase()})`;
  const what = definition?.forClient ?? "saw something you share with them";
  // Only what is read under a consent names one: accepting an invitation comes before any consent.
  const underConsent = entry.consentsSignedOn.length > 0 || definition === undefined || definition.group === "family_portal";
  return `${who} ${what}${underConsent ? underConsents(entry.consentsSignedOn, formatDate) : ""}.`;
}
