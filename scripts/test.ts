/**
 * `pnpm test`: the whole suite. Unit and integration tests (vitest, real PostgreSQL: embedded by
 * default, or TEST_DATABASE_URL), then production builds of both apps and the end-to-end tests
 * in Chromium. Ends with one line `N passed, N failed` summed over every runner.
 *
 *   pnpm test                  everything
 *   pnpm test --integration    only the tests that touch the database (used by CI against a second server)
 */
import { chromiumHelp, findChromium } from "./lib/chromium";
import { run } from "./lib/run";
import { addCounts, countPlaywright, countVitest, formatCounts, noTests } from "./lib/test-counts";
import { scriptEnv } from "./lib/env";

const integrationOnly = process.argv.includes("--integration");
let counts = noTests;
const failedSteps: string[] = [];

const turbo = (task: string) => run("pnpm", ["exec", "turbo", "run", task, "--log-prefix=none", "--continue"]);

if (integrationOnly) {
  const result = await turbo("test:integration");
  counts = addCounts(counts, countVitest(result.output));
  if (result.code !== 0) failedSteps.push("integration tests");
} else {
  const chromium = findChromium(scriptEnv.CHROMIUM_PATH);
  if (!chromium) {
    console.error(`\n${chromiumHelp}\n`);
    process.exit(1);
  }
  const unit = await turbo("test");
  counts = addCounts(counts, countVitest(unit.output));
  if (unit.code !== 0) failedSteps.push("unit and integration tests");

  const build = await run("pnpm", ["exec", "turbo", "run", "build", "--filter=./apps/*", "--log-prefix=none"]);
  if (build.code !== 0) {
    failedSteps.push("build");
  } else {
    const e2e = await run("pnpm", ["--filter", "@stepwise/e2e", "exec", "playwright", "test"], {
      env: { ...process.env, CHROMIUM_PATH: chromium },
    });
    const e2eCounts = countPlaywright(e2e.output);
    counts = addCounts(counts, e2eCounts);
    if (e2e.code !== 0) {
      failedSteps.push("end-to-end tests");
      if (e2eCounts.failed === 0) counts = addCounts(counts, { passed: 0, failed: 1, skipped: 0 });
    }
  }
}

if (failedSteps.length > 0) console.error(`\nFailed: ${failedSteps.join(", ")}`);
console.log(`\n${formatCounts(counts)}`);
process.exit(failedSteps.length > 0 || counts.failed > 0 || counts.passed === 0 ? 1 : 0);
