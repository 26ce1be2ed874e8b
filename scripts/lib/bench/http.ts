/**
 * The production builds over HTTP: a signed-in session as a browser gets it (next-auth's
 * credentials sign-in), autocannon against a page, the server's CPU per request from /proc, and
 * what a page weighs (its HTML, and its scripts gzipped as they travel).
 */
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { cpuSecondsOfTree } from "./process-cpu";
import { median, timed } from "./stats";

/**
 * The cookies of a signed-in session, as one Cookie header. With `secondFactorCode` (staff), the
 * code step follows the password, through the app's own API entry as the browser's would.
 */
export async function signInOverHttp(baseUrl: string, email: string, password: string, secondFactorCode?: () => Promise<string>): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  keep(signedIn);
  if (secondFactorCode) {
    const verified = await fetch(`${baseUrl}/api/trpc/secondFactor.verify`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: header(), origin: baseUrl },
      body: JSON.stringify({ json: { method: "app", code: await secondFactorCode() } }),
    });
    if (!verified.ok) throw new Error(`The second factor for ${email} at ${baseUrl} was refused (HTTP ${verified.status}).`);
  }
  const page = await fetch(`${baseUrl}/`, { redirect: "manual", headers: { cookie: header() } });
  if (page.status !== 200) throw new Error(`Signing in to ${baseUrl} as ${email} did not open the first page (HTTP ${page.status}).`);
  return header();
}

export interface LoadFigures {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  errors: number;
  requests: number;
  /** CPU the app's processes spent per answered request. */
  serverCpuMsPerRequest: number;
}

/** autocannon against one page at a number of connections, with the app's CPU over the run. */
export async function loadPage(url: string, cookie: string, pid: number, options: { connections: number; seconds: number }): Promise<LoadFigures> {
  const cpuBefore = await cpuSecondsOfTree(pid);
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds, headers: { cookie }, timeout: 30 });
  const cpuSeconds = (await cpuSecondsOfTree(pid)) - cpuBefore;
  const answered = result["2xx"];
  return {
    connections: options.connections,
    seconds: options.seconds,
    requestsPerSecond: answered / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
    serverCpuMsPerRequest: answered > 0 ? (cpuSeconds * 1000) / answered : Number.NaN,
  };
}

export interface PageWeight {
  path: string;
  /** Median time to the last byte, one request at a time. */
  medianMs: number;
  /** Server CPU per request (the mean over the same requests). */
  serverCpuMs: number;
  htmlBytes: number;
  scripts: number;
  /** The page's scripts, gzipped: what a phone downloads on a first visit. */
  scriptGzipBytes: number;
}

/** One page requested a few times in turn: its time, its server CPU, and its weight. */
export async function weighPage(baseUrl: string, path: string, cookie: string, pid: number, requests: number): Promise<PageWeight> {
  let html = "";
  const times: number[] = [];
  const cpuBefore = await cpuSecondsOfTree(pid);
  for (let i = 0; i < requests; i++) {
    times.push(
      await timed(async () => {
        const response = await fetch(`${baseUrl}${path}`, { redirect: "manual", headers: { cookie } });
        if (response.status !== 200) throw new Error(`${baseUrl}${path} answered HTTP ${response.status}`);
        html = await response.text();
      }),
    );
  }
  // /proc counts in 10 ms ticks: the mean over the requests, not each one's.
  const serverCpuMs = (((await cpuSecondsOfTree(pid)) - cpuBefore) * 1000) / requests;
  // A noModule script (Next's polyfills) is fetched only by browsers without modules: not a phone's download.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((match) => !/nomodule/i.test(match[0]));
  const sources = [...new Set(tags.map((match) => match[1]!))];
  let scriptGzipBytes = 0;
  for (const source of sources) {
    const script = await fetch(new URL(source.replaceAll("&amp;", "&"), baseUrl));
    scriptGzipBytes += gzipSync(Buffer.from(await script.arrayBuffer())).length;
  }
  return { path, medianMs: median(times), serverCpuMs, htmlBytes: Buffer.byteLength(html), scripts: sources.length, scriptGzipBytes };
}
