import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const styles = readFileSync(new URL("./styles.css", import.meta.url), "utf8");

/** The declarations of the one rule written for exactly `selector` (comments dropped). */
function declarationsOf(selector: string): Record<string, string> {
  const plain = styles.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules = [...plain.matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter((match) => match[1]?.trim() === selector);
  // A second rule for the same selector could set the height again, and the later one wins.
  expect(rules, `rules for ${selector}`).toHaveLength(1);
  const rule = rules[0];
  if (!rule?.[2]) throw new Error(`styles.css has no rule for ${selector}`);
  return Object.fromEntries(
    rule[2]
      .split(";")
      .map((declaration) => declaration.split(":").map((part) => part.trim()))
      .filter((parts): parts is [string, string] => parts.length === 2 && parts[0] !== ""),
  );
}

const remsOf = (length: string | undefined) => (length?.endsWith("rem") ? Number(length.slice(0, -3)) : 0);

describe("touch targets", () => {
  // 44 px at the browser's 16 px rem (WCAG 2.5.5).
  it.each([".button", ".button--quiet", ".target-link", ".action-panel > summary"])("%s is at least 44 px tall", (selector) => {
    expect(remsOf(declarationsOf(selector)["min-height"])).toBeGreaterThanOrEqual(2.75);
  });
});
