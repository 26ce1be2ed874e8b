/**
 * `pnpm test`: the whole suite. Unit and integration tests (vitest, real PostgreSQL: embedded by
 * default, or TEST_DATABASE_URL), then production builds of both apps and the end-to-end tests
 * in Chromium. Ends with one line `N passed, N failed` summed over every runner.
 *
 *   pnpm test                  everything
 *   pnpm test --integration    only the tests that touch the database (CI runs them against a second server)
 */
import { chromiumHelp, findChromium } from "./lib/chromium";
import { scriptEnv } from "./lib/env";
import { run } from "./lib/run";
import { addCounts, countPlaywright, countVitest, formatCounts, noTests, vitestRunsIncomplete } from "./lib/test-counts";

let counts = noTests;
const failedSteps: string[] = [];

async function vitestStep(task: "test" | "test:integration", label: string) {
  const result = await run("pnpm", ["exec", "turbo", "run", task, "--log-prefix=none", "--continue"]);
  counts = addCounts(counts, countVitest(result.output));
  const incomplete = vitestRunsIncomplete(result.output);
  if (result.code !== 0 || incomplete) failedSteps.push(incomplete ? `${label} (${incomplete})` : label);
}

async function endToEndStep(chromium: string) {
  const build = await run("pnpm", ["exec", "turbo", "run", "build", "--filter=./apps/*", "--log-prefix=none"]);
  if (build.code !== 0) return failedSteps.push("production build");
  const e2e = await run("pnpm", ["--filter", "@stepwise/e2e", "exec", "playwright", "test"], {
    env: { ...process.env, CHROMIUM_PATH: chromium },
  });
  counts = addCounts(counts, countPlaywright(e2e.output));
  if (e2e.code !== 0) failedSteps.push("end-to-end tests");
}

if (process.argv.includes("--integration")) {
  await vitestStep("test:integration", "integration tests");
} else {
  const chromium = findChromium(scriptEnv.CHROMIUM_PATH);
  if (!chromium) {
    console.error(`\n${chromiumHelp}\n`);
    process.exit(1);
  }
  await vitestStep("test", "unit and integration tests");
  await endToEndStep(chromium);
}

if (failedSteps.length > 0) {
  console.error(`\nFailed: ${failedSteps.join(", ")}`);
  // A step that failed without a failing test (a build, a crashed run) still counts as a failure.
  if (counts.failed === 0) counts = addCounts(counts, { passed: 0, failed: failedSteps.length, skipped: 0 });
}
console.log(`\n${formatCounts(counts)}`);
process.exit(failedSteps.length > 0 || counts.passed === 0 ? 1 : 0);
