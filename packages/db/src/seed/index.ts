import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { createSeedContext } from "./center";
import { type CenterCounts, centerSeeded, seedCenter } from "./center-data";
import { type FamilyCounts, seedFamily } from "./family";
import { seedCarePlans } from "./care-plans";
import { seedMeasures } from "./measures";
import { seedPrivacy } from "./privacy";
import { type SealTotpSecret, seedDemoSecondFactors } from "./second-factors";

export { demoCenter, demoPassword, demoSignIns, demoStaffToSetUpEmail, demoTotpSecret } from "./center";
export type { SealTotpSecret } from "./second-factors";
export { type ScaleSeedResult, type ScaleSize, recreateDatabase, seedScaleCenter } from "./scale";

export interface SeedOptions {
  /** Hashes demo passwords (argon2id in the app); injected so this package never imports auth. */
  hashPassword: (plain: string) => Promise<string>;
  /**
   * Seals the demo staff's authenticator key under the apps' secret (@stepwise/auth's
   * sealTotpSecret, injected like hashPassword). Without it the demo staff get no second factor and
   * set one up at their first sign-in.
   */
  sealTotpSecret?: SealTotpSecret;
  /** The day the demo is built around; sessions and attendance are placed relative to it. Default: now. */
  today?: Date;
}

export interface SeedResult {
  /** False when all the demo data was already there; nothing was changed. */
  seeded: boolean;
  counts: CenterCounts & FamilyCounts;
}

/** Any constant; two processes seeding one fresh database at once wait for each other. */
const SEED_LOCK_KEY = 727_270_003;

const nothingOfTheCenter: CenterCounts = { clients: 0, groupSessions: 0, individualSessions: 0, attendance: 0 };
const nothingOfTheFamilies: FamilyCounts = { familyMembers: 0, consents: 0, familySessions: 0, familySignUps: 0 };

/**
 * Fills an empty database with a fictional center's demo data. Idempotent: the center's part is
 * written only when the demo's first program is missing, the families' part only when the demo
 * family account is, and the privacy officer's only when their account is; so a demo database
 * made before one of them existed gains it on its next start, and nothing is ever written twice. Deterministic: the same `today`
 * gives the same rows (apart from generated ids, secrets and timestamps).
 */
export async function seedDemoData(db: Database, options: SeedOptions): Promise<SeedResult> {
  const now = options.today ?? new Date();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const context = createSeedContext(tx, options.hashPassword, now);
    const center = (await centerSeeded(tx)) ? null : await seedCenter(context);
    const families = await seedFamily(context);
    // After the families: its first audit entries are reads of what they were shared.
    const privacy = await seedPrivacy(context);
    // After the center: weeks of check-ins for the clients it seeded, once.
    const measures = await seedMeasures(context);
    // After the check-ins: a plan's PHQ-9 objective is set just under the client's latest score.
    const carePlans = await seedCarePlans(context);
    if (options.sealTotpSecret) await seedDemoSecondFactors(tx, options.sealTotpSecret);
    return {
      seeded: center !== null || families !== null || privacy !== null || measures !== null || carePlans !== null,
      counts: { ...(center ?? nothingOfTheCenter), ...(families ?? nothingOfTheFamilies) },
    };
  });
}
