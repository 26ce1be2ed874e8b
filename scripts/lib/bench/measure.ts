import type { ReadPath } from "./in-process";
import { median, percentile, timed } from "./stats";

export interface PathTiming {
  name: string;
  samples: number;
  medianMs: number;
  p95Ms: number;
  rawMedianMs: number;
  rawP95Ms: number;
  /** The path's median over its raw SQL's median. */
  ratio: number;
}

/**
 * Times each path against its raw SQL, one call of each in turn, so a busy moment of the machine
 * falls on both alike. A few unrecorded calls first warm the caches and the JIT.
 */
export async function timePaths(paths: readonly ReadPath[], samples: { light: number; heavy: number }): Promise<PathTiming[]> {
  const timings: PathTiming[] = [];
  for (const path of paths) {
    const count = path.heavy ? samples.heavy : samples.light;
    for (let i = 0; i < 3; i++) {
      await path.run();
      await path.raw();
    }
    const own: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < count; i++) {
      own.push(await timed(path.run));
      raw.push(await timed(path.raw));
    }
    const timing = { name: path.name, samples: count, medianMs: median(own), p95Ms: percentile(own, 0.95), rawMedianMs: median(raw), rawP95Ms: percentile(raw, 0.95) };
    timings.push({ ...timing, ratio: timing.medianMs / timing.rawMedianMs });
  }
  return timings;
}

/** How many statements (transaction control left out) each path sends in one call. */
export async function countStatements(paths: readonly ReadPath[], log: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const path of paths) {
    const before = log.length;
    await path.run();
    counts[path.name] = log.slice(before).filter((query) => !/^(begin|commit|rollback)/i.test(query)).length;
  }
  return counts;
}
