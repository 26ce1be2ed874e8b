import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PathTiming } from "./measure";

export interface Target {
  what: string;
  met: boolean;
  figure: string;
}

export interface BenchReport {
  at: string;
  mode: "full" | "small";
  sizes: { clients: number; inCare: number; sessions: number; attendance: number }[];
  paths: (PathTiming & { statements: number[] })[];
  http?: unknown;
  targets: Target[];
}

const resultsDir = path.resolve(import.meta.dirname, "..", "..", "..", "bench-results");

const pad = (text: string, width: number) => text.padEnd(width);
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** The previous report of the same mode, to compare with. */
async function previousReport(mode: BenchReport["mode"]): Promise<BenchReport | null> {
  const files = (await readdir(resultsDir).catch(() => [] as string[])).filter((file) => file.endsWith(`-${mode}.json`)).sort();
  const last = files.at(-1);
  return last ? (JSON.parse(await readFile(path.join(resultsDir, last), "utf8")) as BenchReport) : null;
}

/**
 * Prints the per-path table, with the change against the last report of the same mode. "raw SQL"
 * is the bare statements; "audited" the same statements in a transaction that writes the
 * request's audit row, as every request of the stack does.
 */
export async function printPaths(report: Pick<BenchReport, "mode" | "sizes" | "paths">) {
  const previous = await previousReport(report.mode);
  const sizes = report.sizes.map((size) => `${size.inCare} in care`).join(" / ");
  console.log(`\n${pad("read path", 38)}${pad("median", 9)}${pad("p95", 9)}${pad("raw SQL", 9)}${pad("ratio", 8)}${pad("audited", 9)}${pad("ratio", 8)}${pad(`statements (${sizes})`, 34)}vs last`);
  for (const path of report.paths) {
    const before = previous?.paths.find((entry) => entry.name === path.name);
    const change = before ? `${(((path.medianMs - before.medianMs) / before.medianMs) * 100).toFixed(0)} %` : "–";
    console.log(
      `${pad(path.name, 38)}${pad(`${ms(path.medianMs)} ms`, 9)}${pad(`${ms(path.p95Ms)} ms`, 9)}${pad(`${ms(path.rawMedianMs)} ms`, 9)}${pad(`${path.ratio.toFixed(2)}×`, 8)}${pad(`${ms(path.rawAuditedMedianMs)} ms`, 9)}${pad(`${path.auditedRatio.toFixed(2)}×`, 8)}${pad(path.statements.join(" / "), 34)}${change}`,
    );
  }
}

export function printTargets(targets: readonly Target[]) {
  console.log("\ntargets");
  for (const target of targets) console.log(`  ${target.met ? "✓" : "✗"} ${target.what}: ${target.figure}`);
}

/** Writes the report as JSON under bench-results/ and gives its path. */
export async function saveReport(report: BenchReport): Promise<string> {
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${report.at.replace(/[:.]/g, "-")}-${report.mode}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
