import type { ConsentExpiryEvent, ConsentScope, FamilyRelationship, IsoWeekday, SignUpStatus } from "@stepwise/domain";

export const demoFamilyEmail = "family@stepwise.test";
export const demoFamilyWithoutConsentEmail = "family2@stepwise.test";

/** A client of roster.ts, by name: the family data is found by it, also in a database seeded before it existed. */
export interface ClientName {
  firstName: string;
  lastName: string;
}

export const demoClientName: ClientName = { firstName: "Alex", lastName: "Morgan" };

export interface ConsentDefinition {
  scopes: ConsentScope[];
  /** In the client's own words, as they typed it. */
  purpose: string;
  signedDaysAgo: number;
  /** The last day covered, in days from today (negative: already over), or the event it ends at. */
  ends: { inDays: number } | { event: ConsentExpiryEvent };
  /** A consent the client took back, this many days ago. */
  revokedDaysAgo?: number;
}

export type FamilyKey =
  | "jordan"
  | "casey"
  | "linda"
  | "jordanForRosa"
  | "james"
  | "linh"
  | "isabel"
  | "erik"
  | "carmen"
  | "emma"
  | "luca"
  | "riley"
  | "farah";

export interface FamilyDefinition {
  key: FamilyKey;
  client: ClientName;
  /** As the client named them. */
  name: string;
  relationship: FamilyRelationship;
  email: string;
  invitedDaysAgo: number;
  /** Null while the invitation is still open. */
  joinedDaysAgo: number | null;
  /** Oldest first. */
  consents: ConsentDefinition[];
}

const untilTreatmentEnds = { event: "end_of_treatment" } as const;
const everything: ConsentScope[] = ["schedule", "attendance_summary", "plan_summary", "family_sessions"];

/**
 * The people in the clients' lives. Around the demo client: a partner who sees everything (and
 * whose first, narrower consent was taken back), a brother whose consent has run out, and a
 * mother who has not accepted her invitation yet. The partner is also a friend of a client in
 * another program, who shares only her schedule. The rest are families of clients in the same
 * program, so the multi-family group has people in it. Fictional people, like the roster.
 */
export const familyRoster: readonly FamilyDefinition[] = [
  {
    key: "jordan",
    client: demoClientName,
    name: "Jordan Ellis",
    relationship: "spouse_or_partner",
    email: demoFamilyEmail,
    invitedDaysAgo: 37,
    joinedDaysAgo: 36,
    consents: [
      { scopes: ["schedule", "attendance_summary"], purpose: "So Jordan knows when I'm at group", signedDaysAgo: 35, ends: { inDays: 60 }, revokedDaysAgo: 21 },
      { scopes: everything, purpose: "To support my recovery at home", signedDaysAgo: 14, ends: { inDays: 182 } },
    ],
  },
  {
    key: "casey",
    client: demoClientName,
    name: "Casey Morgan",
    relationship: "sibling",
    email: demoFamilyWithoutConsentEmail,
    invitedDaysAgo: 37,
    joinedDaysAgo: 36,
    consents: [{ scopes: ["schedule", "family_sessions"], purpose: "So Casey can come to a family session while visiting", signedDaysAgo: 35, ends: { inDays: -7 } }],
  },
  {
    key: "linda",
    client: demoClientName,
    name: "Linda Morgan",
    relationship: "parent",
    email: "linda.morgan@family.stepwise.test",
    invitedDaysAgo: 1,
    joinedDaysAgo: null,
    consents: [],
  },
  {
    key: "jordanForRosa",
    client: { firstName: "Rosa", lastName: "Jimenez" },
    name: "Jordan Ellis",
    relationship: "friend",
    email: demoFamilyEmail,
    invitedDaysAgo: 20,
    joinedDaysAgo: 19,
    consents: [{ scopes: ["schedule"], purpose: "So Jordan can drive me to group on nights I can't", signedDaysAgo: 18, ends: untilTreatmentEnds }],
  },
  {
    key: "james",
    client: { firstName: "Danielle", lastName: "Okafor" },
    name: "James Okafor",
    relationship: "spouse_or_partner",
    email: "james.okafor@family.stepwise.test",
    invitedDaysAgo: 30,
    joinedDaysAgo: 29,
    consents: [{ scopes: everything, purpose: "So James can support me at home", signedDaysAgo: 28, ends: untilTreatmentEnds }],
  },
  {
    key: "linh",
    client: { firstName: "Kevin", lastName: "Tran" },
    name: "Linh Tran",
    relationship: "parent",
    email: "linh.tran@family.stepwise.test",
    invitedDaysAgo: 25,
    joinedDaysAgo: 24,
    consents: [{ scopes: ["schedule", "family_sessions"], purpose: "So my mom can come to family group", signedDaysAgo: 23, ends: untilTreatmentEnds }],
  },
  {
    key: "isabel",
    client: { firstName: "Maria", lastName: "Delgado" },
    name: "Isabel Delgado",
    relationship: "child",
    email: "isabel.delgado@family.stepwise.test",
    invitedDaysAgo: 40,
    joinedDaysAgo: 39,
    consents: [
      { scopes: ["schedule", "attendance_summary", "family_sessions"], purpose: "So my daughter knows how I'm doing", signedDaysAgo: 38, ends: untilTreatmentEnds },
    ],
  },
  {
    key: "erik",
    client: { firstName: "Hannah", lastName: "Lindqvist" },
    name: "Erik Lindqvist",
    relationship: "parent",
    email: "erik.lindqvist@family.stepwise.test",
    invitedDaysAgo: 28,
    joinedDaysAgo: 27,
    consents: [{ scopes: everything, purpose: "My dad helps me keep to my plan", signedDaysAgo: 26, ends: untilTreatmentEnds }],
  },
  {
    key: "carmen",
    client: { firstName: "Victor", lastName: "Aguilar" },
    name: "Carmen Aguilar",
    relationship: "spouse_or_partner",
    email: "carmen.aguilar@family.stepwise.test",
    invitedDaysAgo: 21,
    joinedDaysAgo: 20,
    consents: [{ scopes: ["family_sessions"], purpose: "To take part in family sessions together", signedDaysAgo: 19, ends: { inDays: 90 } }],
  },
  {
    key: "emma",
    client: { firstName: "Grace", lastName: "Whitfield" },
    name: "Emma Whitfield",
    relationship: "sibling",
    email: "emma.whitfield@family.stepwise.test",
    invitedDaysAgo: 3,
    joinedDaysAgo: 2,
    consents: [{ scopes: ["schedule", "family_sessions"], purpose: "So my sister can join the family group", signedDaysAgo: 1, ends: untilTreatmentEnds }],
  },
  {
    key: "luca",
    client: { firstName: "Sofia", lastName: "Marchetti" },
    name: "Luca Marchetti",
    relationship: "sibling",
    email: "luca.marchetti@family.stepwise.test",
    invitedDaysAgo: 21,
    joinedDaysAgo: 20,
    consents: [{ scopes: ["family_sessions"], purpose: "For family sessions", signedDaysAgo: 19, ends: { inDays: 120 } }],
  },
  {
    key: "riley",
    client: { firstName: "Ethan", lastName: "Brooks" },
    name: "Riley Brooks",
    relationship: "spouse_or_partner",
    email: "riley.brooks@family.stepwise.test",
    invitedDaysAgo: 30,
    joinedDaysAgo: 29,
    consents: [{ scopes: everything, purpose: "So Riley and I can work on this together", signedDaysAgo: 28, ends: untilTreatmentEnds }],
  },
  {
    key: "farah",
    client: { firstName: "Aisha", lastName: "Rahman" },
    name: "Farah Rahman",
    relationship: "parent",
    email: "farah.rahman@family.stepwise.test",
    invitedDaysAgo: 22,
    joinedDaysAgo: 21,
    consents: [{ scopes: ["schedule", "family_sessions"], purpose: "So my mother can come to family group", signedDaysAgo: 20, ends: untilTreatmentEnds }],
  },
];

