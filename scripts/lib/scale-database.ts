import { hashPassword } from "@stepwise/auth/password";
import { createDatabase } from "@stepwise/db/client";
import { startEmbeddedDatabase } from "@stepwise/db/embedded";
import { migrateDatabase } from "@stepwise/db/migrate";
import { type ScaleSize, recreateDatabase, seedScaleCenter } from "@stepwise/db/seed";
import postgres from "postgres";

/** The benchmark's own database, beside (never instead of) the demo's. */
export const scaleDatabaseName = "stepwise_scale";
/** The scale center's password, for the benchmark's sign-ins only; it exists in no other database. */
export const scalePassword = "stepwise-bench-2026";

/** The server to put the scale database on: DATABASE_URL's, else the embedded one (started if needed). */
export async function scaleServer(configuredUrl: string | undefined) {
  if (configuredUrl) return { adminUrl: configuredUrl, stop: async () => {} };
  const server = await startEmbeddedDatabase();
  return { adminUrl: server.adminUrl, stop: () => server.stop() };
}

/** Makes the scale database afresh on the server and fills it; what it holds, and how long that took. */
export async function seedScaleDatabase(adminUrl: string, size: ScaleSize, options: { database?: string; today?: Date } = {}) {
  const name = options.database ?? scaleDatabaseName;
  const started = Date.now();
  const url = await recreateDatabase(adminUrl, name);
  await migrateDatabase(url);
  const { db, close } = createDatabase(url, { max: 2, applicationName: "stepwise-seed-scale" });
  try {
    const result = await seedScaleCenter(db, size, { passwordHash: await hashPassword(scalePassword), today: options.today ?? new Date() });
    // Statistics now, as a center's database has them, rather than whenever autovacuum comes by:
    // plans made on an unanalysed database are not the ones a real center gets.
    const statistics = postgres(url, { max: 1, onnotice: () => {} });
    await statistics`analyze`.finally(() => statistics.end({ timeout: 5 }));
    return { url, ...result, seconds: (Date.now() - started) / 1000 };
  } finally {
    await close();
  }
}
