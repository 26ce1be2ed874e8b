import type { OptionKey } from "./programs";
import type { StaffKey } from "./staff";

/**
 * How a client's attendance looks in the demo, so every flag the staff app raises has someone
 * to show it on:
 * - steady: comes to nearly everything (small variation in older weeks);
 * - underFloorTwoWeeks: misses a session last week and the week before → level-of-care review due;
 * - underFloorLastWeek: short last week only → flagged this week;
 * - absentStreak: missed the last few sessions in a row → outreach due;
 * - steppedDown: PHP until two weeks ago, then the Adult IOP evening track;
 * - onHold: enrollment on hold since last Monday, no attendance after;
 * - alumnus: discharged (completed) before the session window, with a continuing-care plan;
 * - referred / intakeScheduled: waiting to start, so the intake queue has someone in it.
 */
export type AttendanceProfile =
  | "steady"
  | "underFloorTwoWeeks"
  | "underFloorLastWeek"
  | "absentStreak"
  | "steppedDown"
  | "onHold"
  | "alumnus"
  | "referred"
  | "intakeScheduled";

export interface RosterEntry {
  firstName: string;
  lastName: string;
  preferredName?: string;
  dateOfBirth: string;
  option: OptionKey;
  /** Days before this Monday on which the enrollment started (negative: starts later this week). */
  startedDaysAgo: number;
  profile: AttendanceProfile;
  therapist: StaffKey;
  /** Portal e-mail, when the client has an account. */
  email?: string;
  /** Weekly individual therapy with the primary therapist. */
  individualTherapy?: boolean;
}

export const demoClientEmail = "client@stepwise.test";

