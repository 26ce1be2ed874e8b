import { type CalendarDate, instantToZonedDate, mondayOf } from "@stepwise/domain";
import type { Transaction } from "../client";
import { demoFamilyEmail, demoFamilyWithoutConsentEmail } from "./family-roster";
import { type Random, seededRandom } from "./random";

/**
 * A fictional center; any likeness to a real business is accidental. Its name, address and phone
 * numbers are the center_settings row that migration 0012 writes.
 */
export const demoCenter = {
  timeZone: "America/New_York",
} as const;

/** The demo's privacy officer: reads the audit, and nothing else of the staff app (privacy.ts). */
export const demoPrivacyOfficerEmail = "privacy@stepwise.test";

/** Demo only: printed by the launcher, never used outside the demo data. */
export const demoPassword = "stepwise-demo-2026";

/**
 * Demo only: the authenticator key of the demo staff sign-ins (base32, as authenticator apps take
 * it), printed by the launcher beside the password. Staff always need a second factor; with this
 * key in any authenticator app (or computed by the end-to-end tests) the demo stays usable.
 */
export const demoTotpSecret = "STEPWISEDEMOKEYSTEPWISEDEMOKEY23";

/** The demo staff sign-in with no authenticator yet: signing in shows how staff set one up. */
export const demoStaffToSetUpEmail = "owen.park@harborview.test";

export const demoSignIns = [
  { kind: "client", app: "portal", email: "client@stepwise.test", password: demoPassword, who: "Alex Morgan, client in Adult Mental Health IOP (evening)" },
  { kind: "family", app: "portal", email: demoFamilyEmail, password: demoPassword, who: "Jordan Ellis, Alex's partner: Alex shares everything with them" },
  { kind: "family", app: "portal", email: demoFamilyWithoutConsentEmail, password: demoPassword, who: "Casey Morgan, Alex's brother: nothing shared (consent expired)" },
  { kind: "staff", app: "staff", email: "clinician@stepwise.test", password: demoPassword, who: "Marcus Bell, LCSW, clinician" },
  { kind: "staff", app: "staff", email: "director@stepwise.test", password: demoPassword, who: "Dr. Renee Castillo, PsyD, program director" },
  { kind: "staff", app: "staff", email: "frontdesk@stepwise.test", password: demoPassword, who: "Tasha Greene, front desk" },
  { kind: "staff", app: "staff", email: demoPrivacyOfficerEmail, password: demoPassword, who: "Nadia Quinn, privacy officer: the audit only" },
  { kind: "staff", app: "staff", email: demoStaffToSetUpEmail, password: demoPassword, who: "Owen Park, administrator: sets up an authenticator app at first sign-in" },
] as const;

/** Everything the seed steps share: the transaction, the calendar anchor and the PRNG. */
export interface SeedContext {
  tx: Transaction;
  hashPassword: (plain: string) => Promise<string>;
  random: Random;
  /** Now, as an instant: sessions that ended before it have attendance. */
  now: Date;
  /** Monday of the current week in the center's time zone; every seeded date is relative to it. */
  thisMonday: CalendarDate;
}

/** One fixed seed: the demo must look the same everywhere. */
const DEMO_RANDOM_SEED = 20_260_101;

export function createSeedContext(tx: Transaction, hashPassword: SeedContext["hashPassword"], now: Date): SeedContext {
  return {
    tx,
    hashPassword,
    random: seededRandom(DEMO_RANDOM_SEED),
    now,
    thisMonday: mondayOf(instantToZonedDate(now, demoCenter.timeZone)),
  };
}

/** A password nobody knows, for accounts that exist but are not demo sign-ins. */
export async function unusablePasswordHash(context: SeedContext): Promise<string> {
  const { randomBytes } = await import("node:crypto");
  return context.hashPassword(randomBytes(24).toString("base64url"));
}
