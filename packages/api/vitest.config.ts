import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Real Postgres and real argon2 sign-ins make these slower than unit tests.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      NODE_ENV: "test",
      NEXTAUTH_SECRET: "api-tests-only-secret-at-least-32-characters",
    },
  },
});
