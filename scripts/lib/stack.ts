import { randomBytes } from "node:crypto";
import { hashPassword } from "@stepwise/auth/password";
import { sealTotpSecret } from "@stepwise/auth/second-factor";
import { createTestDatabase } from "@stepwise/db/testing";
import { seedDemoData } from "@stepwise/db/seed";
import { startApps, type RunningApps } from "./apps";

/**
 * A throwaway copy of the whole product for end-to-end tests: a fresh migrated database with the
 * demo data (on the embedded server, or TEST_DATABASE_URL's), and both production builds on their
 * own ports, so a running `pnpm start` is never touched.
 */
export async function startTestStack(ports: { portal: number; staff: number }): Promise<RunningApps & { ownerDatabaseUrl: string }> {
  const database = await createTestDatabase();
  try {
    // Seeded as the owner, as the start script does; the apps get the app role's URL.
    const secret = randomBytes(32).toString("base64url");
    // The demo staff's authenticator key is sealed under the apps' secret; the tests compute its codes.
    await seedDemoData(database.owner.db, { hashPassword, sealTotpSecret: (totpSecret, userId) => sealTotpSecret(totpSecret, userId, secret) });
    const apps = await startApps({ databaseUrl: database.url, secret, ports });
    return {
      urls: apps.urls,
      pids: apps.pids,
      // For what only the owner may read (the outbox, where the tests find the links a person would be mailed).
      ownerDatabaseUrl: database.owner.url,
      stop: async () => {
        await apps.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
