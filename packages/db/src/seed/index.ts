import { sql } from "drizzle-orm";
import { instantToZonedDate, mondayOf } from "@stepwise/domain";
import type { Database } from "../client";
import { programs } from "../schema";
import { demoCenter, type SeedContext } from "./center";
import { seedAttendance } from "./attendance";
import { seedClients } from "./clients";
import { markerProgramSlug, seedPrograms } from "./programs";
import { seededRandom } from "./random";
import { seedGroupSessions, seedIndividualSessions } from "./sessions";
import { seedStaff } from "./staff";

export { demoCenter, demoPassword, demoSignIns } from "./center";

export interface SeedOptions {
  /** Hashes demo passwords (argon2id in the app); injected so this package never imports auth. */
  hashPassword: (plain: string) => Promise<string>;
  /** The day the demo is built around; sessions and attendance are placed relative to it. Default: now. */
  today?: Date;
}

export interface SeedResult {
  /** False when demo data was already there; nothing was changed. */
  seeded: boolean;
  counts: { clients: number; groupSessions: number; individualSessions: number; attendance: number };
}

/** One fixed seed: the demo must look the same everywhere. */
const DEMO_RANDOM_SEED = 20_260_101;

/** Any constant; two processes seeding one fresh database at once wait for each other. */
const SEED_LOCK_KEY = 727_270_003;

/**
 * Fills an empty database with a fictional center's demo data. Idempotent: when the demo's
 * first program already exists, nothing is written. Deterministic: the same `today` gives the
 * same rows (apart from generated ids and timestamps).
 */
export async function seedDemoData(db: Database, options: SeedOptions): Promise<SeedResult> {
  const now = options.today ?? new Date();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const existing = await tx.select({ id: programs.id }).from(programs).where(sql`${programs.slug} = ${markerProgramSlug}`);
    if (existing.length > 0) {
      return { seeded: false, counts: { clients: 0, groupSessions: 0, individualSessions: 0, attendance: 0 } };
    }

    const context: SeedContext = {
      tx,
      hashPassword: options.hashPassword,
      random: seededRandom(DEMO_RANDOM_SEED),
      now,
      thisMonday: mondayOf(instantToZonedDate(now, demoCenter.timeZone)),
    };
    const seededPrograms = await seedPrograms(context);
    const staff = await seedStaff(context);
    const clients = await seedClients(context, seededPrograms, staff);
    const groupSessions = await seedGroupSessions(context, seededPrograms, staff);
    const individualSessions = await seedIndividualSessions(context, clients, staff);
    const attendanceRows = await seedAttendance(context, clients, [...groupSessions, ...individualSessions], staff);
    return {
      seeded: true,
      counts: {
        clients: clients.length,
        groupSessions: groupSessions.length,
        individualSessions: individualSessions.length,
        attendance: attendanceRows,
      },
    };
  });
}
