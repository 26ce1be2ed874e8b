/** Test counts read from the runners' own summary lines. */
export type TestCounts = { passed: number; failed: number; skipped: number };

export const noTests: TestCounts = { passed: 0, failed: 0, skipped: 0 };

export function addCounts(a: TestCounts, b: TestCounts): TestCounts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

// Colour codes in the runners' output start with ESC.
// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g;

function count(text: string, label: string): number {
  const match = new RegExp(`(\\d+) ${label}`).exec(text);
  return match ? Number(match[1]) : 0;
}

/** Sums every vitest summary line, e.g. `Tests  41 passed | 1 failed | 2 skipped (44)`. */
export function countVitest(output: string): TestCounts {
  let total = noTests;
  for (const line of output.replace(ansi, "").split("\n")) {
    const summary = /^\S*\s*Tests\s+(.+)\(\d+\)\s*$/.exec(line.trim().replace(/^[^:]+:test(:[a-z]+)?: /, ""));
    if (!summary?.[1]) continue;
    const text = summary[1];
    total = addCounts(total, { passed: count(text, "passed"), failed: count(text, "failed"), skipped: count(text, "skipped") });
  }
  return total;
}

/**
 * A vitest run can die before its summary (a failing global setup, say) and still leave the other
 * runs' lines looking complete: each run that starts must end with a summary, and none may report
 * an unhandled error.
 */
export function vitestRunsIncomplete(output: string): string | null {
  const text = output.replace(ansi, "");
  const started = (text.match(/^\s*RUN\s+v\d/gm) ?? []).length;
  const summarised = (text.match(/^\s*Tests\s+.+\(\d+\)\s*$/gm) ?? []).length;
  if (/Unhandled Error|No test files found/.test(text)) return "a test run reported an unhandled error";
  if (summarised < started) return `${started - summarised} test run(s) ended without a summary`;
  return null;
}

/** Reads Playwright's list reporter summary (`12 passed`, `1 failed`, `2 skipped`, `1 flaky`). */
export function countPlaywright(output: string): TestCounts {
  const text = output.replace(ansi, "");
  const last = (label: string) => {
    const matches = [...text.matchAll(new RegExp(`^\\s*(\\d+) ${label}`, "gm"))];
    const final = matches.at(-1);
    return final ? Number(final[1]) : 0;
  };
  return { passed: last("passed") + last("flaky"), failed: last("failed"), skipped: last("skipped") };
}

export function formatCounts(counts: TestCounts): string {
  const line = `${counts.passed} passed, ${counts.failed} failed`;
  return counts.skipped > 0 ? `${line}, ${counts.skipped} skipped` : line;
}
