import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The domain runs in the browser and under every other package: it may import only these.
const allowedPackages = new Set(["zod", "date-fns", "@date-fns/tz"]);
const sourceDir = __dirname;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [relative(sourceDir, path)] : [];
  });
}

const sourceFiles = sourcesUnder(sourceDir);
const areaFolders = readdirSync(sourceDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const folders = [...new Set(sourceFiles.map((file) => dirname(file)))];

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:from\s+|import\s*\(\s*|^import\s+)["']([^"']+)["']/gm)].map((m) => m[1] ?? "");
}

describe("@stepwise/domain stays pure", () => {
  it("has source files to check", () => {
    expect(sourceFiles.length).toBeGreaterThan(10);
    expect(areaFolders.length).toBeGreaterThan(5);
  });

  it.each(sourceFiles)("%s imports only relative files and allowed packages", (file) => {
    const source = readFileSync(join(sourceDir, file), "utf8");
    for (const specifier of importsOf(source)) {
      const allowed = specifier.startsWith("./") || specifier.startsWith("../") || allowedPackages.has(specifier);
      expect(allowed, `${file} imports ${specifier}`).toBe(true);
    }
    expect(source).not.toMatch(/process\.env|\bfetch\(/);
  });

  // Through an index a module would import its whole area and the areas that one imports: cycles.
  it.each(sourceFiles.filter((file) => !file.endsWith("index.ts")))("%s imports modules, not an index", (file) => {
    const source = readFileSync(join(sourceDir, file), "utf8");
    for (const specifier of importsOf(source).filter((s) => s.startsWith("."))) {
      const target = join(dirname(file), specifier);
      expect(existsSync(join(sourceDir, `${target}.ts`)), `${file} imports ${specifier}`).toBe(true);
    }
  });

  it.each(folders.filter((folder) => folder !== "."))("%s/index.ts exports every module of its folder", (folder) => {
    const barrel = readFileSync(join(sourceDir, folder, "index.ts"), "utf8");
    for (const file of sourceFiles.filter((f) => dirname(f) === folder && !f.endsWith("/index.ts"))) {
      const module = file.slice(folder.length + 1).replace(/\.ts$/, "");
      expect(barrel, `${folder}/index.ts is missing ${module}`).toContain(`"./${module}"`);
    }
  });

  it("has no module outside an area folder, and the root index exports every area", () => {
    expect(sourceFiles.filter((file) => dirname(file) === ".")).toEqual(["index.ts"]);
    const barrel = readFileSync(join(sourceDir, "index.ts"), "utf8");
    for (const folder of areaFolders) {
      expect(barrel, `index.ts is missing ${folder}`).toContain(`"./${folder}"`);
    }
  });
});