// Fictional people. Dates of birth put everyone between 19 and 64.
export const roster: readonly RosterEntry[] = [
  // Adult Mental Health IOP, evening track (the demo client is here)
  { firstName: "Alex", lastName: "Morgan", dateOfBirth: "1991-04-17", option: "adultEvening", startedDaysAgo: 38, profile: "steady", therapist: "bell", email: demoClientEmail, individualTherapy: true },
  { firstName: "Danielle", lastName: "Okafor", dateOfBirth: "1987-09-02", option: "adultEvening", startedDaysAgo: 45, profile: "steady", therapist: "bell", email: "danielle.okafor@clients.stepwise.test", individualTherapy: true },
  { firstName: "Kevin", lastName: "Tran", dateOfBirth: "1996-12-11", option: "adultEvening", startedDaysAgo: 31, profile: "underFloorTwoWeeks", therapist: "bell" },
  { firstName: "Maria", lastName: "Delgado", preferredName: "Mari", dateOfBirth: "1979-06-23", option: "adultEvening", startedDaysAgo: 52, profile: "steady", therapist: "bell" },
  { firstName: "Jamal", lastName: "Hughes", dateOfBirth: "1984-02-28", option: "adultEvening", startedDaysAgo: 24, profile: "absentStreak", therapist: "bell", email: "jamal.hughes@clients.stepwise.test" },
  { firstName: "Hannah", lastName: "Lindqvist", dateOfBirth: "2001-08-05", option: "adultEvening", startedDaysAgo: 35, profile: "steppedDown", therapist: "bell", individualTherapy: true },
  { firstName: "Victor", lastName: "Aguilar", dateOfBirth: "1972-11-30", option: "adultEvening", startedDaysAgo: 36, profile: "steppedDown", therapist: "ortiz" },
  { firstName: "Grace", lastName: "Whitfield", dateOfBirth: "1999-03-14", option: "adultEvening", startedDaysAgo: 3, profile: "steady", therapist: "bell" },
  // Adult Mental Health IOP, morning track
  { firstName: "Ethan", lastName: "Brooks", dateOfBirth: "1993-07-19", option: "adultMorning", startedDaysAgo: 40, profile: "steady", therapist: "ortiz", individualTherapy: true },
  { firstName: "Sofia", lastName: "Marchetti", dateOfBirth: "1988-01-08", option: "adultMorning", startedDaysAgo: 33, profile: "steady", therapist: "ortiz", email: "sofia.marchetti@clients.stepwise.test" },
  { firstName: "Nathan", lastName: "Cole", dateOfBirth: "1981-05-25", option: "adultMorning", startedDaysAgo: 47, profile: "underFloorLastWeek", therapist: "ortiz" },
  { firstName: "Aisha", lastName: "Rahman", dateOfBirth: "1995-10-03", option: "adultMorning", startedDaysAgo: 29, profile: "steady", therapist: "ortiz" },
  { firstName: "Peter", lastName: "Novak", dateOfBirth: "1968-12-20", option: "adultMorning", startedDaysAgo: 42, profile: "onHold", therapist: "ortiz" },
  { firstName: "Lauren", lastName: "Fitzgerald", dateOfBirth: "1990-04-09", option: "adultMorning", startedDaysAgo: 10, profile: "steady", therapist: "ortiz" },
  { firstName: "Omar", lastName: "Haddad", dateOfBirth: "1986-08-16", option: "adultMorning", startedDaysAgo: 38, profile: "underFloorTwoWeeks", therapist: "ortiz" },
  // Dual Diagnosis IOP, evening track
  { firstName: "Tyler", lastName: "Benson", dateOfBirth: "1994-02-12", option: "dualEvening", startedDaysAgo: 44, profile: "steady", therapist: "whitaker", individualTherapy: true },
  { firstName: "Rosa", lastName: "Jimenez", dateOfBirth: "1983-09-27", option: "dualEvening", startedDaysAgo: 30, profile: "steady", therapist: "whitaker", email: "rosa.jimenez@clients.stepwise.test" },
  { firstName: "Derek", lastName: "Sullivan", dateOfBirth: "1977-06-06", option: "dualEvening", startedDaysAgo: 37, profile: "absentStreak", therapist: "whitaker" },
  { firstName: "Mei", lastName: "Chen", dateOfBirth: "1998-11-21", option: "dualEvening", startedDaysAgo: 26, profile: "steady", therapist: "whitaker" },
  { firstName: "Brandon", lastName: "Price", dateOfBirth: "1989-03-03", option: "dualEvening", startedDaysAgo: 49, profile: "underFloorTwoWeeks", therapist: "whitaker" },
  { firstName: "Carla", lastName: "Mendes", dateOfBirth: "1992-07-30", option: "dualEvening", startedDaysAgo: 17, profile: "steady", therapist: "whitaker", individualTherapy: true },
  { firstName: "Luis", lastName: "Ramirez", dateOfBirth: "1985-01-15", option: "dualEvening", startedDaysAgo: 84, profile: "alumnus", therapist: "whitaker", email: "luis.ramirez@clients.stepwise.test" },
  // Partial Hospitalization Program
  { firstName: "Olivia", lastName: "Grant", dateOfBirth: "2000-05-05", option: "phpDay", startedDaysAgo: 21, profile: "steady", therapist: "bell", individualTherapy: true },
  { firstName: "Marcus", lastName: "Webb", dateOfBirth: "1975-10-10", option: "phpDay", startedDaysAgo: 18, profile: "steady", therapist: "ortiz" },
  { firstName: "Jasmine", lastName: "Patel", dateOfBirth: "1997-12-01", option: "phpDay", startedDaysAgo: 25, profile: "underFloorTwoWeeks", therapist: "bell" },
  { firstName: "Connor", lastName: "Murphy", dateOfBirth: "2003-02-19", option: "phpDay", startedDaysAgo: 14, profile: "steady", therapist: "ortiz", email: "connor.murphy@clients.stepwise.test" },
  { firstName: "Naomi", lastName: "Feldman", dateOfBirth: "1982-08-08", option: "phpDay", startedDaysAgo: 7, profile: "steady", therapist: "bell" },
  { firstName: "Isaac", lastName: "Osei", dateOfBirth: "1990-09-09", option: "phpDay", startedDaysAgo: 24, profile: "underFloorLastWeek", therapist: "ortiz" },
  { firstName: "Beatrice", lastName: "Lowe", dateOfBirth: "1966-04-04", option: "phpDay", startedDaysAgo: 0, profile: "steady", therapist: "bell" },
  { firstName: "Andre", lastName: "Dubois", dateOfBirth: "1988-06-18", option: "phpDay", startedDaysAgo: 28, profile: "absentStreak", therapist: "ortiz" },
  // Waiting to start: referred last Friday, and one with an intake booked, both for next Monday.
  { firstName: "Priya", lastName: "Natarajan", dateOfBirth: "1994-01-27", option: "adultEvening", startedDaysAgo: -7, profile: "referred", therapist: "bell" },
  { firstName: "Samuel", lastName: "Adeyemi", preferredName: "Sam", dateOfBirth: "1986-10-12", option: "adultMorning", startedDaysAgo: -7, profile: "intakeScheduled", therapist: "ortiz" },
];
