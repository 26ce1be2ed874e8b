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
