import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The only place in @stepwise/db that reads process.env. Parsed once, at import, so a bad value
 * stops the process at start with a message that names the variable, not at the first query.
 */

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value) && URL.canParse(value), {
    message: "must be a postgres:// or postgresql:// URL, e.g. postgres://user:password@host:5432/stepwise",
  });

/** `.env` files often leave a variable present but empty; treat that as unset. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
}

const envSchema = z.object({
  /**
   * The application database, signed in as the app role (stepwise_app, or a login granted it).
   * Unset: an embedded PostgreSQL server under STEPWISE_DATA_DIR.
   */
  DATABASE_URL: optional(postgresUrl),
  /**
   * The same database signed in as the tables' owner, for migrations. Set: a process that opens the
   * database migrates it first. Unset: a deployment step migrates (`pnpm db:migrate`).
   */
  MIGRATION_DATABASE_URL: optional(postgresUrl),
  /** A server on which tests may create and drop databases. Unset: the embedded server. */
  TEST_DATABASE_URL: optional(postgresUrl),
  /** Where local state lives (the embedded server's data). Default: `<repo root>/.data`. */
  STEPWISE_DATA_DIR: optional(z.string().min(1)),
});

export interface DatabaseEnv {
  databaseUrl: string | undefined;
  migrationDatabaseUrl: string | undefined;
  testDatabaseUrl: string | undefined;
  dataDir: string;
}

export function parseDatabaseEnv(source: Record<string, string | undefined>): DatabaseEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`@stepwise/db: invalid environment:\n${problems}`);
  }
  const { DATABASE_URL, MIGRATION_DATABASE_URL, TEST_DATABASE_URL, STEPWISE_DATA_DIR } = parsed.data;
  return {
    databaseUrl: DATABASE_URL,
    migrationDatabaseUrl: MIGRATION_DATABASE_URL,
    testDatabaseUrl: TEST_DATABASE_URL,
    dataDir: STEPWISE_DATA_DIR ? path.resolve(STEPWISE_DATA_DIR) : path.join(findRepoRoot(), ".data"),
  };
}

/**
 * Walks up from the working directory to the workspace root. Works the same whether the caller is
 * an app (cwd apps/portal), a package's tests (cwd packages/db) or the root launcher, and does not
 * depend on import.meta, which bundlers rewrite.
 */
export function findRepoRoot(from: string = process.cwd()): string {
  // A run-time path: the comments keep the apps' bundler from tracing the whole repository.
  let dir = path.resolve(/* turbopackIgnore: true */ from);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(/* turbopackIgnore: true */ from);
    dir = parent;
  }
}

export const env: DatabaseEnv = parseDatabaseEnv(process.env);
