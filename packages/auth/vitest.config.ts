import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Starts (or joins) the embedded Postgres and builds the migrated template once per run.
    globalSetup: ["@stepwise/db/testing/global-setup"],
    // Real Postgres and argon2 hashing make the integration tests slower than unit tests.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      NODE_ENV: "test",
      NEXTAUTH_SECRET: "test-secret-that-is-at-least-32-characters-long",
      NEXTAUTH_URL: "http://127.0.0.1:3000",
    },
  },
});
