import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { findRepoRoot } from "./env";

/** Any constant shared by every process that migrates; two app instances starting together wait for each other. */
const MIGRATION_LOCK_KEY = 727_270_001;

/** The committed SQL migrations in packages/db/drizzle. */
export function migrationsFolder(): string {
  // A path rather than `new URL("../drizzle", import.meta.url)`: bundlers (Turbopack in the apps)
  // treat that form as an asset import and fail to build on a directory.
  const besideSource = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "drizzle");
  if (existsSync(path.join(besideSource, "meta", "_journal.json"))) return besideSource;
  // Bundlers may move this file; the repository layout is the fallback.
  return path.join(findRepoRoot(), "packages", "db", "drizzle");
}

/**
 * Applies pending migrations. Safe to call from several processes at once: the migrator runs on
 * one connection holding a session advisory lock, so a second caller waits and then finds
 * nothing to do.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle(sql), { migrationsFolder: migrationsFolder() });
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
