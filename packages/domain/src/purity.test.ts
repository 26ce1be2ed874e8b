import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The domain runs in the browser and under every other package: it may import only these.
const allowedPackages = new Set(["zod", "date-fns", "@date-fns/tz"]);
const sourceDir = __dirname;
const sourceFiles = readdirSync(sourceDir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:from\s+|import\s*\(\s*|^import\s+)["']([^"']+)["']/gm)].map((m) => m[1] ?? "");
}

describe("@stepwise/domain stays pure", () => {
  it("has source files to check", () => {
    expect(sourceFiles.length).toBeGreaterThan(10);
  });

  it.each(sourceFiles)("%s imports only relative files and allowed packages", (file) => {
    const source = readFileSync(join(sourceDir, file), "utf8");
    for (const specifier of importsOf(source)) {
      const allowed = specifier.startsWith("./") || allowedPackages.has(specifier);
      expect(allowed, `${file} imports ${specifier}`).toBe(true);
    }
    expect(source).not.toMatch(/process\.env|\bfetch\(/);
  });

  it("exports every source file from the barrel", () => {
    const barrel = readFileSync(join(sourceDir, "index.ts"), "utf8");
    for (const file of sourceFiles.filter((f) => f !== "index.ts")) {
      expect(barrel, `index.ts is missing ${file}`).toContain(`"./${file.replace(/\.ts$/, "")}"`);
    }
  });
});
