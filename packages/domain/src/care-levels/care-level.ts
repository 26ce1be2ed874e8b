import { z } from "zod";

/** Levels of care this product runs, ordered from least to most intensive. */
export const careLevels = ["outpatient", "iop", "php"] as const;
export const careLevelSchema = z.enum(careLevels);
export type CareLevel = z.infer<typeof careLevelSchema>;

/** Position on the intensity ladder: outpatient 0, iop 1, php 2. */
export function careLevelRank(level: CareLevel): number {
  return careLevels.indexOf(level);
}

/** Negative when `a` is less intensive than `b`, zero when equal; usable with Array.sort. */
export function compareCareLevels(a: CareLevel, b: CareLevel): number {
  return careLevelRank(a) - careLevelRank(b);
}