export interface FamilySessionDefinition {
  title: string;
  startTime: string;
  endTime: string;
  capacity: number;
  location: string;
  videoUrl?: string;
}

/** Who holds a seat: a family member, or the client themselves (for their family). */
export type Seat = ({ family: FamilyKey } | { client: ClientName }) & { status: SignUpStatus };

const confirmed = (family: FamilyKey): Seat => ({ family, status: "confirmed" });
const waitlisted = (family: FamilyKey): Seat => ({ family, status: "waitlisted" });
const cancelled = (family: FamilyKey): Seat => ({ family, status: "cancelled" });
const clientItself = (client: ClientName): Seat => ({ client, status: "confirmed" });
const danielle: ClientName = { firstName: "Danielle", lastName: "Okafor" };

/**
 * The demo client's program's weekly multi-family group, on an evening the evening track does
 * not meet, for the next four weeks. Seats in arrival order (the waitlist's order). The first
 * has the demo family member's one seat; the second one free seat; the third is full with a
 * waitlist; the fourth is nearly empty.
 */
export const multiFamilyGroup: FamilySessionDefinition & { weekday: IsoWeekday; weeks: Seat[][] } = {
  title: "Multi-family group",
  weekday: 2,
  startTime: "18:00",
  endTime: "19:30",
  capacity: 8,
  location: "Community room",
  weeks: [
    [confirmed("jordan"), confirmed("james"), clientItself(danielle), confirmed("erik"), cancelled("carmen")],
    [clientItself(demoClientName), confirmed("james"), confirmed("linh"), confirmed("isabel"), confirmed("erik"), confirmed("carmen"), confirmed("luca")],
    [
      confirmed("james"),
      clientItself(danielle),
      confirmed("linh"),
      confirmed("isabel"),
      confirmed("erik"),
      confirmed("carmen"),
      confirmed("emma"),
      confirmed("luca"),
      waitlisted("riley"),
      waitlisted("farah"),
    ],
    [confirmed("linh"), confirmed("emma")],
  ],
};

/** A session for the demo client's family alone, on Friday next week, after individual therapy. */
export const singleFamilySession: FamilySessionDefinition & { client: ClientName; daysAfterThisMonday: number; seats: Seat[] } = {
  title: "Family therapy session",
  client: demoClientName,
  daysAfterThisMonday: 11,
  startTime: "15:00",
  endTime: "16:00",
  capacity: 4,
  location: "Therapy office 2",
  videoUrl: "https://video.harborview.test/family-therapy",
  seats: [clientItself(demoClientName)],
};
