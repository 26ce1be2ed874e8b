import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    // `server-only` throws outside Next's server build; the modules under test are server code.
    alias: { "server-only": fileURLToPath(new URL("./src/test-support/server-only.ts", import.meta.url)) },
    // What `experimental.authInterrupts` (next-config.ts) sets in a Next build, so forbidden() works.
    env: { __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" },
  },
});
