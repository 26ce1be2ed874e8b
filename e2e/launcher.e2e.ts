import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, test } from "@playwright/test";

// No browser here: the launcher itself, as `pnpm start` runs it once the apps are built (they are
// by now: the suite runs after the production build).
const repoRoot = path.resolve(import.meta.dirname, "..");
const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");

/** A port nothing listens on right now, on loopback. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function isAlive(pid: number): boolean {
  // An exited process its parent has not reaped yet (a zombie) holds nothing: not alive.
  const state = /\) (\w)/.exec(readFileOrEmpty(`/proc/${pid}/stat`))?.[1];
  if (state === "Z" || state === "X") return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readFileOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Whether the process is gone within a few seconds: it may still be exiting when its port closes. */
async function endsSoon(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  return !isAlive(pid);
}

async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms / 1000} s`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The embedded server's pid and port, as its postmaster.pid names them, and whether it says it is
 * ready: initdb's own single-user backends write that file too, naming the default port 5432.
 */
async function postmaster(clusterDir: string): Promise<{ pid: number; port: number; ready: boolean }> {
  const lines = (await readFile(path.join(clusterDir, "postmaster.pid"), "utf8")).split("\n");
  return { pid: Number(lines[0]), port: Number(lines[3]), ready: lines[7]?.trim() === "ready" };
}

/** The embedded server's pid and port once it runs: its pid file exists and names a port. */
async function serverStarted(clusterDir: string): ReturnType<typeof postmaster> {
  for (;;) {
    const server = await postmaster(clusterDir).catch(() => undefined);
    if (server?.ready && (await isListening(server.port))) return server;
    await sleep(100);
  }
}

/**
 * Starts the launcher on a fresh data folder and free ports, presses Ctrl-C once `pressWhen` says,
 * and checks that the launcher exits 0 with every port it used free and the server's process gone.
 */
async function ctrlC(pressWhen: "running" | "starting") {
  // A fresh data folder, as on a first `pnpm start`; readable by the `postgres` user when run as root.
  const dataDir = await mkdtemp(path.join(tmpdir(), "stepwise-launcher-"));
  await chmod(dataDir, 0o755);
  const ports = { portal: await freePort(), staff: await freePort() };
  let launcher: ChildProcess | undefined;
  let server: Awaited<ReturnType<typeof postmaster>> | undefined;
  let output = "";
  try {
    // A process group of its own, as a terminal gives the command it runs in the foreground.
    launcher = spawn(tsx, ["scripts/start.ts"], {
      cwd: repoRoot,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        STEPWISE_DATA_DIR: dataDir,
        PORTAL_PORT: String(ports.portal),
        STAFF_PORT: String(ports.staff),
        // The embedded server, whatever the suite runs on.
        DATABASE_URL: undefined,
        MIGRATION_DATABASE_URL: undefined,
        NEXTAUTH_SECRET: undefined,
      },
    });
    const running = launcher;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      running.once("exit", (code, signal) => resolve({ code, signal })),
    );
    const ready = new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Press Ctrl-C to stop.")) resolve();
      };
      running.stdout?.on("data", read);
      running.stderr?.on("data", read);
      void exited.then(({ code }) => reject(new Error(`the launcher exited with ${code} before it was ready:\n${output}`)));
    });
    const clusterDir = path.join(dataDir, "postgres");
    if (pressWhen === "running") {
      await within(180_000, "the launcher's banner", ready);
      server = await postmaster(clusterDir);
      for (const port of [server.port, ports.portal, ports.staff]) expect(await isListening(port), `port ${port} before Ctrl-C`).toBe(true);
    } else {
      // The server is up (its pid file names a port) and the launcher is migrating and seeding.
      server = await within(120_000, "the embedded server's start", serverStarted(clusterDir));
      expect(await isListening(server.port), `port ${server.port} before Ctrl-C`).toBe(true);
      ready.catch(() => undefined);
    }

    // What the terminal does on Ctrl-C: SIGINT to every process in the foreground group.
    process.kill(-running.pid!, "SIGINT");
    const exit = await within(60_000, "the launcher's exit after Ctrl-C", exited);

    expect(exit, output).toEqual({ code: 0, signal: null });
    expect(output).toContain("Stepwise has stopped.");
    if (pressWhen === "starting") expect(output, "the apps never started").not.toContain("Press Ctrl-C to stop.");
    for (const port of [server.port, ports.portal, ports.staff]) expect(await isListening(port), `port ${port} after Ctrl-C`).toBe(false);
    expect(await endsSoon(server.pid), "the embedded PostgreSQL's postmaster has ended").toBe(true);
  } finally {
    // Whatever the outcome, nothing of this test outlives it.
    if (launcher?.pid && launcher.exitCode === null && launcher.signalCode === null) process.kill(-launcher.pid, "SIGKILL");
    if (server && isAlive(server.pid)) {
      process.kill(server.pid, "SIGINT"); // PostgreSQL's fast shutdown
      for (let i = 0; i < 50 && isAlive(server.pid); i++) await sleep(100);
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

test("Ctrl-C stops everything the launcher started, the embedded PostgreSQL too, and the launcher exits 0", async () => {
  test.setTimeout(240_000);
  await ctrlC("running");
});

test("Ctrl-C while the launcher is still starting stops the server it already started and exits 0", async () => {
  test.setTimeout(180_000);
  await ctrlC("starting");
});
