import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "..", "..");

export type AppName = "portal" | "staff";

export type RunningApps = {
  urls: Record<AppName, string>;
  /** Each app's `next` process, for measuring what it spends. */
  pids: Record<AppName, number>;
  stop(): Promise<void>;
};

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${url} exited (${child.signalCode ?? `code ${child.exitCode}`}) before it answered`);
    }
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * Starts both apps and waits until both answer: the production builds (as `next start` serves
 * them), or the development servers (as `next dev`, compiling on the first request) for `pnpm dev`.
 */
export async function startApps(options: {
  databaseUrl: string;
  secret: string;
  ports: Record<AppName, number>;
  mode?: "production" | "development";
}): Promise<RunningApps> {
  const mode = options.mode ?? "production";
  const children: ChildProcess[] = [];
  const urls = {} as Record<AppName, string>;
  for (const app of ["portal", "staff"] as const) {
    const port = options.ports[app];
    urls[app] = `http://localhost:${port}`;
    const appDir = path.join(repoRoot, "apps", app);
    // Next through scripts/serve-app.mjs (`next start`, or `next dev`, plus the connection's peer
    // address that sign-in throttling needs), run by node itself, not through pnpm, so that stopping
    // it is a plain signal with nothing in between and its pid is the server's.
    // Loopback only: the demo holds (fictional) health information and is not for the network.
    const server = [path.join(repoRoot, "scripts", "serve-app.mjs"), ...(mode === "production" ? [] : ["--dev"])];
    const child = spawn(process.execPath, [...server, "--hostname", "127.0.0.1", "--port", String(port)], {
      cwd: appDir,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: mode,
        DATABASE_URL: options.databaseUrl,
        // The owner's URL stays with the launcher: the apps neither migrate nor hold it.
        MIGRATION_DATABASE_URL: undefined,
        NEXTAUTH_SECRET: options.secret,
        NEXTAUTH_URL: urls[app],
        // The staff app hands new clients a portal setup link.
        PORTAL_URL: `http://localhost:${options.ports.portal}`,
        // The demo sends no mail, so a client is shown the invitation link to pass on. Never set
        // where mail goes out: the link proves the mailbox only when it travels by mail alone.
        SHOW_INVITATION_LINKS: "true",
      },
    });
    children.push(child);
  }
  // An app ended by a signal (a second Ctrl-C) keeps exitCode null: waiting on its exit would never end.
  const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    for (const child of children) if (running(child)) child.kill("SIGTERM");
    await Promise.all(children.map((child) => (running(child) ? new Promise((r) => child.once("exit", r)) : null)));
  };
  try {
    await Promise.all((["portal", "staff"] as const).map((app, i) => waitForHttp(`${urls[app]}/sign-in`, children[i]!, mode === "production" ? 60_000 : 180_000)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls, pids: { portal: children[0]!.pid!, staff: children[1]!.pid! }, stop };
}
