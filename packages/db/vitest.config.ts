import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Starts (or joins) the embedded server and builds the migrated template once per run.
    globalSetup: ["./src/testing/global-setup.ts"],
    // Real Postgres: a cold embedded start plus a template build can take a few seconds.
    hookTimeout: 60_000,
    testTimeout: 20_000,
  },
});
