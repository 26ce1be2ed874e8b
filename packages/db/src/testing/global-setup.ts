import postgres from "postgres";
import { isProcessAlive } from "../process-alive";
import { TEST_DATABASE_PREFIX, ensureTestLogin, testServerAdminUrl } from "./server";
import { ensureTemplateDatabase } from "./template";

/**
 * vitest globalSetup: `globalSetup: ["@stepwise/db/testing/global-setup"]`.
 * Starts the embedded server (when TEST_DATABASE_URL is unset), builds the migrated template and
 * makes the tests' app login once, before any worker starts, so workers only clone. Not required for correctness: workers
 * would do the same lazily, serialised by locks.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const adminUrl = await testServerAdminUrl();
  await ensureTemplateDatabase(adminUrl);
  await ensureTestLogin(adminUrl);
  await dropLeftoversOfDeadProcesses(adminUrl);
  // No teardown of the embedded server: other packages' test runs may be using it right now,
  // and leaving it up makes the next run start in milliseconds.
  return async () => {};
}

/** A test process killed before its afterAll leaves its database behind; the pid in the name tells. */
async function dropLeftoversOfDeadProcesses(adminUrl: string): Promise<void> {
  const host = new URL(adminUrl).hostname;
  // Only a server on this machine shares our pid space.
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") return;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like ${`${TEST_DATABASE_PREFIX}%`}`;
    for (const { datname } of rows) {
      const pid = Number.parseInt(datname.slice(TEST_DATABASE_PREFIX.length), 10);
      if (Number.isInteger(pid) && !isProcessAlive(pid)) {
        await admin.unsafe(`drop database if exists "${datname}" with (force)`).catch(() => undefined);
      }
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}
