/**
 * `pnpm bench [--small] [--no-http]`: the read paths at a center's size, each against the raw SQL
 * for the same rows, then both production builds over HTTP. Prints figures and the targets they
 * meet; writes bench-results/<time>-<mode>.json to compare with the next run. Not a test: it
 * fails only when a path cannot run.
 *
 * Full: the database `pnpm seed:scale` made, beside a small center seeded here, so statement
 * counts show whether they grow with size. `--small` (CI): two small centers, few samples, just
 * to prove the benchmark still works.
 */
import { parseArgs } from "node:util";
import { scriptEnv } from "./lib/env";
import { databaseUrl } from "@stepwise/db/client";
import { ensureLogin, localAppLogin } from "@stepwise/db/roles";
import { openBenchDatabase, type BenchDatabase } from "./lib/bench/database";
import { readPaths } from "./lib/bench/in-process";
import { type HttpFigures, measureOverHttp, portalReadOnlyPages, printHttp } from "./lib/bench/over-http";
import { countStatements, timePaths } from "./lib/bench/measure";
import { type BenchReport, type Target, printPaths, printTargets, saveReport } from "./lib/bench/report";
import { scaleDatabaseName, scalePassword, scaleServer, seedScaleDatabase } from "./lib/scale-database";

const { values } = parseArgs({ options: { small: { type: "boolean", default: false }, "no-http": { type: "boolean", default: false } } });
const mode = values.small ? "small" : "full";

const smallCenter = { name: "stepwise_bench_small", size: { clients: 150, inCare: 30, weeksOfHistory: 8 } };
const mediumCenter = { name: "stepwise_bench_medium", size: { clients: 600, inCare: 120, weeksOfHistory: 12 } };
const samples = mode === "full" ? { light: 40, heavy: 12 } : { light: 8, heavy: 4 };

const server = await scaleServer(scriptEnv.DATABASE_URL);
const opened: BenchDatabase[] = [];
try {
  const centers = mode === "full" ? [smallCenter] : [smallCenter, mediumCenter];
  const seededUrls: string[] = [];
  for (const center of centers) {
    const seeded = await seedScaleDatabase(server.adminUrl, center.size, { database: center.name });
    console.log(`Seeded ${center.name} (${center.size.inCare} in care) in ${seeded.seconds.toFixed(1)} s`);
    seededUrls.push(seeded.url);
  }
  const mainUrl = mode === "full" ? databaseUrl(server.adminUrl, scaleDatabaseName) : seededUrls[1]!;
  const small = await openBenchDatabase(seededUrls[0]!);
  opened.push(small);
  const main = await openBenchDatabase(mainUrl).catch((error: unknown) => {
    throw new Error(`Could not open ${scaleDatabaseName}; run pnpm seed:scale first. (${error instanceof Error ? error.message : String(error)})`);
  });
  opened.push(main);
  console.log(`Measuring on ${main.size.clients} clients, ${main.size.inCare} in care, ${main.size.sessions} sessions, ${main.size.attendance} attendance records`);

  const smallPaths = await readPaths(small.db, small.sql, small.subjects, scalePassword);
  const mainPaths = await readPaths(main.db, main.sql, main.subjects, scalePassword);
  const smallCounts = await countStatements(smallPaths, small.log);
  const mainCounts = await countStatements(mainPaths, main.log);
  const timings = await timePaths(mainPaths, samples);
  const paths = timings.map((timing) => ({ ...timing, statements: [smallCounts[timing.name]!, mainCounts[timing.name]!] }));
  const sizes = [small.size, main.size];
  await printPaths({ mode, sizes, paths });

  const path = (name: string) => paths.find((entry) => entry.name === name)!;
  const board = path("staff roster.list");
  const targets: Target[] = [
    ...paths
      .filter((entry) => entry.name.startsWith("portal"))
      .map((entry) => ({ what: `${entry.name} ≤ 2× raw SQL`, met: entry.ratio <= 2, figure: `${entry.ratio.toFixed(2)}× (${entry.auditedRatio.toFixed(2)}× in an audited transaction)` })),
    { what: "compliance board ≤ 3× raw SQL", met: board.ratio <= 3, figure: `${board.ratio.toFixed(2)}×` },
    { what: `compliance board for ${main.size.inCare} in care under 500 ms`, met: board.medianMs < 500, figure: `${board.medianMs.toFixed(0)} ms median` },
    ...paths.map((entry) => ({
      what: `${entry.name}: statements constant with size`,
      met: entry.statements[0] === entry.statements[1],
      figure: entry.statements.join(" → "),
    })),
  ];

  let http: HttpFigures | undefined;
  if (!values["no-http"]) {
    // The apps run as the app role, as everywhere; the in-process paths above read as the owner.
    const appUrl = await ensureLogin(mainUrl, localAppLogin(scriptEnv.STEPWISE_DATA_DIR));
    http = await measureOverHttp(appUrl, main.subjects, scalePassword, mode);
    printHttp(http);
    const plan = http.planLoad;
    const roster = http.pages.find((page) => page.app === "staff" && page.path === "/")!;
    targets.push(
      { what: "plan page ≤ 10 ms server CPU per request", met: plan.serverCpuMsPerRequest <= 10, figure: `${plan.serverCpuMsPerRequest.toFixed(1)} ms` },
      { what: "plan page ≥ 150 requests/s at 20 connections", met: plan.requestsPerSecond >= 150, figure: `${plan.requestsPerSecond.toFixed(1)}/s` },
      { what: "plan page: no errors under load", met: plan.errors === 0, figure: `${plan.errors} errors` },
      { what: "roster page under 1 s", met: roster.medianMs < 1000, figure: `${roster.medianMs.toFixed(0)} ms median` },
      { what: "roster page at most 300 KB of HTML", met: roster.htmlBytes <= 300_000, figure: `${(roster.htmlBytes / 1000).toFixed(0)} KB` },
      { what: "roster page: no errors under load", met: http.rosterLoad.errors === 0, figure: `${http.rosterLoad.errors} errors` },
      ...http.pages
        .filter((page) => page.app === "portal" && portalReadOnlyPages.includes(page.path))
        .map((page) => ({ what: `portal ${page.path} ≤ 100 KiB of gzipped JavaScript`, met: page.scriptGzipBytes <= 100 * 1024, figure: `${(page.scriptGzipBytes / 1024).toFixed(1)} KiB` })),
      ...http.experiences.map((seen) => ({ what: `portal ${seen.path} layout shift under 0.1 on a phone`, met: seen.layoutShift < 0.1, figure: seen.layoutShift.toFixed(3) })),
    );
  }

  const report: BenchReport = { at: new Date().toISOString(), mode, sizes, paths, http, targets };
  printTargets(targets);
  console.log(`\nReport: ${await saveReport(report)}`);
} finally {
  for (const database of opened) await database.close();
  await server.stop();
}
