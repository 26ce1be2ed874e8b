/**
 * `pnpm dev`: both apps in development mode (hot reload) on the embedded PostgreSQL with the demo
 * center, or on DATABASE_URL when set.
 */
import { spawn } from "node:child_process";
import { prepareDatabase } from "./lib/demo-database";
import { scriptEnv } from "./lib/env";
import { localSecret } from "./lib/secret";

const database = await prepareDatabase(scriptEnv.DATABASE_URL);
const dev = spawn("pnpm", ["exec", "turbo", "run", "dev", "--filter=./apps/*"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: localSecret(scriptEnv.STEPWISE_DATA_DIR, scriptEnv.NEXTAUTH_SECRET),
  },
});

async function shutdown() {
  if (dev.exitCode === null) dev.kill("SIGTERM");
  await database.stop();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
dev.on("exit", shutdown);
