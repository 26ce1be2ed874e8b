import { open, readFile, unlink } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { isProcessAlive } from "./process-alive";

/**
 * Runs `work` while holding an exclusive lock file that names this process. Several processes
 * (two apps, parallel test workers) may start the embedded server at the same moment; only one
 * may run initdb or postgres. A lock left by a dead process is taken over.
 */
export async function withFileLock<T>(lockPath: string, work: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (await holderIsGone(lockPath)) {
        await unlink(lockPath).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`@stepwise/db: timed out waiting for ${lockPath}; delete it if no other Stepwise process is starting.`);
      }
      await sleep(50);
    }
  }
  try {
    return await work();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}

async function holderIsGone(lockPath: string): Promise<boolean> {
  const content = await readFile(lockPath, "utf8").catch(() => undefined);
  // Just created and not yet written: the holder is alive.
  if (content === undefined || content === "") return false;
  const pid = Number.parseInt(content, 10);
  return !Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid);
}
