import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Starts (or joins) the embedded server and builds the migrated template once per run.
    globalSetup: ["@stepwise/db/testing/global-setup"],
    // Real Postgres and real argon2 sign-ins make these slower than unit tests.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      NODE_ENV: "test",
      NEXTAUTH_SECRET: "api-tests-only-secret-at-least-32-characters",
    },
  },
});
