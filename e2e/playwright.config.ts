import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./support/browser";

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.e2e.ts",
  // Two Next.js servers and a database share a small machine: one worker keeps timings steady.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalSetup: "./support/global-setup.ts",
  outputDir: "./test-results",
  use: {
    browserName: "chromium",
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
