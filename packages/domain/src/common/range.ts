import { z } from "zod";

/** An inclusive range of whole numbers (minutes or days): both ends are allowed values. */
export interface IntRange {
  min: number;
  max: number;
}

export const intRangeSchema = z
  .object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() })
  .refine((r) => r.min <= r.max, { message: "min must not be greater than max", path: ["max"] });

export function isWithin(value: number, range: IntRange): boolean {
  return value >= range.min && value <= range.max;
}
