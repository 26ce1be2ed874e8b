import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { startApps } from "../apps";
import { chromiumHelp, findChromium } from "../chromium";
import { scriptEnv } from "../env";
import { type PageExperience, experiencePage } from "./browser";
import { run } from "../run";
import { type LoadFigures, type PageWeight, loadPage, signInOverHttp, weighPage } from "./http";
import { benchCode, giveSecondFactor } from "./second-factor";
import type { Subjects } from "./subjects";

export interface HttpFigures {
  pages: (PageWeight & { app: "portal" | "staff" })[];
  /** The portal's read-only pages in a phone-sized Chromium. */
  experiences: PageExperience[];
  planLoad: LoadFigures;
  rosterLoad: LoadFigures;
}

/** The portal's read-only pages, whose scripts the weight target is about. */
export const portalReadOnlyPages = ["/", "/schedule", "/hours"];

/**
 * Builds both apps (turbo's cache makes an unchanged build instant), starts them on the measured
 * database on ports of their own, signs in as the client and a director, weighs the pages and
 * opens the portal's read-only pages in a phone-sized Chromium, and loads the plan page and the
 * compliance board.
 */
export async function measureOverHttp(databaseUrl: string, subjects: Subjects, password: string, size: "full" | "small"): Promise<HttpFigures> {
  const chromiumPath = findChromium(scriptEnv.CHROMIUM_PATH);
  if (!chromiumPath) throw new Error(chromiumHelp);
  const build = await run("pnpm", ["exec", "turbo", "run", "build", "--filter=./apps/*", "--log-prefix=none", "--output-logs=errors-only"]);
  if (build.code !== 0) throw new Error("The production build failed; the HTTP figures need it.");
  const secret = randomBytes(32).toString("base64url");
  // Staff sign in with a second factor: the director gets the bench key, sealed under the apps' secret.
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await giveSecondFactor(sql, subjects.accounts.director, secret).finally(() => sql.end({ timeout: 5 }));
  const apps = await startApps({ databaseUrl, secret, ports: { portal: 3210, staff: 3211 } });
  try {
    const portalCookie = await signInOverHttp(apps.urls.portal, subjects.accounts.client, password);
    const staffCookie = await signInOverHttp(apps.urls.staff, subjects.accounts.director, password, benchCode);
    const requests = size === "full" ? 10 : 3;
    const pages: HttpFigures["pages"] = [];
    for (const path of [...portalReadOnlyPages, "/family"]) {
      pages.push({ app: "portal", ...(await weighPage(apps.urls.portal, path, portalCookie, apps.pids.portal, requests)) });
    }
    for (const path of ["/", `/clients/${subjects.longHistoryClientId}`, `/sessions/${subjects.sessionId}`]) {
      pages.push({ app: "staff", ...(await weighPage(apps.urls.staff, path, staffCookie, apps.pids.staff, path === "/" ? Math.ceil(requests / 2) : requests)) });
    }
    const experiences: PageExperience[] = [];
    for (const path of portalReadOnlyPages) experiences.push(await experiencePage(apps.urls.portal, path, portalCookie, chromiumPath));
    const seconds = size === "full" ? 15 : 3;
    const planLoad = await loadPage(`${apps.urls.portal}/`, portalCookie, apps.pids.portal, { connections: 20, seconds });
    const rosterLoad = await loadPage(`${apps.urls.staff}/`, staffCookie, apps.pids.staff, { connections: 4, seconds });
    return { pages, experiences, planLoad, rosterLoad };
  } finally {
    await apps.stop();
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function printHttp(figures: HttpFigures) {
  console.log(`\n${"page".padEnd(52)}${"median".padEnd(10)}${"server CPU".padEnd(12)}${"HTML".padEnd(12)}scripts (gzipped)`);
  for (const page of figures.pages) {
    const name = `${page.app} ${page.path}`.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, ":id");
    console.log(`${name.padEnd(52)}${`${page.medianMs.toFixed(0)} ms`.padEnd(10)}${`${page.serverCpuMs.toFixed(0)} ms`.padEnd(12)}${kib(page.htmlBytes).padEnd(12)}${kib(page.scriptGzipBytes)} in ${page.scripts}`);
  }
  for (const seen of figures.experiences) {
    console.log(`portal ${seen.path} at ${seen.viewport}: layout shift ${seen.layoutShift.toFixed(3)}, largest paint at ${seen.largestPaintMs.toFixed(0)} ms`);
  }
  for (const [name, load] of [["plan page", figures.planLoad], ["roster page", figures.rosterLoad]] as const) {
    console.log(
      `${name} under load (${load.connections} connections, ${load.seconds} s): ${load.requestsPerSecond.toFixed(1)} requests/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.errors} errors, ${load.serverCpuMsPerRequest.toFixed(1)} ms server CPU per request`,
    );
  }
}
