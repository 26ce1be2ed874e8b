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
  /** The raw SQL's median inside a transaction with the request's audit row. */
  rawAuditedMedianMs: number;
  /** The path's median over that: what the code costs beyond the audited transaction every request pays. */
  auditedRatio: number;
}

/**
 * Times each path against its raw SQL, bare and in an audited transaction, one call of each in turn, so a busy moment of the machine
 * falls on both alike. A few unrecorded calls first warm the caches and the JIT.
 */
export async function timePaths(paths: readonly ReadPath[], samples: { light: number; heavy: number }): Promise<PathTiming[]> {
  const timings: PathTiming[] = [];
  for (const path of paths) {
    const count = path.heavy ? samples.heavy : samples.light;
    for (let i = 0; i < 3; i++) {
      await path.run();
      await path.raw();
      await path.rawAudited();
    }
    const own: number[] = [];
    const raw: number[] = [];
    const rawAudited: number[] = [];
    for (let i = 0; i < count; i++) {
      own.push(await timed(path.run));
      raw.push(await timed(path.raw));
      rawAudited.push(await timed(path.rawAudited));
    }
    const medianMs = median(own);
    const rawMedianMs = median(raw);
    const rawAuditedMedianMs = median(rawAudited);
    timings.push({
      name: path.name,
      samples: count,
      medianMs,
      p95Ms: percentile(own, 0.95),
      rawMedianMs,
      rawP95Ms: percentile(raw, 0.95),
      ratio: medianMs / rawMedianMs,
      rawAuditedMedianMs,
      auditedRatio: medianMs / rawAuditedMedianMs,
    });
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
